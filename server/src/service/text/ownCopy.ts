/**
 * A copy of a string cut from a document that belongs to its holder alone.
 * V8 may keep a string cut from a document as a view into the whole text,
 * so a long-lived index or cache holding such a string would keep every
 * cable it ever read. A JSON round trip always makes a new string; callers
 * use it once per distinct value, not per use.
 */
export function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
