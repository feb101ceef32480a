/**
 * Figures, their targets and how they are shown: a table on stdout and
 * `bench/results.json` for tools. A figure without a value is "n/a" (the
 * feature is not there yet, or the platform cannot measure it) and never fails.
 */
import * as os from 'node:os';

export interface Target {
  /** `<=`: lower is better (a time, a ratio, memory); `>=`: higher is better (throughput). */
  op: '<=' | '>=';
  value: number;
}

export interface Figure {
  suite: string;
  name: string;
  /** Undefined when it could not be measured; `note` says why. */
  value: number | undefined;
  unit: string;
  target?: Target;
  /** What the figure is compared with in this run (the floor, a bare round trip). */
  baseline?: string;
  note?: string;
}

export type Status = 'pass' | 'FAIL' | 'n/a' | 'info';

export function statusOf(figure: Figure): Status {
  if (figure.value === undefined || Number.isNaN(figure.value)) return 'n/a';
  if (!figure.target) return 'info';
  const { op, value } = figure.target;
  return (op === '<=' ? figure.value <= value : figure.value >= value) ? 'pass' : 'FAIL';
}

export function formatNumber(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return 'n/a';
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function cell(value: number | undefined, unit: string): string {
  return value === undefined || Number.isNaN(value) ? 'n/a' : `${formatNumber(value)} ${unit}`;
}

/** The figures as an aligned text table, one row each, grouped by suite. */
export function table(figures: readonly Figure[]): string {
  const header = ['suite', 'figure', 'value', 'target', 'status', 'baseline (same run)'];
  const rows = figures.map((figure) => [
    figure.suite,
    figure.name,
    cell(figure.value, figure.unit),
    figure.target ? `${figure.target.op} ${formatNumber(figure.target.value)} ${figure.unit}` : '',
    statusOf(figure),
    [figure.baseline, figure.note].filter(Boolean).join('; '),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]): string => cells.map((text, column) => (column === cells.length - 1 ? text : text.padEnd(widths[column]))).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  platform: string;
  date: string;
  /** The 1-minute load average when the run ended: other processes on the machine skew every figure. */
  loadAverage: number;
}

export function machine(): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${os.release()}`,
    date: new Date().toISOString(),
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
  };
}

export interface Results {
  machine: Machine;
  options: Record<string, unknown>;
  figures: Array<Figure & { status: Status }>;
  failed: string[];
}

export function results(figures: readonly Figure[], options: Record<string, unknown>): Results {
  const withStatus = figures.map((figure) => ({ ...figure, status: statusOf(figure) }));
  return {
    machine: machine(),
    options,
    figures: withStatus,
    failed: withStatus.filter((figure) => figure.status === 'FAIL').map((figure) => `${figure.suite}: ${figure.name}`),
  };
}
