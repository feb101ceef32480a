/**
 * The server's host in a browser worker: no disk and no `.cablerc.json`.
 * The names for C305 come from the open documents only (the workspace
 * index reads no files), settings come from the editor's `cable.*` settings.
 */
import type { ServerHost } from '../server';
import type { ConfigFileSource } from '../lsp/configuration';
import type { WorkspaceFiles } from '../lsp/workspaceFiles';
import previewCss from '../../../media/preview.css';

/** Finds no files: a browser workspace's folders are not `file:` URIs, so the index never asks, and this says so if it ever does. */
const noFiles: WorkspaceFiles = {
  findCableFiles: () => Promise.resolve([]),
  readText: (file) => Promise.reject(new Error(`${file}: the Cable server in a browser worker reads no files`)),
};

const noConfigFiles: ConfigFileSource = {
  forPath: () => ({ path: undefined, settings: {}, problem: undefined }),
  clear: () => undefined,
};

export const browserHost: ServerHost = {
  files: noFiles,
  configFiles: noConfigFiles,
  // Bundled as text (scripts/bundle.mjs): the worker cannot read media/ itself, and exported HTML should look like the preview.
  previewCss: () => previewCss,
};
