/**
 * Finds candidate variants of a name fast: two keys within two edits of each
 * other share a string made by deleting at most two characters from each
 * ("symmetric delete"). Looking a key's deletions up finds its candidates
 * without comparing it with every other key; `areVariants` then decides.
 */

/** Keys longer than this get single deletions only, to bound the work per key. */
const doubleDeletionLimit = 32;

export function deletionsOf(key: string): Set<string> {
  const found = new Set<string>([key]);
  for (let i = 0; i < key.length; i++) {
    const once = key.slice(0, i) + key.slice(i + 1);
    found.add(once);
    if (key.length > doubleDeletionLimit) continue;
    for (let j = i; j < once.length; j++) found.add(once.slice(0, j) + once.slice(j + 1));
  }
  return found;
}

export class DeletionIndex {
  private readonly byDeletion = new Map<string, string[]>();

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      for (const deletion of deletionsOf(key)) {
        const bucket = this.byDeletion.get(deletion);
        if (bucket) bucket.push(key);
        else this.byDeletion.set(deletion, [key]);
      }
    }
  }

  /** Keys sharing a deletion with `key` (not `key` itself), each once, lazily. */
  *candidates(key: string): Generator<string> {
    const seen = new Set<string>([key]);
    for (const deletion of deletionsOf(key)) {
      for (const candidate of this.byDeletion.get(deletion) ?? []) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        yield candidate;
      }
    }
  }
}
