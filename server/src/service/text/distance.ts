/**
 * Edit distances for did-you-mean checks (fields, catalogue keys, tags, months)
 * and name variants. Optimal string alignment distance: insert, delete,
 * substitute, and swap two neighbours each count one.
 */

/** Distance between a and b, or `limit + 1` as soon as it must exceed `limit`. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  let twoBack = new Array<number>(width).fill(0);
  let previous = new Array<number>(width);
  let current = new Array<number>(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j < width; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, twoBack[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return previous[b.length];
}

/**
 * How far a word may be from a known one and still count as a misspelling of it.
 * The spec says "within two letters"; for short words that flags ordinary words
 * (`Re` vs `To`, `Note` vs `No`), so words under 3 letters never match and words
 * whose shorter side has 5 letters or fewer may differ by one.
 */
export function misspellingLimit(word: string, known: string): number {
  if (word.length < 3) return 0;
  return Math.min(word.length, known.length) <= 5 ? 1 : 2;
}

/** The known words `word` is a near miss of (not equal), nearest first. */
export function nearMisses(word: string, known: readonly string[]): string[] {
  const scored: Array<{ candidate: string; distance: number }> = [];
  for (const candidate of known) {
    const limit = misspellingLimit(word, candidate);
    if (limit === 0) continue;
    const distance = boundedDistance(word, candidate, limit);
    if (distance > 0 && distance <= limit) scored.push({ candidate, distance });
  }
  scored.sort((x, y) => x.distance - y.distance);
  return scored.map((entry) => entry.candidate);
}

/** The nearest known words within a looser limit, for suggestions on unknown keys and tags. */
export function nearest(word: string, known: readonly string[], limit = 3): string[] {
  const scored: Array<{ candidate: string; distance: number }> = [];
  for (const candidate of known) {
    const distance = boundedDistance(word.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance <= limit) scored.push({ candidate, distance });
  }
  scored.sort((x, y) => x.distance - y.distance);
  return scored.slice(0, 3).map((entry) => entry.candidate);
}
