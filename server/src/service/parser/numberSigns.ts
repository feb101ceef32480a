import type { NumberSign, NumberSignNode } from './tree';

/**
 * Number signs before a number: `№ 25025`, `Nº 3007`, `N° 5`, `No. 1309`, `#12`.
 * `No.` and `N°`/`Nº` need a word boundary before them so `Piano. 5` is not one.
 */
const signPattern = /(№|N[º°]|(?<![\p{L}\p{N}])(?:No|NO)\.|#)[ \t\u00a0]?(?=\d)/gu;

export function scanNumberSigns(text: string, start: number, end: number, out: NumberSignNode[]): void {
  if (!hasSignCharacter(text, start, end)) return;
  // A slice keeps the global search from running on past `end` (quadratic over many runs).
  const segment = text.slice(start, end);
  signPattern.lastIndex = 0;
  for (let match = signPattern.exec(segment); match; match = signPattern.exec(segment)) {
    const at = start + match.index;
    // `NO.` in an all-capitals header is the same sign as `No.`.
    const sign = (match[1] === 'NO.' ? 'No.' : match[1]) as NumberSign;
    out.push({ type: 'number-sign', start: at, end: at + match[1].length, sign });
  }
}

function hasSignCharacter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2116 || code === 0x23 || code === 0x4e) return true;
  }
  return false;
}
