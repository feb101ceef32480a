/** C305: a name that differs by a letter or two from a name used elsewhere. */
import { followedBySic } from '../../analysis/facts';
import type { NameNode } from '../../parser/tree';
import { DeletionIndex } from '../../names/deletionIndex';
import { areVariants } from '../../names/variants';
import { quoted, type Rule, type RuleContext } from './types';

interface NameUses {
  key: string;
  nodes: NameNode[];
}

export const nameVariant: Rule = (context) => {
  const local = localNames(context);
  // A workspace index that holds this document already knows its variants (and caches them);
  // only without one is a deletion index of the document's own names built.
  const index = context.names?.hasDocument(context.uri) ? undefined : new DeletionIndex(local.keys());
  for (const entry of local.values()) {
    const ours = entry.nodes.length + (context.names?.usesOutside(entry.key, context.uri) ?? 0);
    // The first variant this name is rarer than is enough: stop looking there.
    for (const other of variantKeys(context, index, entry.key)) {
      const theirs = (local.get(other)?.nodes.length ?? 0) + (context.names?.usesOutside(other, context.uri) ?? 0);
      if (!isRarer(local, entry, other, ours, theirs)) continue;
      const spelling = local.get(other)?.nodes[0].text ?? context.names?.spelling(other) ?? other;
      reportUses(context, entry, spelling, theirs);
      break;
    }
  }
};

function localNames({ facts }: RuleContext): Map<string, NameUses> {
  const byKey = new Map<string, NameUses>();
  for (let index = 0; index < facts.names.length; index++) {
    const inline = facts.names[index];
    let entry = byKey.get(inline.key);
    if (!entry) byKey.set(inline.key, (entry = { key: inline.key, nodes: [] }));
    entry.nodes.push(inline);
  }
  return byKey;
}

/** Variants of `key`: this document's first (lazily), then the workspace's. */
function* variantKeys(context: RuleContext, index: DeletionIndex | undefined, key: string): Generator<string> {
  const found = new Set<string>();
  for (const other of index?.candidates(key) ?? []) {
    if (!areVariants(key, other)) continue;
    found.add(other);
    yield other;
  }
  for (const other of context.names?.variantsOf(key) ?? []) if (!found.has(other)) yield other;
}

/** The rarer variant is reported; on a tie, the later one in this document (or both, when the other is only elsewhere). */
function isRarer(local: Map<string, NameUses>, entry: NameUses, other: string, ours: number, theirs: number): boolean {
  if (theirs === 0) return false;
  if (ours !== theirs) return ours < theirs;
  const otherLocal = local.get(other);
  if (!otherLocal) return true;
  return entry.nodes[0].start > otherLocal.nodes[0].start;
}

function reportUses(context: RuleContext, entry: NameUses, spelling: string, theirs: number): void {
  for (const node of entry.nodes) {
    if (followedBySic(context.tree, context.facts, node.end)) continue;
    context.reporter.report({
      code: 'C305',
      range: node,
      message: `${quoted(node.text)} differs by a letter or two from ${quoted(spelling)} (used ${theirs === 1 ? 'once' : `${theirs} times`}): replace it, or add [sic] if the original spells it so.`,
      data: { suggestions: [spelling], sicOffset: node.end },
    });
  }
}
