/**
 * The settings a document is checked with: defaults < the editor's `cable.*`
 * settings < the nearest `.cablerc.json` — the same file the CLI reads, so a
 * cable gets the same diagnostics in CI and in the editor.
 */
import type { Connection } from 'vscode-languageserver';
import { defaultMaxProblems, mergeSettings, readSettings, type CableSettings } from '../service';
import type { ConfigFile } from '../node/configFile';
import { messageOf, type Log } from './runner';
import { fsPathOf } from './workspaceFiles';

export const defaultMaxFileSize = 50_000_000;

/**
 * The editor's `cable` settings besides the checking ones (package.json's
 * `contributes.configuration`): VS Code answers `workspace/configuration`
 * with all of them, `preview` and `trace` as nested objects, and they are
 * no problem of the settings. The server reads the first two itself.
 */
export const editorOnlySettings: readonly string[] = ['maxFileSize', 'maxProblems', 'trace', 'preview'];

export interface DocumentSettings {
  settings: CableSettings;
  /** Documents longer than this many characters are not analysed. */
  maxFileSize: number;
  /** The editor is sent no more diagnostics per document than this (see limitDiagnostics). */
  maxProblems: number;
}

interface EditorSettings {
  settings: Partial<CableSettings>;
  maxFileSize: number;
  maxProblems: number;
}

/** Where `.cablerc.json` files come from (`ConfigFiles` from node/configFile on Node). */
export interface ConfigFileSource {
  forPath(filePath: string): ConfigFile;
  clear(): void;
}

const editorDefaults: EditorSettings = Object.freeze({ settings: {}, maxFileSize: defaultMaxFileSize, maxProblems: defaultMaxProblems });

export class SettingsProvider {
  /** Editor settings by scope URI, as promises so concurrent checks share one `workspace/configuration` round trip. */
  private readonly editor = new Map<string, Promise<EditorSettings>>();
  private globalMaxFileSize = defaultMaxFileSize;

  constructor(
    private readonly connection: Connection,
    private readonly canAskClient: boolean,
    private readonly configFiles: ConfigFileSource,
    private readonly log: Log,
    /** Called at every check that meets a config file problem; the owner decides how often to tell the user. */
    private readonly onConfigProblem: (problem: string) => void,
  ) {}

  /** Settings for a document; `scopeUri` picks the editor's (folder) settings when not the document's own. */
  async forDocument(uri: string, scopeUri = uri): Promise<DocumentSettings> {
    const editor = await this.editorSettings(scopeUri);
    const file = fsPathOf(uri);
    const config = file === undefined ? undefined : this.configFiles.forPath(file);
    if (config?.problem) this.onConfigProblem(config.problem);
    return { settings: mergeSettings(editor.settings, config?.settings), maxFileSize: editor.maxFileSize, maxProblems: editor.maxProblems };
  }

  /** The size limit last read for any document: for files read from disk before anything asked. */
  get maxFileSize(): number {
    return this.globalMaxFileSize;
  }

  /** `workspace/didChangeConfiguration`: ask the client again. */
  editorSettingsChanged(): void {
    this.editor.clear();
  }

  /** A `.cablerc.json` changed: read config files again. */
  configFilesChanged(): void {
    this.configFiles.clear();
  }

  forget(uri: string): void {
    this.editor.delete(uri);
  }

  private editorSettings(scopeUri: string): Promise<EditorSettings> {
    if (!this.canAskClient) return Promise.resolve(editorDefaults);
    let cached = this.editor.get(scopeUri);
    if (!cached) {
      cached = this.askClient(scopeUri);
      this.editor.set(scopeUri, cached);
    }
    return cached;
  }

  private async askClient(scopeUri: string): Promise<EditorSettings> {
    let raw: unknown;
    try {
      raw = await this.connection.workspace.getConfiguration({ scopeUri, section: 'cable' });
    } catch (error) {
      this.log.warn(`cannot read the editor's cable settings (${messageOf(error)}); using the defaults`);
      return editorDefaults;
    }
    if (raw === null || raw === undefined) return editorDefaults;
    const reading = readSettings(raw, editorOnlySettings);
    // The editor validates its settings against the manifest's schema, so problems here are only logged.
    for (const problem of reading.problems) this.log.warn(`editor setting: ${problem}`);
    const maxFileSize = positiveSetting(raw, 'maxFileSize', defaultMaxFileSize);
    this.globalMaxFileSize = maxFileSize;
    return { settings: reading.settings, maxFileSize, maxProblems: Math.floor(positiveSetting(raw, 'maxProblems', defaultMaxProblems)) };
  }
}

/** A limit the editor set: a number of at least 1, else the default. */
function positiveSetting(raw: unknown, key: 'maxFileSize' | 'maxProblems', fallback: number): number {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? value : fallback;
}
