/**
 * The standalone page of `cable render` and `Cable: Export to HTML`: one
 * self-contained file that opens anywhere. No scripts at all, and a CSP that
 * says so: the page may use its own inline styles, nothing else; it loads
 * nothing from anywhere (the stylesheet draws with no image).
 */
import type { CableTree } from '../parser/tree';
import { escapeHtml, styleElementText } from './escape';
import type { RenderOptions } from './options';
import { renderBody } from './renderTree';

export interface StandaloneOptions extends RenderOptions {
  /** The page title; defaults to the catalogue title, then to the cable number. */
  title?: string;
  /** The stylesheet text (`media/preview.css`), inlined into the page. */
  css: string;
  /** The paper-white look (`body.paper`); on by default, since an export is read outside the editor's theme. */
  paper?: boolean;
}

export const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

/** `lang` for the language a transcription is in, when the catalogue names a common one. */
const languageCodes: ReadonlyMap<string, string> = new Map([
  ['english', 'en'],
  ['russian', 'ru'],
  ['chinese', 'zh'],
  ['korean', 'ko'],
  ['german', 'de'],
  ['french', 'fr'],
  ['spanish', 'es'],
]);

export function renderStandalone(tree: CableTree, options: StandaloneOptions): string {
  const body = renderBody(tree, options);
  const lang = languageCodes.get(catalogueValue(tree, 'translation').toLowerCase());
  const bodyClass = options.paper === false ? 'cable-export' : 'cable-export paper';
  return [
    '<!DOCTYPE html>\n',
    lang === undefined ? '<html>\n' : `<html lang="${lang}">\n`,
    '<head>\n',
    '<meta charset="utf-8">\n',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">\n`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    '<meta name="generator" content="Cable Markup">\n',
    `<title>${escapeHtml(pageTitle(tree, options.title))}</title>\n`,
    `<style>\n${styleElementText(options.css)}\n</style>\n`,
    '</head>\n',
    `<body class="${bodyClass}">\n`,
    body,
    '</body>\n',
    '</html>\n',
  ].join('');
}

function pageTitle(tree: CableTree, title: string | undefined): string {
  if (title !== undefined && title.trim() !== '') return title.trim();
  const catalogueTitle = catalogueValue(tree, 'title');
  if (catalogueTitle !== '') return catalogueTitle;
  const cable = tree.header.blocks.find((block) => block.type === 'field' && block.canonical === 'Cable');
  return cable !== undefined && cable.type === 'field' && cable.value !== '' ? `Cable ${cable.value}` : 'Cable';
}

function catalogueValue(tree: CableTree, key: string): string {
  return tree.catalogue?.entries.find((entry) => entry.key === key)?.value.trim() ?? '';
}
