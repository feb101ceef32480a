/**
 * The two halves of a character past the Basic Multilingual Plane (an emoji,
 * a mathematical letter) in UTF-16: an edit, a bracket or a cut must never
 * fall between them.
 */

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
