/**
 * The few assertions the web specs need. `node:assert` is a Node built-in,
 * which the worker bundle cannot contain (esbuild's browser platform refuses it).
 */

export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}

/** Equality of plain data (strings, numbers, arrays of them), shown as JSON when it fails. */
export function equal<T>(actual: T, expected: T, message = 'values differ'): void {
  const [seen, wanted] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (seen !== wanted) throw new Error(`${message}\n  expected: ${wanted}\n  actual:   ${seen}`);
}
