/**
 * A small command-line parser: long options (`--format json`, `--format=json`),
 * one-letter aliases, flags, repeatable options and `--` to end options.
 * Anything unknown is a UsageError, so a typo never silently changes a check.
 */
import { UsageError } from './command';

export interface OptionSpec {
  /** The long name without dashes: `format` for `--format`. */
  name: string;
  /** A one-letter alias without its dash: `o` for `-o`. */
  short?: string;
  /** True when the option takes a value; otherwise it is a flag. */
  takesValue?: boolean;
  /** True when it may be given more than once (`--exclude a --exclude b`). */
  repeatable?: boolean;
}

export interface ParsedArgs {
  /** Values by long option name, in the order given; flags have an empty string per use. */
  readonly options: ReadonlyMap<string, readonly string[]>;
  readonly positionals: readonly string[];
}

export function parseArgs(args: readonly string[], specs: readonly OptionSpec[], command: string): ParsedArgs {
  const options = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--') {
      positionals.push(...args.slice(index + 1));
      break;
    }
    if (!isOption(arg)) {
      positionals.push(arg);
      continue;
    }
    const { spec, inlineValue } = findSpec(arg, specs, command);
    let value = '';
    if (spec.takesValue) {
      if (inlineValue !== undefined) value = inlineValue;
      else if (index + 1 < args.length) value = args[++index];
      else throw new UsageError(`${arg} needs a value (see cable ${command} --help)`);
    } else if (inlineValue !== undefined) {
      throw new UsageError(`--${spec.name} takes no value (see cable ${command} --help)`);
    }
    addValue(options, spec, value);
  }
  return { options, positionals };
}

/** A lone `-` is a positional (by convention it names standard input). */
function isOption(arg: string): boolean {
  return arg.startsWith('-') && arg !== '-';
}

function findSpec(arg: string, specs: readonly OptionSpec[], command: string): { spec: OptionSpec; inlineValue: string | undefined } {
  const equals = arg.indexOf('=');
  const name = equals >= 0 ? arg.slice(0, equals) : arg;
  const inlineValue = equals >= 0 ? arg.slice(equals + 1) : undefined;
  const spec = name.startsWith('--') ? specs.find((candidate) => candidate.name === name.slice(2)) : specs.find((candidate) => candidate.short !== undefined && candidate.short === name.slice(1));
  if (!spec) throw new UsageError(`unknown option ${name} (see cable ${command} --help)`);
  return { spec, inlineValue };
}

function addValue(options: Map<string, string[]>, spec: OptionSpec, value: string): void {
  const values = options.get(spec.name);
  if (!values) options.set(spec.name, [value]);
  else if (spec.repeatable) values.push(value);
  // A repeated flag (`-q -q`) is harmless; a value given twice is usually a mistake, so say so.
  else if (spec.takesValue) throw new UsageError(`--${spec.name} given twice`);
}

export function hasFlag(parsed: ParsedArgs, name: string): boolean {
  return parsed.options.has(name);
}

export function lastValue(parsed: ParsedArgs, name: string): string | undefined {
  const values = parsed.options.get(name);
  return values ? values[values.length - 1] : undefined;
}

export function allValues(parsed: ParsedArgs, name: string): readonly string[] {
  return parsed.options.get(name) ?? [];
}

/** Reads `--max-size`: bytes, or a number with k, M or G (decimal units, as in "100 MB"). */
export function parseSize(text: string, option: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$/i.exec(text);
  if (!match) throw new UsageError(`${option} must be a size such as 100MB, 512k or 1000000, not "${text}"`);
  const unit = { '': 1, k: 1e3, m: 1e6, g: 1e9 }[match[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(match[1]) * unit);
}
