/** C305: a name that differs by a letter or two from a name used elsewhere. */
import { followedBySic } from '../../analysis/facts';
import { NameIndex } from '../../names/nameIndex';
import type { NameNode } from '../../parser/tree';
import { quoted, type Rule, type RuleContext } from './types';

interface NameUses {
  key: string;
  nodes: NameNode[];
}

export const nameVariant: Rule = (context) => {
  const local = localNames(context);
  const workspace = context.names;
  // A workspace index that holds this document already knows its variants (and caches them).
  // Otherwise an index of this document's own names is searched first, the same way, so a cable
  // checked on its own gets the findings it gets in a workspace where no other file uses its names.
  const own = workspace?.hasDocument(context.uri) ? undefined : indexOfOwn(context.uri, local);
  for (const entry of local.values()) {
    const ours = entry.nodes.length + (workspace?.usesOutside(entry.key, context.uri) ?? 0);
    // The first variant this name is rarer than is enough: stop looking there.
    for (const other of variantKeys(own, workspace, entry.key)) {
      const theirs = (local.get(other)?.nodes.length ?? 0) + (workspace?.usesOutside(other, context.uri) ?? 0);
      if (!isRarer(local, entry, other, ours, theirs)) continue;
      const spelling = local.get(other)?.nodes[0].text ?? workspace?.spelling(other) ?? other;
      reportUses(context, entry, spelling, theirs);
      break;
    }
  }
};

/** An index of this document's names, for their variants only: one use of each, in order of first use, is enough. */
function indexOfOwn(uri: string, local: Map<string, NameUses>): NameIndex {
  const own = new NameIndex();
  own.setDocument(uri, Array.from(local.values(), (entry) => entry.nodes[0]));
  return own;
}

/** Variants of `key`, searched lazily: this document's first (when the workspace index does not hold it), then the workspace's. */
function* variantKeys(own: NameIndex | undefined, workspace: NameIndex | undefined, key: string): Generator<string> {
  const ownVariants = new Set<string>();
  for (const other of own?.searchVariants(key) ?? []) {
    ownVariants.add(other);
    yield other;
  }
  for (const other of workspace?.searchVariants(key) ?? []) if (!ownVariants.has(other)) yield other;
}

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
