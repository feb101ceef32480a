/**
 * Rendering a cable tree to HTML: the live preview's fragment and the
 * standalone export page. Pure code (no Node built-ins, no vscode), like the
 * rest of the language service.
 */
export { renderBody } from './renderTree';
export { contentSecurityPolicy, renderStandalone, type StandaloneOptions } from './document';
export { normalView, type RenderOptions, type RenderView } from './options';
export { escapeAttribute, escapeHtml, safeHttpUrl } from './escape';
export { isoDateTime } from './timeGroups';
