/** Whole numbers in digits or English words (`8`, `Eight`, `twenty-two`, `one hundred and five`). */

const units = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * Also the forms a typist writes a count in: digits with the same number in
 * words after them (`8 (eight)`, as Soviet printing notes have it), and a
 * closing full stop (`Twelve.`). Digits and words that disagree are no count.
 */
export function parseCount(text: string): number | undefined {
  const trimmed = text.trim().replace(/\.$/, '');
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const spelt = /^(\d+)[ \t\u00a0]*\(([^()]*)\)$/.exec(trimmed);
  if (spelt) return parseWords(spelt[2].trim()) === Number(spelt[1]) ? Number(spelt[1]) : undefined;
  return parseWords(trimmed);
}

function parseWords(trimmed: string): number | undefined {
  const words = trimmed.toLowerCase().split(/[\s-]+/).filter((word) => word !== 'and');
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  for (const word of words) {
    const unit = units.indexOf(word);
    const ten = tens.indexOf(word);
    if (unit >= 0) current += unit;
    else if (ten >= 2) current += ten * 10;
    else if (word === 'hundred' && current > 0) current *= 100;
    else if (word === 'thousand' && current > 0) {
      total += current * 1000;
      current = 0;
    } else return undefined;
  }
  return total + current;
}
