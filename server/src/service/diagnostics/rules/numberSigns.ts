/** C304: more than one number sign in a document. */
import type { NumberSign, NumberSignNode } from '../../parser/tree';
import type { Rule } from './types';

/** The sign a document should use: the configured one, else the one used most (the first used on a tie). */
export function preferredNumberSign(signs: readonly NumberSignNode[], configured: NumberSign | undefined): NumberSign | undefined {
  if (configured) return configured;
  const counts = new Map<NumberSign, number>();
  for (const node of signs) counts.set(node.sign, (counts.get(node.sign) ?? 0) + 1);
  let best: NumberSign | undefined;
  for (const [sign, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = sign;
  return best;
}

export const mixedNumberSigns: Rule = ({ facts, settings, reporter }) => {
  const signs = facts.numberSigns;
  const used = new Set(signs.map((node) => node.sign));
  if (used.size < 2) return;
  const preferred = preferredNumberSign(signs, settings.numberSign);
  if (!preferred) return;
  const summary = [...used].map((sign) => `${sign} ×${signs.filter((node) => node.sign === sign).length}`).join(', ');
  for (const node of signs) {
    if (node.sign === preferred) continue;
    reporter.report({
      code: 'C304',
      range: node,
      message: `More than one number sign is used (${summary}): write ${preferred} here too.`,
      data: { suggestions: [preferred] },
    });
  }
};
