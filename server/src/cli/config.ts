/**
 * The settings each checked file gets: the nearest `.cablerc.json` above it,
 * or the one `--config` names for every file. A bad config file is reported
 * once (not once per cable under it) and the defaults apply, as in the editor.
 */
import { ConfigFiles, type ConfigFile } from '../node/configFile';
import { mergeSettings, type CableSettings } from '../service';

export class FileSettings {
  private readonly configFiles = new ConfigFiles();
  /** Merged settings per config file, so thousands of cables share one object. */
  private readonly merged = new Map<ConfigFile, CableSettings>();
  private readonly reported = new Set<ConfigFile>();

  /**
   * @param explicitConfig the `--config` path, which then applies to every file
   * @param reportProblem called once per config file that has a problem, with the message and the file's path
   */
  constructor(
    private readonly explicitConfig: string | undefined,
    private readonly reportProblem: (message: string, configPath: string | undefined) => void,
  ) {}

  /** The path of the settings file that applies to `absolute`, when it has a problem (reported once, by `forFile`). */
  problemOf(absolute: string): string | undefined {
    const config = this.configFor(absolute);
    return config.problem === undefined ? undefined : (config.path ?? 'the settings file');
  }

  forFile(absolute: string): CableSettings {
    const config = this.configFor(absolute);
    if (config.problem !== undefined && !this.reported.has(config)) {
      this.reported.add(config);
      this.reportProblem(config.problem, config.path);
    }
    let settings = this.merged.get(config);
    if (!settings) {
      settings = mergeSettings(config.settings);
      this.merged.set(config, settings);
    }
    return settings;
  }

  private configFor(absolute: string): ConfigFile {
    return this.explicitConfig !== undefined ? this.configFiles.read(this.explicitConfig) : this.configFiles.forPath(absolute);
  }
}
