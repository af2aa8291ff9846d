import assert from 'node:assert/strict';

/**
 * Deep equality where numbers may differ by floating-point rounding (relative `tolerance`):
 * engines add sums in different orders. Everything else, counts included, must be equal.
 */
export function assertDeepClose(actual: unknown, expected: unknown, tolerance = 1e-9, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Number.isNaN(expected) && Number.isNaN(actual)) return;
    const scale = Math.max(1, Math.abs(expected));
    assert.ok(Math.abs(actual - expected) <= tolerance * scale, `${path}: ${actual} is not ${expected}`);
    return;
  }
  if (ArrayBuffer.isView(expected) && ArrayBuffer.isView(actual)) {
    assertDeepClose(Array.from(actual as unknown as ArrayLike<number>), Array.from(expected as unknown as ArrayLike<number>), tolerance, path);
    return;
  }
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${path}: not an array`);
    assert.equal(actual.length, expected.length, `${path}: length`);
    expected.forEach((e, i) => assertDeepClose(actual[i], e, tolerance, `${path}[${i}]`));
    return;
  }
  if (expected && typeof expected === 'object') {
    assert.ok(actual && typeof actual === 'object', `${path}: not an object`);
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    assert.deepEqual(Object.keys(a).sort(), Object.keys(e).sort(), `${path}: keys`);
    for (const key of Object.keys(e)) assertDeepClose(a[key], e[key], tolerance, `${path}.${key}`);
    return;
  }
  assert.equal(actual, expected, path);
}
