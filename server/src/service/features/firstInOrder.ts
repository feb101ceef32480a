/**
 * The first `count` items in `compare` order, kept as they are offered,
 * without sorting them all: after `Cde. ` every name of the workspace is a
 * completion candidate and a hundred are shown; a name may be used in
 * thousands of cables and a hover lists five.
 */
export class FirstInOrder<T> {
  readonly items: T[] = [];

  constructor(
    private readonly count: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  /** Whether `candidate` would be among the first `count` offered so far. */
  takes(candidate: T): boolean {
    return this.items.length < this.count || this.compare(candidate, this.items[this.count - 1]) < 0;
  }

  offer(candidate: T): void {
    if (!this.takes(candidate)) return;
    let at = this.items.length;
    while (at > 0 && this.compare(candidate, this.items[at - 1]) < 0) at--;
    this.items.splice(at, 0, candidate);
    if (this.items.length > this.count) this.items.pop();
  }
}
