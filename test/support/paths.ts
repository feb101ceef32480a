import * as path from 'node:path';

/** The repository root, from out/test/<folder>/ or out/test/. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const samplesDir = path.join(repoRoot, 'samples');
export const workedExample = path.join(samplesDir, 'cable-25025.cable');
