import type { NumberSign, NumberSignNode } from './tree';

/**
 * Number signs before a number: `№ 25025`, `Nº 3007`, `N° 5`, `No. 1309`, `#12`.
 * `No.` and `N°`/`Nº` need a word boundary before them so `Piano. 5` is not one.
 */
const signPattern = /(№|N[º°]|(?<![\p{L}\p{N}])(?:No|NO)\.|#)[ \t\u00a0]?(?=\d)/gu;

/**
 * Appends the number signs of `segment`, a run cut from the text (a slice
 * keeps the global search from running on past the run, which over many runs
 * would be quadratic) that starts at offset `base`.
 */
export function scanNumberSigns(segment: string, base: number, out: NumberSignNode[]): void {
  if (!hasSignCharacter(segment)) return;
  signPattern.lastIndex = 0;
  for (let match = signPattern.exec(segment); match; match = signPattern.exec(segment)) {
    const at = base + match.index;
    // `NO.` in an all-capitals header is the same sign as `No.`.
    const sign = (match[1] === 'NO.' ? 'No.' : match[1]) as NumberSign;
    out.push({ type: 'number-sign', start: at, end: at + match[1].length, sign });
  }
}

function hasSignCharacter(segment: string): boolean {
  for (let i = 0; i < segment.length; i++) {
    const code = segment.charCodeAt(i);
    if (code === 0x2116 || code === 0x23 || code === 0x4e) return true;
  }
  return false;
}
