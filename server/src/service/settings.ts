/**
 * Checker settings: rule severities, required fields, preferred number sign and
 * the reading of slashed dates. The same shape comes from VS Code's `cable.*`
 * settings and from a `.cablerc.json`; `readSettings` validates either.
 */
import { codesByName } from './diagnostics/codes';
import { fieldByName, misspeltFieldSuggestions } from './parser/fields';
import type { NumberSign } from './parser/tree';

export type RuleSeverity = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type SlashedDates = 'month-first' | 'day-first';

export interface CableSettings {
  /** Severity overrides by code (`C305: 'off'`). Codes not named keep their default. */
  rules: Readonly<Record<string, RuleSeverity>>;
  /** Canonical header field names every cable must have (C203). */
  requiredFields: readonly string[];
  /** The sign C304 prefers; undefined: the sign used most in the document. */
  numberSign: NumberSign | undefined;
  slashedDates: SlashedDates;
}

export const defaultSettings: CableSettings = Object.freeze({
  rules: Object.freeze({}),
  requiredFields: Object.freeze(['Cable']),
  numberSign: undefined,
  slashedDates: 'month-first',
});

export const ruleSeverities: readonly RuleSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];
export const numberSigns: readonly NumberSign[] = ['№', 'Nº', 'N°', 'No.', '#'];
const slashedDateOrders: readonly SlashedDates[] = ['month-first', 'day-first'];
/** The checking settings: what a `.cablerc.json` may hold (schemas/cablerc.schema.json) besides `$schema`; the editor's section holds more, see `readSettings`. */
const checkingSettings = ['rules', 'requiredFields', 'numberSign', 'slashedDates'];

export interface SettingsReading {
  settings: Partial<CableSettings>;
  /** Problems in the input, each one sentence naming the setting. */
  problems: string[];
}

/**
 * Validates settings as JSON gives them (from a `.cablerc.json` or the editor).
 * Valid parts are kept, and each invalid part is named in `problems`.
 * `otherKeys` are keys the caller reads itself and that are no problem here:
 * the editor's `cable` section also holds its own settings (`maxProblems`,
 * `preview`, …), which a `.cablerc.json` may not.
 */
export function readSettings(input: unknown, otherKeys: readonly string[] = []): SettingsReading {
  const problems: string[] = [];
  const settings: Partial<CableSettings> = {};
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { settings, problems: ['the settings must be a JSON object, like { "rules": { "C305": "off" } }'] };
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== '$schema' && !checkingSettings.includes(key) && !otherKeys.includes(key)) problems.push(`unknown setting "${key}" (known: ${checkingSettings.join(', ')})`);
  }
  readRules(record.rules, settings, problems);
  readRequiredFields(record.requiredFields, settings, problems);
  readNumberSign(record.numberSign, settings, problems);
  if (record.slashedDates !== undefined) {
    if (slashedDateOrders.includes(record.slashedDates as SlashedDates)) settings.slashedDates = record.slashedDates as SlashedDates;
    else problems.push(`"slashedDates" must be "month-first" or "day-first", not ${JSON.stringify(record.slashedDates)}`);
  }
  return { settings, problems };
}

function readRules(value: unknown, settings: Partial<CableSettings>, problems: string[]): void {
  if (value === undefined) return;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push('"rules" must be an object mapping codes to severities, like { "C305": "off" }');
    return;
  }
  const rules: Record<string, RuleSeverity> = {};
  for (const [code, severity] of Object.entries(value as Record<string, unknown>)) {
    const normalizedCode = code.toUpperCase();
    if (!codesByName.has(normalizedCode)) {
      problems.push(`"rules" names "${code}", which is not a diagnostic code (C101–C305, see docs/rules.md)`);
      continue;
    }
    if (typeof severity !== 'string' || !ruleSeverities.includes(severity.toLowerCase() as RuleSeverity)) {
      problems.push(`"rules.${code}" must be one of ${ruleSeverities.join(', ')}, not ${JSON.stringify(severity)}`);
      continue;
    }
    rules[normalizedCode] = severity.toLowerCase() as RuleSeverity;
  }
  settings.rules = rules;
}

/**
 * The field names the format knows are kept. One it does not know is named
 * as a problem and left out: kept, it would be reported missing (C203) in
 * every cable, since no cable can have it (`Recieved` for `Received`).
 */
function readRequiredFields(value: unknown, settings: Partial<CableSettings>, problems: string[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    problems.push('"requiredFields" must be a list of field names, like ["Cable", "From"]');
    return;
  }
  const known: string[] = [];
  for (const name of value as string[]) {
    if (fieldByName(name)) {
      known.push(name);
      continue;
    }
    const nearest = misspeltFieldSuggestions(name)[0];
    problems.push(`"requiredFields" names "${name}", which is no field of the format${nearest ? ` (did you mean "${nearest}"?)` : ''}`);
  }
  settings.requiredFields = known;
}

function readNumberSign(value: unknown, settings: Partial<CableSettings>, problems: string[]): void {
  if (value === undefined || value === null) return;
  if (!numberSigns.includes(value as NumberSign)) {
    problems.push(`"numberSign" must be one of ${numberSigns.join(' ')}, not ${JSON.stringify(value)}`);
    return;
  }
  settings.numberSign = value as NumberSign;
}

/** Later layers win: defaults < editor settings < `.cablerc.json`. Rules merge code by code. */
export function mergeSettings(...layers: Array<Partial<CableSettings> | undefined>): CableSettings {
  let merged: CableSettings = defaultSettings;
  for (const layer of layers) {
    if (!layer) continue;
    merged = {
      rules: { ...merged.rules, ...layer.rules },
      requiredFields: layer.requiredFields ?? merged.requiredFields,
      numberSign: layer.numberSign ?? merged.numberSign,
      slashedDates: layer.slashedDates ?? merged.slashedDates,
    };
  }
  return merged;
}
