/**
 * C304: more than one number sign. The fix writes the preferred sign (the
 * configured one, else the one used most) over this sign, or over every other
 * sign in the document at once. Only the sign is replaced, never the number
 * or the space after it.
 */
import { preferredNumberSign } from '../../diagnostics/rules/numberSigns';
import type { NumberSign } from '../../parser/tree';
import { replace, sameRange } from './edits';
import { ownStart } from './lookups';
import type { Fix, FixEnv, FixFamily } from './types';

export const normaliseNumberSign: FixFamily = (target, env) => {
  const node = env.lookups.find(env.facts.numberSigns, ownStart, target.start, (candidate) => sameRange(candidate, target));
  const { preferred, everySign } = documentWide(env);
  if (!node || !preferred || node.sign === preferred) return [];
  const fixes: Fix[] = [{ title: `Write ${preferred} here instead of ${node.sign}`, edits: [replace(node, preferred)], preferred: true, safe: true }];
  if (everySign) fixes.push(everySign);
  return fixes;
};

/**
 * The preferred sign and the fix of every other sign, worked out once per
 * request: each C304 diagnostic offers the same document-wide fix.
 */
function documentWide(env: FixEnv): { preferred: NumberSign | undefined; everySign: Fix | undefined } {
  return env.lookups.once(normaliseNumberSign, () => {
    const signs = env.facts.numberSigns;
    // Recomputed rather than read from the data, so it always matches the signs the tree holds now.
    const preferred = preferredNumberSign(signs, env.context.settings.numberSign);
    const others = signs.filter((candidate) => candidate.sign !== preferred);
    // With one sign to change, the document-wide fix would repeat the one for the sign itself.
    const everySign: Fix | undefined =
      preferred && others.length > 1 ? { title: `Use ${preferred} for all number signs in the document`, edits: others.map((other) => replace(other, preferred)), preferred: false, safe: false } : undefined;
    return { preferred, everySign };
  });
}
