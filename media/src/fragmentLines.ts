/**
 * The renderer writes each block on a line of its own: an element opening a
 * line of the fragment follows a line break in the page. These read the
 * fragment's lines and pair them with the page's elements.
 */

/**
 * The element each of `lines` opens (null for a line that opens none),
 * among the elements under `root` that begin a line: the first one, and
 * those after a line break. Undefined when they do not pair up.
 */
export function mapLineElements(root: Node, lines: readonly string[]): Array<Element | null> | undefined {
  const opening: Element[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const before = node.previousSibling;
    if (before === null ? node.parentNode === root : before.nodeType === Node.TEXT_NODE && (before.textContent ?? '').endsWith('\n')) opening.push(node as Element);
  }
  const map: Array<Element | null> = [];
  let next = 0;
  for (const line of lines) {
    const tag = openingTag(line);
    if (tag === undefined) {
      map.push(null);
      continue;
    }
    const element = opening[next++] as Element | undefined;
    if (element === undefined || element.localName !== tag) return undefined;
    map.push(element);
  }
  return next === opening.length ? map : undefined;
}

/** The tag a line opens with, lower case; undefined for a line that does not open an element. */
export function openingTag(line: string): string | undefined {
  const found = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(line);
  return found ? found[1].toLowerCase() : undefined;
}

const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Where the elements at the top of a run of lines begin, when the run is
 * whole sibling elements each beginning a line (a paragraph on its line, a
 * quote over several): indexes into `lines`. Undefined when the run opens
 * or closes an element it does not hold, or an element ends mid-line.
 */
export function topLevelLines(lines: readonly string[]): number[] | undefined {
  const tags = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g;
  const top: number[] = [];
  let depth = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (depth === 0) {
      if (openingTag(line) === undefined) return undefined;
      top.push(index);
    }
    tags.lastIndex = 0;
    for (let found = tags.exec(line); found; found = tags.exec(line)) {
      const closes = found[1] === '/';
      // A void element (`<br>`, `<hr>`) opens nothing to close.
      if (!closes && voidTags.has(found[2].toLowerCase())) {
        if (depth === 0 && tags.lastIndex !== line.length) return undefined;
        continue;
      }
      depth += closes ? -1 : 1;
      if (depth < 0 || (depth === 0 && tags.lastIndex !== line.length)) return undefined;
    }
  }
  return depth === 0 ? top : undefined;
}

/** The number of line breaks before `offset`. */
export function lineCountBefore(text: string, offset: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Elements next to each other in one parent, a line break between each two. */
export function areSiblingLines(elements: ReadonlyArray<Element | null>): elements is readonly Element[] {
  if (elements.length === 0 || elements.some((element) => element === null || !element.isConnected)) return false;
  for (let index = 1; index < elements.length; index++) {
    const between = elements[index - 1]?.nextSibling;
    if (between?.nodeType !== Node.TEXT_NODE || between.textContent !== '\n' || between.nextSibling !== elements[index]) return false;
  }
  return true;
}
