/**
 * The names used across a workspace (or an archive checked by the CLI): how
 * often each is used and in which documents, and which names are variants of
 * each other (C305, hover, references, completion).
 */
import type { NameNode } from '../parser/tree';
import { areVariants } from './variants';
import { ownCopy } from '../text/ownCopy';

/** What the index knows of one name across the workspace. */
export interface NameUses {
  /** The spelling seen first, for messages and completion. */
  readonly text: string;
  readonly uses: number;
  /** The documents using the name, with how often each does. */
  readonly documents: ReadonlyMap<string, number>;
}

interface NameTotal {
  /** The key, as a string of the index's own (see `ownCopy`); every document's counts use this one. */
  key: string;
  /** The spelling seen first, for messages and completion. */
  text: string;
  uses: number;
  documents: Map<string, number>;
}

export class NameIndex {
  private readonly byDocument = new Map<string, Map<string, number>>();
  private readonly totals = new Map<string, NameTotal>();
  /** Keys grouped by length, so a variant search only looks at lengths within two. */
  private readonly byLength = new Map<number, LengthBucket>();
  private readonly variantCache = new Map<string, string[]>();
  /** Searches read only part way (see `searchVariants`), to go on from where they stopped. */
  private readonly variantSearches = new Map<string, VariantSearch>();
  /**
   * For completion's prefix search: the keys sorted (in code-unit order) when
   * last asked, plus those added since. Sorting again waits until enough has
   * changed, so neither reading a workspace nor typing a name sorts per key.
   */
  private sortedKeys: string[] = [];
  private readonly addedKeys = new Set<string>();
  private removedSinceSort = 0;
  /** Set when so much changed (a workspace read) that the list of added keys was given up: the next search sorts. */
  private needsSort = false;

  /**
   * Replaces what the index knows of one document. Returns false, touching
   * nothing, when the document uses the same names as often as before (most
   * keystrokes), so callers know whether other documents need checking again.
   */
  setDocument(uri: string, names: readonly Pick<NameNode, 'key' | 'text'>[]): boolean {
    const counts = new Map<string, number>();
    const spellings = new Map<string, string>();
    for (const name of names) {
      const key = this.totals.get(name.key)?.key ?? name.key;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!spellings.has(key)) spellings.set(key, name.text);
    }
    const before = this.byDocument.get(uri);
    if (before && sameCounts(before, counts)) return false;
    this.removeDocument(uri);
    const kept = new Map<string, number>();
    for (const [key, count] of counts) {
      const total = this.totals.get(key) ?? this.addKey(key, spellings.get(key) ?? key);
      total.uses += count;
      total.documents.set(uri, count);
      kept.set(total.key, count);
    }
    this.byDocument.set(uri, kept);
    return true;
  }

  removeDocument(uri: string): void {
    const counts = this.byDocument.get(uri);
    if (!counts) return;
    this.byDocument.delete(uri);
    for (const [key, count] of counts) {
      const total = this.totals.get(key);
      if (!total) continue;
      total.uses -= count;
      total.documents.delete(uri);
      if (total.uses <= 0) this.removeKey(key);
    }
  }

  hasDocument(uri: string): boolean {
    return this.byDocument.has(uri);
  }

  /** Every document the index holds names of. */
  documentUris(): IterableIterator<string> {
    return this.byDocument.keys();
  }

  get documentCount(): number {
    return this.byDocument.size;
  }

  /** Uses of a name in documents other than `uri`. */
  usesOutside(key: string, uri: string): number {
    const total = this.totals.get(key);
    if (!total) return 0;
    return total.uses - (total.documents.get(uri) ?? 0);
  }

  /** The documents using a name, with how often each does. */
  documentsUsing(key: string): ReadonlyMap<string, number> {
    return this.totals.get(key)?.documents ?? new Map();
  }

  /** A name's spelling, uses and documents; undefined for a key the index does not hold. */
  usesOf(key: string): NameUses | undefined {
    return this.totals.get(key);
  }

  /** Every name with its uses: completion after a title looks at all of them, and reads each once. */
  everyName(): IterableIterator<[string, NameUses]> {
    return this.totals.entries();
  }

  spelling(key: string): string | undefined {
    return this.totals.get(key)?.text;
  }

  /** Every name key, for completion. */
  keys(): IterableIterator<string> {
    return this.totals.keys();
  }

  /** The keys that start with `prefix` (lower case), found by binary search instead of a look at every key. */
  keysStartingWith(prefix: string): string[] {
    if (this.needsSort || this.tooManyChanges()) this.sortKeys();
    const found = new Set<string>();
    const sorted = this.sortedKeys;
    for (let index = lowerBound(sorted, prefix); index < sorted.length && sorted[index].startsWith(prefix); index++) {
      // A key removed since the sort is still listed there.
      if (this.totals.has(sorted[index])) found.add(sorted[index]);
    }
    for (const key of this.addedKeys) if (key.startsWith(prefix)) found.add(key);
    return [...found];
  }

  private tooManyChanges(): boolean {
    return this.addedKeys.size + this.removedSinceSort > Math.max(1024, this.sortedKeys.length / 8);
  }

  private sortKeys(): void {
    this.sortedKeys = [...this.totals.keys()].sort();
    this.addedKeys.clear();
    this.removedSinceSort = 0;
    this.needsSort = false;
  }

  /** Keys in the index that are variants of `key` (not `key` itself). */
  variantsOf(key: string): readonly string[] {
    const cached = this.variantCache.get(key);
    if (cached) return cached;
    for (const variant of this.searchVariants(key)) void variant;
    return this.variantCache.get(key) ?? [];
  }

  /**
   * The variants of `key` one at a time, in `variantsOf`'s order, searched
   * only as far as they are read: C305 stops at the first variant a name is
   * rarer than, and in a cable of thousands of names a letter apart each has
   * hundreds of variants, which listing in full would take seconds. A search
   * read part way goes on from there the next time; one read to the end is
   * kept for `variantsOf`. Read it before the index changes.
   */
  *searchVariants(key: string): Generator<string, void, undefined> {
    const cached = this.variantCache.get(key);
    if (cached) {
      yield* cached;
      return;
    }
    let search = this.variantSearches.get(key);
    if (!search) {
      // Its own copy of the key: one cut from a document would keep that version of the text alive here.
      search = new VariantSearch(ownCopy(key), this.byLength);
      this.variantSearches.set(search.key, search);
    }
    for (let read = 0; ; read++) {
      const variant = read < search.found.length ? search.found[read] : search.next();
      if (variant === undefined) break;
      yield variant;
    }
    this.variantSearches.delete(search.key);
    this.variantCache.set(search.key, search.found);
  }

  private addKey(given: string, spelling: string): NameTotal {
    const key = ownCopy(given);
    const total: NameTotal = { key, text: ownCopy(spelling), uses: 0, documents: new Map() };
    this.totals.set(key, total);
    let bucket = this.byLength.get(key.length);
    if (!bucket) this.byLength.set(key.length, (bucket = new LengthBucket()));
    bucket.add(key);
    if (!this.needsSort) this.addedKeys.add(key);
    if (this.tooManyChanges()) {
      this.needsSort = true;
      this.addedKeys.clear();
    }
    this.forgetVariantsNear(key);
    return total;
  }

  private removeKey(key: string): void {
    this.totals.delete(key);
    if (!this.needsSort && !this.addedKeys.delete(key)) this.removedSinceSort++;
    this.byLength.get(key.length)?.remove(key);
    this.forgetVariantsNear(key);
  }

  /** A key that comes or goes can only change the variants of keys within two of its length. */
  private forgetVariantsNear(key: string): void {
    forgetKeysNear(this.variantCache, key);
    // A search part way through a bucket that changed would skip or repeat keys: it starts again.
    forgetKeysNear(this.variantSearches, key);
  }
}

function forgetKeysNear(byKey: Map<string, unknown>, key: string): void {
  if (byKey.size === 0) return;
  for (const cachedKey of byKey.keys()) {
    if (Math.abs(cachedKey.length - key.length) <= 2) byKey.delete(cachedKey);
  }
}

/** A variant search that stops where its reader does: the scan itself is a plain method, which V8 optimizes better than a generator's body. */
class VariantSearch {
  readonly found: string[] = [];
  private readonly mask: number;
  private length: number;
  private index = 0;

  constructor(
    readonly key: string,
    private readonly byLength: ReadonlyMap<number, LengthBucket>,
  ) {
    this.mask = letterMask(key);
    this.length = key.length - 2;
  }

  /** The next variant, or undefined when there are no more. */
  next(): string | undefined {
    const { key, mask, byLength } = this;
    // Locals in the loop, written back only when it stops: it runs over tens of thousands of keys.
    let length = this.length;
    let index = this.index;
    for (; length <= key.length + 2; length++, index = 0) {
      const bucket = byLength.get(length);
      if (!bucket) continue;
      const { keys, masks } = bucket;
      for (; index < keys.length; index++) {
        // Two edits change at most four letters of the set a name uses: most keys fail this
        // integer test, and only the rest pay for an edit distance.
        if (bitCount(mask ^ masks[index]) > 4 || !areVariants(key, keys[index])) continue;
        this.length = length;
        this.index = index + 1;
        this.found.push(keys[index]);
        return keys[index];
      }
    }
    this.length = length;
    this.index = 0;
    return undefined;
  }
}

/**
 * The keys of one length with their letter masks, in the order they came:
 * a variant search tests the typed array of masks in a tight loop, where a
 * map's iterator made each of tens of thousands of keys cost a visit (every
 * name of the cable of a similar length is looked up again when a new name
 * is typed). A key that goes is spliced out, so the order stays the order of
 * arrival, as a map's would, and C305 reports the same variant first.
 */
class LengthBucket {
  readonly keys: string[] = [];
  masks = new Int32Array(16);

  add(key: string): void {
    if (this.keys.length === this.masks.length) {
      const grown = new Int32Array(this.masks.length * 2);
      grown.set(this.masks);
      this.masks = grown;
    }
    this.masks[this.keys.length] = letterMask(key);
    this.keys.push(key);
  }

  remove(key: string): void {
    const index = this.keys.indexOf(key);
    if (index < 0) return;
    this.keys.splice(index, 1);
    this.masks.copyWithin(index, index + 1, this.keys.length + 1);
  }
}

/** The first index whose key is not below `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

function sameCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, count] of a) if (b.get(key) !== count) return false;
  return true;
}

/**
 * The set of characters a key uses, as 32 bits: a–z one bit each, any other
 * character one of six shared bits. An insertion or deletion changes at most
 * one bit, a substitution two, a swap none.
 */
export function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    mask |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6));
  }
  return mask;
}

function bitCount(value: number): number {
  let bits = value - ((value >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
