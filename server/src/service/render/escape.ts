/**
 * Escaping for every piece of document text that reaches HTML. The renderer
 * never builds a tag from document text: tags and attribute names are fixed
 * strings in the renderer, and document text only ever passes through these
 * functions on its way into element content or a quoted attribute value.
 */

const htmlEntities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const specialCharacters = /[&<>"']/g;
const hasSpecialCharacter = /[&<>"']/;

/** Text for element content. Quotes are escaped too, so the same text is also safe in an attribute. */
export function escapeHtml(text: string): string {
  // Most runs of a transcription have nothing to escape; testing first avoids a replace per run.
  return hasSpecialCharacter.test(text) ? text.replace(specialCharacters, (found) => htmlEntities[found]) : text;
}

/**
 * Text for a double-quoted attribute value. Line breaks become spaces first:
 * a `title` tooltip shows them literally, and a URL or date never has one.
 */
export function escapeAttribute(text: string): string {
  return escapeHtml(text.replace(/[\r\n\t]+/g, ' '));
}

/**
 * The URL when it is an absolute http(s) URL a preview may offer as a link,
 * else undefined. Anything else (`javascript:`, `data:`, relative paths, a URL
 * with spaces, control characters or bidirectional controls) is shown as
 * text, never as a link.
 */
export function safeHttpUrl(value: string): string | undefined {
  const url = value.trim();
  if (!/^https?:\/\/[^\s/?#]+/i.test(url)) return undefined;
  // Control characters and blanks could change how a browser reads the URL.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\\<>"'`]/.test(url)) return undefined;
  // Bidirectional controls would show the link's text in another order than it goes (`…/‮gnp.exe` reads `…/exe.png`).
  if (/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(url)) return undefined;
  return url;
}

/**
 * CSS text for an inline <style> element: `</style` would end the element
 * and let whatever follows be read as HTML, so it is broken up. `<\/style` in
 * CSS is still the same string inside a CSS string and an error elsewhere.
 */
export function styleElementText(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}
