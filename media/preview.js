// @ts-check
/**
 * The Cable preview page: patches in the renders the extension posts (HTML the
 * renderer has escaped) without a reload, keeps the scroll position, reports
 * scrolling, double-clicks and link clicks back. Runs under a CSP allowing this
 * file only, or in a test page that defines `acquireVsCodeApi`; one closure, no
 * globals. Typedefs mirror client/src/preview/messages.ts.
 */
/* global window, document, performance, requestAnimationFrame, Element */
(function () {
  'use strict';

  /** @typedef {'diplomatic' | 'reading'} RenderView */
  /** @typedef {{ start: number, end: number, text: string }} FragmentEdit */
  /** @typedef {{ type: 'update', uri: string, version: number, html?: string, edit?: FragmentEdit, lineCount: number, view: RenderView, locked: boolean, paper: boolean, line?: number }} UpdateMessage */
  /** @typedef {UpdateMessage | { type: 'scrollToLine', line: number } | { type: 'error', message: string }} ToWebview */
  /** @typedef {{ uri: string, locked: boolean, view: RenderView, line: number }} PreviewState */
  /** @typedef {{ postMessage(message: unknown): void, getState(): unknown, setState(state: unknown): void }} VsCodeApi */
  /** @typedef {{ element: Element, line: number }} Anchor */

  const echoWindowMs = 250; // swallows the scroll event our own scrollTo causes, so it is not reported as the user's

  const vscode = /** @type {{ acquireVsCodeApi(): VsCodeApi }} */ (/** @type {unknown} */ (window)).acquireVsCodeApi();
  const content = /** @type {HTMLElement} */ (document.getElementById('cable-content'));
  const status = /** @type {HTMLElement} */ (document.getElementById('cable-status'));

  // Saved for a window reload (the extension checks it again when restoring); only read back if its uri matches.
  let state = /** @type {PreviewState | undefined} */ (vscode.getState() ?? undefined);
  /** @type {Anchor[]} Elements with a source line, in document order, lines strictly rising. */
  let anchors = [];
  let lineCount = 0;
  let ignoreScrollUntil = 0;
  let lastReportedLine = -1;
  let scrollPending = false;
  /** The fragment shown, as the extension sent it: an update's `edit` applies to it. */
  let held = /** @type {string | undefined} */ (undefined);
  /**
   * The element each line of `held` opens (null for a line that only closes
   * one), while the page and the lines match (see mapLines); undefined when
   * they do not, and then every edit takes the whole fragment in again.
   * @type {Array<Element | null> | undefined}
   */
  let lineElements;

  window.addEventListener('message', (event) => {
    const message = /** @type {ToWebview | null | undefined} */ (event.data);
    if (message?.type === 'update') update(message);
    else if (message?.type === 'scrollToLine') scrollToLine(message.line);
    else if (message?.type === 'error') {
      status.textContent = String(message.message); // text, never HTML: the message may quote the document
      status.hidden = false;
    }
  });
  window.addEventListener('scroll', onScroll, { passive: true });
  document.addEventListener('click', onClick);
  document.addEventListener('dblclick', onDoubleClick);
  vscode.postMessage({ type: 'ready' });

  /** @param {UpdateMessage} message */
  function update(message) {
    if (message.edit !== undefined) {
      if (held === undefined || !fitsHeld(message.edit, held.length)) {
        // Nothing to apply it to (the page was reloaded under the message): the extension sends the whole again.
        vscode.postMessage({ type: 'ready' });
        return;
      }
      applyEdit(held, message.edit);
    } else takeWhole(String(message.html));
    document.body.classList.toggle('paper', message.paper === true);
    document.body.dataset.view = message.view;
    status.hidden = true;
    lineCount = message.lineCount;
    const line = message.line ?? (state?.uri === message.uri ? state.line : 0);
    state = { uri: message.uri, locked: message.locked, view: message.view, line };
    vscode.setState(state);
    // Without a line to go to, the page stays where it is: an edit must not make it jump.
    if (message.line !== undefined) scrollToLine(message.line);
  }

  /** @param {FragmentEdit} edit @param {number} length */
  function fitsHeld(edit, length) {
    if (typeof edit !== 'object' || edit === null) return false;
    const { start, end, text } = edit;
    return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length && typeof text === 'string';
  }

  /** @param {string} html */
  function takeWhole(html) {
    const template = document.createElement('template');
    // Parsed inert (a template runs nothing), then moved in; the CSP would block scripts anyway.
    template.innerHTML = html;
    patchChildren(content, template.content, 3);
    held = html;
    lineElements = mapLines(html);
    collectAnchors();
  }

  /**
   * An edit of the fragment held: only the lines it touches are parsed and
   * replaced when they are whole sibling elements (a paragraph, a field row,
   * a quote), which is what typing changes; otherwise the whole fragment is
   * taken in.
   * @param {string} old @param {FragmentEdit} edit
   */
  function applyEdit(old, edit) {
    if (edit.start === edit.end && edit.text === '') return;
    const next = old.slice(0, edit.start) + edit.text + old.slice(edit.end);
    if (!replaceLines(old, next, edit)) takeWhole(next);
    held = next;
  }

  /**
   * The renderer writes each block on a line of its own: an element opening
   * a line of the fragment follows a line break in the page. Pairs each line
   * with the element it opens; undefined when the page does not match.
   * @param {string} html
   */
  function mapLines(html) {
    return mapLineElements(content, html.split('\n'));
  }

  /**
   * The element each of `lines` opens (null for a line that opens none),
   * among the elements under `root` that begin a line: the first one, and
   * those after a line break. Undefined when they do not pair up.
   * @param {Node} root @param {string[]} lines
   */
  function mapLineElements(root, lines) {
    /** @type {Element[]} */
    const opening = [];
    const walker = document.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const before = node.previousSibling;
      if (before === null ? node.parentNode === root : before.nodeType === 3 && (before.textContent ?? '').endsWith('\n')) opening.push(/** @type {Element} */ (node));
    }
    /** @type {Array<Element | null>} */
    const map = [];
    let next = 0;
    for (const line of lines) {
      const tag = openingTag(line);
      if (tag === undefined) {
        map.push(null);
        continue;
      }
      const element = opening[next++];
      if (element === undefined || element.localName !== tag) return undefined;
      map.push(element);
    }
    return next === opening.length ? map : undefined;
  }

  /** The tag a line opens with, lower case; undefined for a line that does not open an element. @param {string} line */
  function openingTag(line) {
    const found = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(line);
    return found ? found[1].toLowerCase() : undefined;
  }

  const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

  /**
   * Where the elements at the top of a run of lines begin, when the run is
   * whole sibling elements each beginning a line (a paragraph on its line, a
   * quote over several): indexes into `lines`. Undefined when the run opens
   * or closes an element it does not hold, or an element ends mid-line.
   * @param {string[]} lines
   */
  function topLevelLines(lines) {
    const tags = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g;
    /** @type {number[]} */
    const top = [];
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

  /**
   * Replaces the page's elements for the lines an edit touched with the new
   * lines, when the lines on both sides are whole sibling elements and the
   * old ones are siblings in the page. False when it cannot (nothing is
   * changed then).
   * @param {string} old @param {string} next @param {FragmentEdit} edit
   */
  function replaceLines(old, next, edit) {
    if (lineElements === undefined) return false;
    const regionStart = edit.start === 0 ? 0 : old.lastIndexOf('\n', edit.start - 1) + 1;
    const found = old.indexOf('\n', edit.end);
    const oldEnd = found < 0 ? old.length : found;
    const oldLines = old.slice(regionStart, oldEnd).split('\n');
    const newLines = next.slice(regionStart, oldEnd + next.length - old.length).split('\n');
    const oldTop = topLevelLines(oldLines);
    const newTop = topLevelLines(newLines);
    if (oldTop === undefined || newTop === undefined) return false;
    const first = lineCountBefore(old, regionStart);
    const removed = oldTop.map((index) => lineElements?.[first + index] ?? null);
    if (!areSiblingLines(removed)) return false;
    const template = document.createElement('template');
    template.innerHTML = newLines.join('\n');
    const added = Array.from(template.content.children);
    if (added.length !== newTop.length || added.some((element, index) => element.localName !== openingTag(newLines[newTop[index]]))) return false;
    const addedLines = mapLineElements(template.content, newLines);
    if (addedLines === undefined) return false;
    const last = /** @type {Element} */ (removed[removed.length - 1]);
    const parent = /** @type {Node} */ (last.parentNode);
    const after = last.nextSibling;
    for (let node = /** @type {ChildNode | null} */ (removed[0]); node !== null && node !== after; ) {
      const following = node.nextSibling;
      node.remove();
      node = following;
    }
    parent.insertBefore(template.content, after);
    replaceAnchors(removed, added);
    // Not splice(...addedLines): a paste of many paragraphs would pass more arguments than a call takes.
    lineElements = lineElements.slice(0, first).concat(addedLines, lineElements.slice(first + oldLines.length));
    return true;
  }

  /** The number of line breaks before `offset`. @param {string} text @param {number} offset */
  function lineCountBefore(text, offset) {
    let count = 0;
    for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) count++;
    return count;
  }

  /** Elements next to each other in one parent, a line break between each two. @param {Array<Element | null>} elements */
  function areSiblingLines(elements) {
    if (elements.length === 0 || elements.some((element) => element === null || !element.isConnected)) return false;
    for (let index = 1; index < elements.length; index++) {
      const between = elements[index - 1]?.nextSibling;
      if (between?.nodeType !== 3 || between.textContent !== '\n' || between.nextSibling !== elements[index]) return false;
    }
    return true;
  }

  /**
   * Keeps the nodes that did not change and replaces the rest, descending into
   * an element whose own tag and attributes are unchanged (the renderer wraps
   * everything in one <article>): typing touches little of a long page.
   * Unchanged children are kept from both ends, so a block added or removed
   * (a quote opened or closed) does not replace every block after it.
   * @param {Node} container @param {Node} source @param {number} depth
   */
  function patchChildren(container, source, depth) {
    const next = Array.from(source.childNodes);
    const old = Array.from(container.childNodes);
    let head = 0;
    while (head < next.length && head < old.length && old[head].isEqualNode(next[head])) head++;
    let tail = 0;
    while (tail < next.length - head && tail < old.length - head && old[old.length - 1 - tail].isEqualNode(next[next.length - 1 - tail])) tail++;
    const kept = old[old.length - tail] ?? null;
    for (let index = head; index < next.length - tail; index++) {
      const current = index < old.length - tail ? old[index] : undefined;
      if (current === undefined) container.insertBefore(next[index], kept);
      else if (current.isEqualNode(next[index])) continue;
      else if (depth > 0 && sameElement(current, next[index])) patchChildren(current, next[index], depth - 1);
      else container.replaceChild(next[index], current);
    }
    for (let index = head + Math.max(0, next.length - tail - head); index < old.length - tail; index++) old[index].remove();
  }

  /** Same tag and attributes: only the children may differ. @param {Node} a @param {Node} b */
  function sameElement(a, b) {
    if (!(a instanceof Element) || !(b instanceof Element) || a.tagName !== b.tagName || a.attributes.length !== b.attributes.length) return false;
    return Array.from(b.attributes).every((attribute) => a.getAttribute(attribute.name) === attribute.value);
  }

  /**
   * The anchors after the page's elements `removed` (siblings, in order) were
   * replaced by `added`: only their run of anchors changes. When the run
   * cannot be told, or it now ends on another line (the blocks after it
   * would be filtered otherwise), every anchor is collected again.
   * @param {Array<Element | null>} removed @param {Element[]} added
   */
  function replaceAnchors(removed, added) {
    const gone = new Set(removed);
    /** @param {Element} element */
    const wasReplaced = (element) => {
      for (let node = /** @type {Node | null} */ (element); node !== null && node !== content; node = node.parentNode) if (gone.has(/** @type {Element} */ (node))) return true;
      return false;
    };
    // The replaced elements are siblings next to each other, so their anchors are one run.
    const start = anchors.findIndex((anchor) => wasReplaced(anchor.element));
    if (start < 0) return collectAnchors();
    let end = start;
    while (end < anchors.length && wasReplaced(anchors[end].element)) end++;
    const before = start > 0 ? anchors[start - 1].line : -1;
    const run = risingAnchors(
      added.flatMap((element) => [...(element.hasAttribute('data-line') ? [element] : []), ...element.querySelectorAll('[data-line]')]),
      before,
    );
    if ((run.at(-1)?.line ?? before) !== anchors[end - 1].line) return collectAnchors();
    anchors = anchors.slice(0, start).concat(run, anchors.slice(end));
  }

  function collectAnchors() {
    anchors = risingAnchors(content.querySelectorAll('[data-line]'), -1);
  }

  /**
   * The anchors of `elements` (in page order), each on a line after the one
   * before, the first after line `after`. A line out of order would break the
   * binary searches; the anchor before it covers it.
   * @param {Iterable<Element>} elements @param {number} after
   */
  function risingAnchors(elements, after) {
    /** @type {Anchor[]} */
    const found = [];
    let last = after;
    for (const element of elements) {
      const line = Number(element.getAttribute('data-line'));
      if (Number.isInteger(line) && line > last) found.push({ element, line: (last = line) });
    }
    return found;
  }

  /** @param {Element} element */
  function topOf(element) {
    return element.getBoundingClientRect().top + window.scrollY;
  }

  /** Page and source from anchor `index` to the next (the last: to its bottom and the document's end). @param {number} index */
  function segment(index) {
    const { element, line: start } = anchors[index];
    const top = topOf(element);
    const following = anchors[index + 1];
    const bottom = following ? topOf(following.element) : top + element.getBoundingClientRect().height;
    const end = following ? following.line : Math.max(lineCount, start + 1);
    return { top, bottom, start, end };
  }

  /** The last anchor where `before` holds, or -1 (anchors rise in line and offset alike). @param {(anchor: Anchor) => boolean} before */
  function lastAnchorWhere(before) {
    let low = 0;
    let high = anchors.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(anchors[middle])) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }

  /** A line's page offset, interpolated between anchors so a long block scrolls smoothly. @param {number} line */
  function offsetOfLine(line) {
    const index = lastAnchorWhere((anchor) => anchor.line <= line);
    if (index < 0) return 0;
    const { top, bottom, start, end } = segment(index);
    return top + (bottom - top) * Math.min(1, (line - start) / (end - start));
  }

  /** The source line at a page offset: the inverse of offsetOfLine. @param {number} offset */
  function lineAtOffset(offset) {
    const index = lastAnchorWhere((anchor) => topOf(anchor.element) <= offset);
    if (index < 0) return 0;
    const { top, bottom, start, end } = segment(index);
    const progress = bottom > top ? Math.min(1, (offset - top) / (bottom - top)) : 0;
    return Math.floor(start + (end - start) * progress);
  }

  /** @param {number} line */
  function scrollToLine(line) {
    saveState({ line });
    if (anchors.length === 0) return;
    ignoreScrollUntil = performance.now() + echoWindowMs;
    lastReportedLine = line;
    // 'instant': a smooth scroll would outlast the echo window and bounce back to the editor.
    window.scrollTo({ top: Math.max(0, offsetOfLine(line)), behavior: 'instant' });
  }

  function onScroll() {
    if (performance.now() < ignoreScrollUntil || scrollPending) return;
    // One report per frame: scroll events arrive far more often than the editor can follow.
    scrollPending = true;
    requestAnimationFrame(() => {
      scrollPending = false;
      const line = window.scrollY <= 0 ? 0 : lineAtOffset(window.scrollY);
      saveState({ line });
      if (line === lastReportedLine) return;
      lastReportedLine = line;
      vscode.postMessage({ type: 'revealLine', line });
    });
  }

  /** @param {MouseEvent} event */
  function onClick(event) {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link) return;
    // The webview must never navigate away from the preview; the extension decides what opens.
    // stopPropagation too: VS Code's own click listener on the window would open the link a second time.
    event.preventDefault();
    event.stopPropagation();
    const href = link.getAttribute('href') ?? '';
    // In-document references (`#note-…`): the renderer writes the id and the href from the same raw text.
    if (href.startsWith('#')) showTarget(href.slice(1));
    else vscode.postMessage({ type: 'openLink', href });
  }

  /**
   * Scrolls to a note or a reference and marks it: the click is cancelled, so
   * the fragment never becomes `:target` and the stylesheet styles `.is-target`.
   * @param {string} id
   */
  function showTarget(id) {
    const target = document.getElementById(id);
    if (!target) return;
    for (const marked of document.querySelectorAll('.is-target')) marked.classList.remove('is-target');
    target.classList.add('is-target');
    target.scrollIntoView({ block: 'start' });
  }

  /** @param {MouseEvent} event */
  function onDoubleClick(event) {
    const element = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    const line = element ? Number(element.getAttribute('data-line')) : lineAtOffset(event.pageY);
    if (Number.isInteger(line) && line >= 0) vscode.postMessage({ type: 'openLine', line });
  }

  /** @param {Partial<PreviewState>} change */
  function saveState(change) {
    if (!state) return;
    state = { ...state, ...change };
    vscode.setState(state);
  }
})();
