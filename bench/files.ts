/** Generated archives on disk, in temporary folders the benchmark removes again. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCable, Random } from '../test/support/generate';

export interface Archive {
  folder: string;
  files: string[];
  bytes: number;
}

export function temporaryFolder(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

export function removeFolder(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true });
}

/**
 * Writes `count` generated cables in boxes of 100 (an archive is foldered, and
 * the tools must recurse). About one cable in ten carries a transcription
 * slip, as a real archive would; paragraphs are chosen so a cable averages
 * about 4 KB (2,000 cables ≈ 8 MB).
 */
export function writeArchive(folder: string, count: number, seed: number): Archive {
  const random = new Random(seed);
  const files: string[] = [];
  let bytes = 0;
  for (let index = 0; index < count; index++) {
    const box = path.join(folder, `box-${String(Math.floor(index / 100)).padStart(3, '0')}`);
    if (index % 100 === 0) fs.mkdirSync(box, { recursive: true });
    const file = path.join(box, `cable-${String(index).padStart(5, '0')}.cable`);
    const text = generateCable(random.int(0, 2 ** 31), { slips: 0.1, paragraphs: random.int(7, 14) });
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    files.push(file);
  }
  return { folder, files, bytes };
}

export function formatMB(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
