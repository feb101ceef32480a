// `npm start`: the main job on the samples, after `npm run build`.
// Checks every clean sample (and prints the findings), then renders each one's
// preview to out/previews/NAME.html with `cable render`.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const cable = (args) => spawnSync(process.execPath, ['bin/cable.js', ...args], { stdio: 'inherit' });

console.log('$ cable check samples --exclude samples/errors');
const checked = cable(['check', 'samples', '--exclude', 'samples/errors']);

const outFolder = join('out', 'previews');
mkdirSync(outFolder, { recursive: true });
const samples = readdirSync('samples').filter((name) => name.endsWith('.cable'));
let failures = 0;
for (const name of samples) {
  const target = join(outFolder, name.replace(/\.cable$/, '.html'));
  const rendered = cable(['render', join('samples', name), '-o', target]);
  if (rendered.status === 0) console.log(`rendered ${join('samples', name)} → ${target}`);
  else failures++;
}
console.log(`\n${samples.length - failures} of ${samples.length} previews written to ${outFolder}/`);
process.exit(checked.status !== 0 ? checked.status ?? 1 : failures > 0 ? 1 : 0);
