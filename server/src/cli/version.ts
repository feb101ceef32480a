/**
 * The version in package.json. The bundle (dist/cli.js) and the compiled
 * sources (out/server/cli) sit at different depths, so look upwards for the
 * manifest of this package rather than at a fixed relative path.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const packageName = 'cable-markup';

export function packageVersion(start: string = __dirname): string {
  for (let folder = start; ; folder = path.dirname(folder)) {
    const version = versionIn(path.join(folder, 'package.json'));
    if (version !== undefined) return version;
    if (path.dirname(folder) === folder) return 'unknown';
  }
}

function versionIn(manifestPath: string): string | undefined {
  try {
    const manifest: unknown = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    if (manifest && typeof manifest === 'object' && 'name' in manifest && manifest.name === packageName && 'version' in manifest && typeof manifest.version === 'string') return manifest.version;
  } catch {
    // No manifest here, or not ours: keep looking upwards.
  }
  return undefined;
}
