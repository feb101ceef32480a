/**
 * The page's scroll anchors: elements with a source line (`data-line`), in
 * document order, lines strictly rising, and the mapping between a source
 * line and a page offset that scroll sync runs on.
 */

interface Anchor {
  element: Element;
  line: number;
}

export class Anchors {
  private list: Anchor[] = [];
  /** Lines in the document: the last anchor's block runs to the end of them. */
  lineCount = 0;

  constructor(private readonly content: HTMLElement) {}

  get isEmpty(): boolean {
    return this.list.length === 0;
  }

  /** Every anchor on the page again. */
  collect(): void {
    this.list = risingAnchors(this.content.querySelectorAll('[data-line]'), -1);
  }

  /**
   * The anchors after the page's elements `removed` (siblings, in order) were
   * replaced by `added`: only their run of anchors changes. When the run
   * cannot be told, or it now ends on another line (the blocks after it
   * would be filtered otherwise), every anchor is collected again.
   */
  replace(removed: ReadonlyArray<Element | null>, added: readonly Element[]): void {
    const gone = new Set(removed);
    const wasReplaced = (element: Element): boolean => {
      for (let node: Node | null = element; node !== null && node !== this.content; node = node.parentNode) if (gone.has(node as Element)) return true;
      return false;
    };
    // The replaced elements are siblings next to each other, so their anchors are one run.
    const start = this.list.findIndex((anchor) => wasReplaced(anchor.element));
    if (start < 0) return this.collect();
    let end = start;
    while (end < this.list.length && wasReplaced(this.list[end].element)) end++;
    const before = start > 0 ? this.list[start - 1].line : -1;
    const run = risingAnchors(
      added.flatMap((element) => [...(element.hasAttribute('data-line') ? [element] : []), ...element.querySelectorAll('[data-line]')]),
      before,
    );
    if ((run.at(-1)?.line ?? before) !== this.list[end - 1].line) return this.collect();
    this.list = this.list.slice(0, start).concat(run, this.list.slice(end));
  }

  /** A line's page offset, interpolated between anchors so a long block scrolls smoothly. */
  offsetOfLine(line: number): number {
    const index = this.lastWhere((anchor) => anchor.line <= line);
    if (index < 0) return 0;
    const { top, bottom, start, end } = this.segment(index);
    return top + (bottom - top) * Math.min(1, (line - start) / (end - start));
  }

  /** The source line at a page offset: the inverse of offsetOfLine. */
  lineAtOffset(offset: number): number {
    const index = this.lastWhere((anchor) => topOf(anchor.element) <= offset);
    if (index < 0) return 0;
    const { top, bottom, start, end } = this.segment(index);
    const progress = bottom > top ? Math.min(1, (offset - top) / (bottom - top)) : 0;
    return Math.floor(start + (end - start) * progress);
  }

  /** Page and source from anchor `index` to the next (the last: to its bottom and the document's end). */
  private segment(index: number): { top: number; bottom: number; start: number; end: number } {
    const { element, line: start } = this.list[index];
    const top = topOf(element);
    const following = this.list[index + 1] as Anchor | undefined;
    const bottom = following ? topOf(following.element) : top + element.getBoundingClientRect().height;
    const end = following ? following.line : Math.max(this.lineCount, start + 1);
    return { top, bottom, start, end };
  }

  /** The last anchor where `before` holds, or -1 (anchors rise in line and offset alike). */
  private lastWhere(before: (anchor: Anchor) => boolean): number {
    let low = 0;
    let high = this.list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(this.list[middle])) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }
}

/**
 * The anchors of `elements` (in page order), each on a line after the one
 * before, the first after line `after`. A line out of order would break the
 * binary searches; the anchor before it covers it.
 */
function risingAnchors(elements: Iterable<Element>, after: number): Anchor[] {
  const found: Anchor[] = [];
  let last = after;
  for (const element of elements) {
    const line = Number(element.getAttribute('data-line'));
    if (Number.isInteger(line) && line > last) found.push({ element, line: (last = line) });
  }
  return found;
}

function topOf(element: Element): number {
  return element.getBoundingClientRect().top + window.scrollY;
}
