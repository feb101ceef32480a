/**
 * Where a new version of a text differs from the old one, as one changed
 * span: what both start with, and what both end with. The parser finds the
 * edit between two versions this way; the server, the part of a preview
 * fragment that changed between two renders; the preview, what to send the
 * page it holds a fragment in.
 */

/** The one span that changed. */
export interface Edit {
  /** Length of the text both versions start with. */
  prefix: number;
  /** End of the changed text in the old version: both versions end with what follows it. */
  oldEnd: number;
  /** New length minus old length. */
  delta: number;
}

/** A change of a text: its code units from `start` to `end` replaced by `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/** The change that makes `text` of `old`, as one span. */
export function changeBetween(old: string, text: string): TextChange {
  const { prefix, oldEnd, delta } = editBetween(old, text);
  return { start: prefix, end: oldEnd, text: text.slice(prefix, oldEnd + delta) };
}

/** `text` with `change` made. */
export function applyChange(text: string, change: TextChange): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}

export function editBetween(old: string, text: string): Edit {
  const limit = Math.min(old.length, text.length);
  const prefix = commonPrefix(old, text, limit);
  const suffix = commonSuffix(old, text, limit - prefix);
  return { prefix, oldEnd: old.length - suffix, delta: text.length - old.length };
}

/** Length of the common start of two strings, compared a chunk at a time (native) before a character at a time. */
function commonPrefix(a: string, b: string, limit: number): number {
  let at = 0;
  for (let chunk = 4096; chunk >= 1; chunk >>= 4) {
    while (at + chunk <= limit && a.slice(at, at + chunk) === b.slice(at, at + chunk)) at += chunk;
  }
  return at;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let length = 0;
  for (let chunk = 4096; chunk >= 1; chunk >>= 4) {
    while (length + chunk <= limit && a.slice(a.length - length - chunk, a.length - length) === b.slice(b.length - length - chunk, b.length - length)) length += chunk;
  }
  return length;
}
