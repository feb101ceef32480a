/**
 * Finds and reads `.cablerc.json`: the nearest one from a checked file's folder
 * upwards. The CLI and the language server both use this, so a cable gets the
 * same diagnostics in CI and in the editor.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSettings, type CableSettings } from '../service/settings';

export const configFileName = '.cablerc.json';

export interface ConfigFile {
  /** Absolute path of the file that was read; undefined when none was found. */
  path: string | undefined;
  settings: Partial<CableSettings>;
  /** One message naming the file and what is wrong with it; the defaults then apply for the invalid parts. */
  problem: string | undefined;
}

const noConfig: ConfigFile = Object.freeze({ path: undefined, settings: {}, problem: undefined });

/** Caches each folder's lookup; call `clear()` when a config file changes. */
export class ConfigFiles {
  private readonly byFolder = new Map<string, string | undefined>();
  private readonly byFile = new Map<string, ConfigFile>();

  /** The configuration that applies to `filePath` (a file or folder). */
  forPath(filePath: string): ConfigFile {
    const found = this.findUpwards(path.resolve(path.dirname(filePath)));
    return found ? this.read(found) : noConfig;
  }

  /** Reads an explicitly named config file (`cable check --config FILE`). */
  read(configPath: string): ConfigFile {
    const absolute = path.resolve(configPath);
    let cached = this.byFile.get(absolute);
    if (!cached) {
      cached = readConfigFile(absolute);
      this.byFile.set(absolute, cached);
    }
    return cached;
  }

  clear(): void {
    this.byFolder.clear();
    this.byFile.clear();
  }

  private findUpwards(folder: string): string | undefined {
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    const candidate = path.join(folder, configFileName);
    let found: string | undefined;
    if (isFile(candidate)) found = candidate;
    else {
      const parent = path.dirname(folder);
      found = parent === folder ? undefined : this.findUpwards(parent);
    }
    this.byFolder.set(folder, found);
    return found;
  }
}

function isFile(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isFile();
  } catch {
    return false;
  }
}

export function readConfigFile(configPath: string): ConfigFile {
  let text: string;
  try {
    text = fs.readFileSync(configPath, 'utf8');
  } catch (error) {
    return { path: configPath, settings: {}, problem: `${configPath}: cannot be read (${describeError(error)}); using the defaults` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { path: configPath, settings: {}, problem: `${configPath}: not valid JSON (${describeError(error)}); using the defaults` };
  }
  const reading = readSettings(json);
  // Only what is named is left out (a whole setting, or one code or field name of a list); the rest of the file applies.
  const problem = reading.problems.length > 0 ? `${configPath}: ${reading.problems.join('; ')}; ${reading.problems.length === 1 ? 'that is' : 'those are'} ignored, the rest applies` : undefined;
  return { path: configPath, settings: reading.settings, problem };
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
