/**
 * What the fix families look up, indexed once per code-action request. Each
 * family finds the node its diagnostic is about (the number sign, the
 * misspelt field, the bracket problem); searching a list from its start for
 * every diagnostic made fix-all, or quick fixes asked for a whole document,
 * quadratic: minutes for a cable of 100,000 brackets. An index lives only as
 * long as the request's `FixEnv`, so it never outlives the tree version it
 * was built from.
 */

/** Where an item starts, for `itemsAt`; undefined leaves it out. Pass a module-level function, so its index is reused. */
export type StartOf<T> = (item: T) => number | undefined;

const none: readonly never[] = Object.freeze([]);

export class Lookups {
  private readonly indexes = new Map<object, Map<StartOf<never>, Map<number, unknown[]>>>();
  private readonly made = new Map<unknown, unknown>();

  /** The items of `list` that start at `start`, by `startOf`: the list is indexed on the first look-up. */
  itemsAt<T>(list: readonly T[], startOf: StartOf<T>, start: number): readonly T[] {
    let byStartOf = this.indexes.get(list);
    if (!byStartOf) this.indexes.set(list, (byStartOf = new Map()));
    let index = byStartOf.get(startOf) as Map<number, T[]> | undefined;
    if (!index) {
      index = indexByStart(list, startOf);
      byStartOf.set(startOf, index as Map<number, unknown[]>);
    }
    return index.get(start) ?? none;
  }

  /** The first item of `list` starting at `start` for which `accept` holds. */
  find<T>(list: readonly T[], startOf: StartOf<T>, start: number, accept: (item: T) => boolean): T | undefined {
    return this.itemsAt(list, startOf, start).find(accept);
  }

  /** `make()`, made once per request for `key`: what a family works out for the whole document (the preferred number sign). */
  once<T>(key: unknown, make: () => T): T {
    if (this.made.has(key)) return this.made.get(key) as T;
    const value = make();
    this.made.set(key, value);
    return value;
  }
}

function indexByStart<T>(list: readonly T[], startOf: StartOf<T>): Map<number, T[]> {
  const index = new Map<number, T[]>();
  for (const item of list) {
    const start = startOf(item);
    if (start === undefined) continue;
    const items = index.get(start);
    if (items) items.push(item);
    else index.set(start, [item]);
  }
  return index;
}

/** The most common key: an item's own start. */
export const ownStart = (item: { start: number }): number => item.start;
