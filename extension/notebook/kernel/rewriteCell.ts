import { parse } from 'acorn';
import type { Node, Pattern, Program, Statement, VariableDeclaration } from 'acorn';

/** A cell's source that does not parse, located in the cell (1-based line and column). */
export class CellSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'SyntaxError';
  }
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Turns a cell into a script whose completion value is a promise of the cell's value, so
 * cells get top-level `await` and their top-level declarations outlive the cell, as in Node's
 * REPL: `const/let/var/class` become assignments to globals declared with `var` in front,
 * top-level functions are copied onto the global object once hoisted, and the last
 * expression statement is returned. Everything else runs inside an async arrow function, so
 * `await` and `return` work anywhere at the top level. The prologue shares the cell's first
 * line, so error line numbers match the cell.
 */
export function rewriteCell(source: string): string {
  const program = parseCell(source);
  const edits: Edit[] = [];
  const globals = new Set<string>();
  const functions: string[] = [];

  const body = program.body as Statement[];
  for (const statement of body) {
    if (statement.type === 'VariableDeclaration') {
      rewriteDeclaration(source, statement, 'statement', edits, globals);
    } else if (statement.type === 'ClassDeclaration' && statement.id) {
      globals.add(statement.id.name);
      edits.push({ start: statement.start, end: statement.start, text: `${statement.id.name} = ` });
      edits.push({ start: statement.end, end: statement.end, text: ';' });
    } else if (statement.type === 'FunctionDeclaration' && statement.id) {
      functions.push(statement.id.name);
    } else {
      rewriteNestedVars(source, statement, edits, globals);
    }
  }

  const last = [...body].reverse().find((s) => s.type !== 'EmptyStatement');
  if (last?.type === 'ExpressionStatement') {
    // The statement, not its expression: `({ a: 1 })` starts with a parenthesis the expression lacks.
    const end = source[last.end - 1] === ';' ? last.end - 1 : last.end;
    edits.push({ start: last.start, end: last.start, text: 'return (' });
    edits.push({ start: end, end, text: ')' });
  }

  const declare = globals.size ? `var ${[...globals].join(', ')}; ` : '';
  const exportFunctions = functions.map((name) => `this.${name} = ${name}; `).join('');
  return `${declare}(async () => { ${exportFunctions}${applyEdits(source, edits)}\n})()`;
}

function parseCell(source: string): Program {
  try {
    return parse(source, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowAwaitOutsideFunction: true,
      allowReturnOutsideFunction: true,
      locations: true,
    });
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const message = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, '') : String(error);
    throw new CellSyntaxError(message, loc?.line ?? 1, (loc?.column ?? 0) + 1);
  }
}

/**
 * `var` declarations anywhere outside a function belong to the top level too (`for (var i...`
 * inside an `if`); block-scoped `let`/`const` there stay local to their block.
 */
function rewriteNestedVars(source: string, node: Node, edits: Edit[], globals: Set<string>): void {
  forEachChild(node, (child, parent, key) => {
    if (isScopeBoundary(child)) return;
    if (child.type === 'VariableDeclaration' && (child as VariableDeclaration).kind === 'var') {
      const inLoopHead = (parent.type === 'ForInStatement' || parent.type === 'ForOfStatement') && key === 'left';
      const inForInit = parent.type === 'ForStatement' && key === 'init';
      const position = inLoopHead ? 'loopHead' : inForInit ? 'expression' : 'statement';
      rewriteDeclaration(source, child as VariableDeclaration, position, edits, globals);
      return;
    }
    rewriteNestedVars(source, child, edits, globals);
  });
}

type Position = 'statement' | 'expression' | 'loopHead';

function rewriteDeclaration(source: string, declaration: VariableDeclaration, position: Position, edits: Edit[], globals: Set<string>): void {
  const parts = declaration.declarations.map((d) => {
    for (const name of patternNames(d.id)) globals.add(name);
    const target = source.slice(d.id.start, d.id.end);
    if (position === 'loopHead') return target;
    if (d.init) return `(${target} = ${source.slice(d.init.start, d.init.end)})`;
    // `var x;` keeps x's value, as a redeclared var would; `let x;` starts undefined.
    return declaration.kind === 'var' ? 'void 0' : `(${target} = undefined)`;
  });
  // Keep what separates the declarators (commas, newlines, comments) so lines stay put.
  let text = parts[0];
  for (let i = 1; i < parts.length; i++) {
    text += source.slice(declaration.declarations[i - 1].end, declaration.declarations[i].start) + parts[i];
  }
  if (position === 'statement') text += ';';
  edits.push({ start: declaration.start, end: declaration.end, text });
}

export function patternNames(pattern: Pattern): string[] {
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name];
    case 'ObjectPattern':
      return pattern.properties.flatMap((p) => (p.type === 'RestElement' ? patternNames(p.argument) : patternNames(p.value)));
    case 'ArrayPattern':
      return pattern.elements.flatMap((e) => (e ? patternNames(e) : []));
    case 'RestElement':
      return patternNames(pattern.argument);
    case 'AssignmentPattern':
      return patternNames(pattern.left);
    default:
      return [];
  }
}

function isScopeBoundary(node: Node): boolean {
  return (
    node.type === 'FunctionDeclaration' ||
    node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression' ||
    node.type === 'ClassBody'
  );
}

function forEachChild(node: Node, visit: (child: Node, parent: Node, key: string) => void): void {
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) visit(item, node, key);
    } else if (isNode(value)) {
      visit(value, node, key);
    }
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && 'start' in value;
}

function applyEdits(source: string, edits: Edit[]): string {
  // Stable sort keeps insertions at one position in the order they were made.
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.i - b.i);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + source.slice(at);
}
