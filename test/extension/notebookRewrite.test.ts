import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, Script, type Context } from 'node:vm';
import { CellSyntaxError, rewriteCell } from '../../extension/notebook/kernel/rewriteCell';

/** Runs cells one after another in one fresh context, as the kernel does in its realm. */
function notebook(): { run(source: string): Promise<unknown>; context: Context } {
  const context = createContext({});
  return {
    context,
    run: async (source) => plain(await (new Script(rewriteCell(source)).runInContext(context) as Promise<unknown>)),
  };
}

/** Values from the context's realm, as this realm's plain data (deepEqual checks prototypes). */
function plain(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

test('const, let and var persist across cells and can be declared again', async () => {
  const nb = notebook();
  await nb.run('const a = 1;\nlet b = 2\nvar c = 3;');
  assert.equal(await nb.run('a + b + c'), 6);
  await nb.run('const a = 10');
  assert.equal(await nb.run('a'), 10);
});

test('a redeclared var without a value keeps its value; let without a value is undefined', async () => {
  const nb = notebook();
  await nb.run('var v = 5; let w = 6');
  await nb.run('var v; let w;');
  assert.equal(await nb.run('v'), 5);
  assert.equal(await nb.run('w'), undefined);
});

test('destructuring declarations bind every name, with defaults and rest', async () => {
  const nb = notebook();
  await nb.run('const { a, b: [c, , d = 4], ...rest } = { a: 1, b: [2, 9], x: 7, y: 8 }, [e] = [5];');
  assert.deepEqual(await nb.run('[a, c, d, e, rest]'), [1, 2, 4, 5, { x: 7, y: 8 }]);
});

test('functions are hoisted inside the cell and visible to later cells', async () => {
  const nb = notebook();
  assert.equal(await nb.run('twice(4)\nfunction twice(n) { return n * 2 }\nasync function later() { return 1 }'), undefined);
  assert.equal(await nb.run('twice(21)'), 42);
  assert.equal(await nb.run('await later()'), 1);
});

test('classes persist and can be redefined', async () => {
  const nb = notebook();
  await nb.run('class Box { constructor(v) { this.v = v } }');
  assert.equal(await nb.run('new Box(3).v'), 3);
  await nb.run('class Box { get v() { return "again" } }');
  assert.equal(await nb.run('new Box().v'), 'again');
});

test('top-level await works and the last expression is the value', async () => {
  const nb = notebook();
  assert.equal(await nb.run('const x = await Promise.resolve(20);\nx + 1 // a trailing comment'), 21);
  assert.equal(await nb.run('1;\n2;;'), 2);
  assert.equal(await nb.run('let y = 3'), undefined);
  assert.deepEqual(await nb.run('({ a: 1 })'), { a: 1 });
});

test('var in loops and blocks is top-level; let and const in blocks stay local', async () => {
  const nb = notebook();
  await nb.run('for (var i = 0; i < 3; i++) {}\nfor (var k of [7, 8]) {}\nif (true) { var inBlock = 1; let local = 2 }\nfor (const j of [1]) {}');
  assert.deepEqual(await nb.run('[i, k, inBlock, typeof local, typeof j]'), [3, 8, 1, 'undefined', 'undefined']);
});

test('declarations inside functions stay inside them', async () => {
  const nb = notebook();
  await nb.run('function f() { var inner = 1; const c = 2; return inner + c }\nconst g = () => { var alsoInner = 3; return alsoInner }');
  assert.deepEqual(await nb.run('[f(), g(), typeof inner, typeof alsoInner]'), [3, 3, 'undefined', 'undefined']);
});

test('return at the top level ends the cell with a value', async () => {
  const nb = notebook();
  assert.equal(await nb.run('if (true) return "early"\n"late"'), 'early');
});

test('errors point at the line in the cell', async () => {
  const nb = notebook();
  const script = new Script(rewriteCell('const ok = 1;\n\nnull.boom'), { filename: 'cell-1.js' });
  await assert.rejects(script.runInContext(nb.context) as Promise<unknown>, (error: Error) => /cell-1\.js:3:/.test(error.stack ?? ''));
});

test('a syntax error names the line and column in the cell', () => {
  assert.throws(
    () => rewriteCell('const a = 1;\nconst = 2;'),
    (error: unknown) => error instanceof CellSyntaxError && error.line === 2 && error.column === 7 && !/\(\d+:\d+\)/.test(error.message),
  );
});

test('declarators keep their lines', () => {
  const code = rewriteCell('let a = 1,\n  b = 2;\nthrow 0');
  assert.equal(code.split('\n').length, 4);
});
