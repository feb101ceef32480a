/**
 * C304: more than one number sign. The fix writes the preferred sign (the
 * configured one, else the one used most) over this sign, or over every other
 * sign in the document at once. Only the sign is replaced, never the number
 * or the space after it.
 */
import { preferredNumberSign } from '../../diagnostics/rules/numberSigns';
import { replace, sameRange } from './edits';
import type { Fix, FixFamily } from './types';

export const normaliseNumberSign: FixFamily = (target, { facts, context }) => {
  const signs = facts.numberSigns;
  const node = signs.find((candidate) => sameRange(candidate, target));
  // Recomputed rather than read from the data, so it always matches the signs the tree holds now.
  const preferred = preferredNumberSign(signs, context.settings.numberSign);
  if (!node || !preferred || node.sign === preferred) return [];
  const fixes: Fix[] = [{ title: `Write ${preferred} here instead of ${node.sign}`, edits: [replace(node, preferred)], preferred: true, safe: true }];
  const others = signs.filter((candidate) => candidate.sign !== preferred);
  // With one sign to change, the document-wide fix would repeat the one above.
  if (others.length > 1) {
    fixes.push({ title: `Use ${preferred} for all number signs in the document`, edits: others.map((other) => replace(other, preferred)), preferred: false, safe: false });
  }
  return fixes;
};
