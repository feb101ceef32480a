/**
 * The parameters of a request, checked before its handler reads them. A
 * client that sends a field of the wrong type (a null query, a number for a
 * new name, a position of 2.5) gets InvalidParams naming the field, instead
 * of an internal error, which is logged with its stack and turns the status
 * item red as if the server had failed.
 */

/** Why `params` cannot be read, or undefined when they can. */
export type ParamCheck = (params: unknown) => string | undefined;

type Test = (value: unknown) => boolean;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const isString: Test = (value) => typeof value === 'string';
/** A line or character: negative and past-the-end ones are held to the document later; a fraction is nonsense. */
const isIndex: Test = (value) => Number.isSafeInteger(value);
const isPosition: Test = (value) => isRecord(value) && isIndex(value.line) && isIndex(value.character);
const isRange: Test = (value) => isRecord(value) && isPosition(value.start) && isPosition(value.end);
const isDocument: Test = (value) => isRecord(value) && isString(value.uri);
const isArrayOf =
  (item: Test): Test =>
  (value) =>
    Array.isArray(value) && value.every(item);

/** A check that `params[name]` passes `test`, described as `what` when it does not. */
function field(name: string, test: Test, what: string): ParamCheck {
  return (params) => (isRecord(params) && test(params[name]) ? undefined : `"${name}" must be ${what}`);
}

function all(...checks: ParamCheck[]): ParamCheck {
  return (params) => {
    if (!isRecord(params)) return 'the parameters must be an object';
    for (const check of checks) {
      const problem = check(params);
      if (problem) return problem;
    }
    return undefined;
  };
}

const document = field('textDocument', isDocument, 'a text document identifier, { "uri": "…" }');
const position = field('position', isPosition, 'a position of whole numbers, { "line": 0, "character": 0 }');
const range = field('range', isRange, 'a range of two positions');

export const needs = {
  document: all(document),
  position: all(document, position),
  range: all(document, range),
  positions: all(document, field('positions', isArrayOf(isPosition), 'a list of positions')),
  references: all(document, position, field('context', (value) => isRecord(value) && typeof value.includeDeclaration === 'boolean', '{ "includeDeclaration": true or false }')),
  rename: all(document, position, field('newName', isString, 'a string')),
  codeAction: all(
    document,
    range,
    field('context', (value) => isRecord(value) && Array.isArray(value.diagnostics) && (value.only === undefined || isArrayOf(isString)(value.only)), '{ "diagnostics": [...] }, with "only" a list of kinds if given'),
  ),
  formatting: all(document, field('options', isRecord, 'formatting options')),
  rangeFormatting: all(document, range, field('options', isRecord, 'formatting options')),
  render: all(field('uri', isString, 'a document URI')),
  query: all(field('query', isString, 'a string')),
} satisfies Record<string, ParamCheck>;
