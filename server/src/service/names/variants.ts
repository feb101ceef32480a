import { boundedDistance } from '../text/distance';

/**
 * Two names are variants when they have the same number of words and differ
 * by one letter (names up to 8 letters) or at most two (longer names),
 * ignoring case (format section 7). Keys are already lower-case.
 */
export function variantLimit(a: string, b: string): number {
  return Math.max(letterCount(a), letterCount(b)) <= 8 ? 1 : 2;
}

export function areVariants(a: string, b: string): boolean {
  if (a === b) return false;
  const limit = variantLimit(a, b);
  if (Math.abs(a.length - b.length) > limit) return false;
  if (wordCount(a) !== wordCount(b)) return false;
  return boundedDistance(a, b, limit) <= limit;
}

export function letterCount(key: string): number {
  let count = 0;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== 32) count++;
  return count;
}

export function wordCount(key: string): number {
  let count = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) count++;
  return count;
}
