/**
 * Reads a V8 `.cpuprofile` (as `node --cpu-prof` writes it) and lists where
 * the time went: by function, self time (the function's own code) and total
 * time (including what it called, counted once per sample even when it recurses).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './options';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  name: string;
  selfMs: number;
  totalMs: number;
}

export interface ProfileSummary {
  /** Sampled time without idle. */
  busyMs: number;
  functions: FunctionTime[];
}

/** V8's pseudo-frames: not code of ours, but worth showing (GC is) except idle. */
const idle = '(idle)';

/**
 * `name file`: compiled files under out/ are named by their TypeScript source
 * (line numbers of the compiled file would mislead there); others keep their line.
 */
function keyOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  if (!url) return name;
  const file = url.startsWith('file://') ? path.relative(repoRoot, new URL(url).pathname) : url;
  const source = /^out\/(.*)\.js$/.exec(file);
  return source ? `${name}  ${source[1]}.ts` : `${name}  ${file}:${lineNumber + 1}`;
}

/** Frames every sample passes through (Node's module loader, the benchmark's driver): no news in a total-time list. */
function isScaffolding(key: string): boolean {
  return /\s(node:|out\/bench\/|bench\/|test\/)/.test(key) || key.startsWith('(root)');
}

export function summarize(file: string): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busyMs = 0;
  profile.samples.forEach((id, index) => {
    // A sample's time is the gap to the next sample.
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === idle) return;
    busyMs += ms;
    const key = keyOf(node);
    self.set(key, (self.get(key) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at);
      if (!frame || frame.callFrame.functionName === '(root)') continue;
      const frameKey = keyOf(frame);
      if (seen.has(frameKey)) continue;
      seen.add(frameKey);
      total.set(frameKey, (total.get(frameKey) ?? 0) + ms);
    }
  });
  const functions = [...total.entries()].map(([name, totalMs]) => ({ name, totalMs, selfMs: self.get(name) ?? 0 }));
  return { busyMs, functions };
}

/** The top `count` functions by self time and by total time, as text. */
export function describeSummary(summary: ProfileSummary, count = 20): string {
  const percent = (ms: number): string => `${((ms / summary.busyMs) * 100).toFixed(1).padStart(5)}%`;
  const list = (title: string, pick: (entry: FunctionTime) => number): string[] => [
    title,
    ...summary.functions
      .filter((entry) => !isScaffolding(entry.name))
      .sort((a, b) => pick(b) - pick(a))
      .slice(0, count)
      .map((entry) => `  ${pick(entry).toFixed(0).padStart(7)} ms ${percent(pick(entry))}  ${entry.name}`),
  ];
  return [`busy ${summary.busyMs.toFixed(0)} ms (idle excluded)`, ...list('by self time:', (entry) => entry.selfMs), ...list('by total time (self + callees):', (entry) => entry.totalMs)].join('\n');
}

/** The newest `.cpuprofile` in a folder (node names them by time and pid). */
export function newestProfile(folder: string): string {
  const profiles = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(folder, name))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (profiles.length === 0) throw new Error(`no .cpuprofile in ${folder}`);
  return profiles[0];
}
