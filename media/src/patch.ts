/**
 * Keeps the nodes that did not change and replaces the rest, descending into
 * an element whose own tag and attributes are unchanged (the renderer wraps
 * everything in one <article>): typing touches little of a long page.
 * Unchanged children are kept from both ends, so a block added or removed
 * (a quote opened or closed) does not replace every block after it.
 */
export function patchChildren(container: Node, source: Node, depth: number): void {
  const next = Array.from(source.childNodes);
  const old = Array.from(container.childNodes);
  let head = 0;
  while (head < next.length && head < old.length && old[head].isEqualNode(next[head])) head++;
  let tail = 0;
  while (tail < next.length - head && tail < old.length - head && old[old.length - 1 - tail].isEqualNode(next[next.length - 1 - tail])) tail++;
  const kept = (old[old.length - tail] as ChildNode | undefined) ?? null;
  for (let index = head; index < next.length - tail; index++) {
    const current = index < old.length - tail ? old[index] : undefined;
    if (current === undefined) container.insertBefore(next[index], kept);
    else if (current.isEqualNode(next[index])) continue;
    else if (depth > 0 && sameElement(current, next[index])) patchChildren(current, next[index], depth - 1);
    else container.replaceChild(next[index], current);
  }
  for (let index = head + Math.max(0, next.length - tail - head); index < old.length - tail; index++) old[index].remove();
}

/** Same tag and attributes: only the children may differ. */
function sameElement(a: Node, b: Node): boolean {
  if (!(a instanceof Element) || !(b instanceof Element) || a.tagName !== b.tagName || a.attributes.length !== b.attributes.length) return false;
  return Array.from(b.attributes).every((attribute) => a.getAttribute(attribute.name) === attribute.value);
}
