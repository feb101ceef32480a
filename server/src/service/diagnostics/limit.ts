/**
 * At most `max` diagnostics for the editor, and a note of how many more there
 * are. VS Code shows no more than 1,000 per file anyway, keeping errors
 * before warnings before information before hints; a file of 100,000
 * unclosed brackets would otherwise send 37 MB of JSON on every keystroke for
 * the editor to convert and throw away. This keeps the same ones VS Code
 * would keep, so nothing the user sees changes, only what it costs.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

/** The editor's default for `cable.maxProblems`: VS Code's own limit per file. */
export const defaultMaxProblems = 1000;

/** The note's `data`: how many of each severity it stands for, so a client can still count them all (the status bar does). */
export interface NotListedData {
  notListed: { errors: number; warnings: number; information: number; hints: number };
}

/** Severities in the order they are kept in; a diagnostic without one counts as an error, as VS Code shows it. */
const keptFirst: readonly DiagnosticSeverity[] = [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint];

/**
 * `diagnostics` when there are no more than `max`; otherwise the `max` most
 * severe (earlier ones first within a severity), still in their own order,
 * then one Information diagnostic at the first one left out that says how
 * many were.
 */
export function limitDiagnostics(diagnostics: readonly Diagnostic[], max: number): Diagnostic[] {
  if (diagnostics.length <= max) return diagnostics.slice();
  const keep = mostSevereMask(diagnostics, max);
  const shown = diagnostics.filter((_diagnostic, index) => keep[index] === 1);
  const leftOut = diagnostics.filter((_diagnostic, index) => keep[index] === 0);
  shown.push(leftOutNote(leftOut, max));
  return shown;
}

/**
 * The `max` diagnostics VS Code would keep, in their own order, and no note:
 * the ones the preview marks, so it marks what the Problems panel lists.
 */
export function mostSevere(diagnostics: readonly Diagnostic[], max: number): readonly Diagnostic[] {
  if (diagnostics.length <= max) return diagnostics;
  const keep = mostSevereMask(diagnostics, max);
  return diagnostics.filter((_diagnostic, index) => keep[index] === 1);
}

/** 1 for each diagnostic among the `max` most severe, earlier ones first within a severity. */
function mostSevereMask(diagnostics: readonly Diagnostic[], max: number): Uint8Array {
  const keep = new Uint8Array(diagnostics.length);
  let kept = 0;
  for (const severity of keptFirst) {
    for (let index = 0; index < diagnostics.length && kept < max; index++) {
      if (rankOf(diagnostics[index]) !== severity) continue;
      keep[index] = 1;
      kept++;
    }
  }
  return keep;
}

function rankOf(diagnostic: Diagnostic): DiagnosticSeverity {
  return diagnostic.severity ?? DiagnosticSeverity.Error;
}

/** No code: no quick fix, hover or Fix All takes it for a problem of the text. */
function leftOutNote(leftOut: readonly Diagnostic[], max: number): Diagnostic {
  const start = leftOut[0].range.start;
  const data: NotListedData = { notListed: { errors: 0, warnings: 0, information: 0, hints: 0 } };
  for (const diagnostic of leftOut) data.notListed[countedAs(rankOf(diagnostic))]++;
  return {
    range: { start, end: start },
    severity: DiagnosticSeverity.Information,
    source: 'cable',
    message:
      `${leftOut.length.toLocaleString('en-US')} more ${leftOut.length === 1 ? 'problem is' : 'problems are'} not listed: ` +
      `the editor shows at most ${max.toLocaleString('en-US')} per file (the setting cable.maxProblems). \`cable check\` lists them all.`,
    data,
  };
}

function countedAs(severity: DiagnosticSeverity): keyof NotListedData['notListed'] {
  if (severity === DiagnosticSeverity.Error) return 'errors';
  if (severity === DiagnosticSeverity.Warning) return 'warnings';
  return severity === DiagnosticSeverity.Information ? 'information' : 'hints';
}
