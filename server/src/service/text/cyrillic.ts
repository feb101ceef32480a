/** The script of Russian originals, for the readers of names and of time groups alike. */

/** A character of the Cyrillic block (U+0400–U+04FF), by its code. */
export function isCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x4ff;
}
