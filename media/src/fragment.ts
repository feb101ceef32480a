/**
 * The fragment the page shows, as the extension sent it, and how an update
 * reaches the page: a whole fragment is patched in (unchanged nodes kept),
 * and an edit of the one held replaces only the lines it touched when they
 * are whole sibling elements (a paragraph, a field row, a quote), which is
 * what typing changes; otherwise the whole new fragment is taken in.
 */
import type { FragmentEdit } from '../../client/src/preview/messages';
import { applyChange } from '../../server/src/service/text/changedSpan';
import type { Anchors } from './anchors';
import { areSiblingLines, lineCountBefore, mapLineElements, openingTag, topLevelLines } from './fragmentLines';
import { patchChildren } from './patch';

export class Fragment {
  /** The fragment shown, as the extension sent it: an update's `edit` applies to it. */
  private held: string | undefined;
  /**
   * The element each line of `held` opens (null for a line that only closes
   * one), while the page and the lines match (see mapLineElements);
   * undefined when they do not, and then every edit takes the whole
   * fragment in again.
   */
  private lineElements: Array<Element | null> | undefined;

  constructor(
    private readonly content: HTMLElement,
    private readonly anchors: Anchors,
  ) {}

  takeWhole(html: string): void {
    const template = document.createElement('template');
    // Parsed inert (a template runs nothing), then moved in; the CSP would block scripts anyway.
    template.innerHTML = html;
    patchChildren(this.content, template.content, 3);
    this.held = html;
    this.lineElements = mapLineElements(this.content, html.split('\n'));
    this.anchors.collect();
  }

  /** Applies an edit of the fragment held; false when there is none it fits (the page was reloaded under the message). */
  applyEdit(edit: FragmentEdit): boolean {
    const old = this.held;
    if (old === undefined || !fits(edit, old.length)) return false;
    if (edit.start === edit.end && edit.text === '') return true;
    const next = applyChange(old, edit);
    if (!this.replaceLines(old, next, edit)) this.takeWhole(next);
    this.held = next;
    return true;
  }

  /**
   * Replaces the page's elements for the lines an edit touched with the new
   * lines, when the lines on both sides are whole sibling elements and the
   * old ones are siblings in the page. False when it cannot (nothing is
   * changed then).
   */
  private replaceLines(old: string, next: string, edit: FragmentEdit): boolean {
    const lineElements = this.lineElements;
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
    const removed = oldTop.map((index) => lineElements[first + index] ?? null);
    if (!areSiblingLines(removed)) return false;
    const template = document.createElement('template');
    template.innerHTML = newLines.join('\n');
    const added = Array.from(template.content.children);
    if (added.length !== newTop.length || added.some((element, index) => element.localName !== openingTag(newLines[newTop[index]]))) return false;
    const addedLines = mapLineElements(template.content, newLines);
    if (addedLines === undefined) return false;
    replaceSiblings(removed, template.content);
    this.anchors.replace(removed, added);
    // Not splice(...addedLines): a paste of many paragraphs would pass more arguments than a call takes.
    this.lineElements = lineElements.slice(0, first).concat(addedLines, lineElements.slice(first + oldLines.length));
    return true;
  }
}

/** The edit is well formed and lies inside the fragment held. */
function fits(edit: FragmentEdit, length: number): boolean {
  if (typeof edit !== 'object' || (edit as FragmentEdit | null) === null) return false;
  const { start, end, text } = edit;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length && typeof text === 'string';
}

/** Puts `replacement` where the sibling elements `removed` stand, with everything between them. */
function replaceSiblings(removed: readonly Element[], replacement: DocumentFragment): void {
  const last = removed[removed.length - 1];
  const parent = last.parentNode as Node;
  const after = last.nextSibling;
  for (let node: ChildNode | null = removed[0]; node !== null && node !== after; ) {
    const following: ChildNode | null = node.nextSibling;
    node.remove();
    node = following;
  }
  parent.insertBefore(replacement, after);
}
