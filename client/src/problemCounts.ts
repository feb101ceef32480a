/**
 * Errors and warnings among a file's diagnostics, the server's note of those
 * past `cable.maxProblems` included: the server sends the editor no more than
 * that many, and says in the note's `data` how many more of each there are.
 * No `vscode` import, so it is tested in plain Node.
 */
import type { NotListedData } from '../../server/src/protocol';

/** What is read of a `vscode.Diagnostic` (the language client keeps the server's `data` on it). */
export interface CountedDiagnostic {
  severity: number;
  source?: string;
  code?: unknown;
}

export interface ProblemCounts {
  errors: number;
  warnings: number;
}

/** `vscode.DiagnosticSeverity.Error` and `.Warning`: fixed values of the API. */
const errorSeverity = 0;
const warningSeverity = 1;

export function countProblems(diagnostics: readonly CountedDiagnostic[]): ProblemCounts {
  let errors = 0;
  let warnings = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === errorSeverity) errors++;
    else if (diagnostic.severity === warningSeverity) warnings++;
    const notListed = notListedOf(diagnostic);
    errors += notListed?.errors ?? 0;
    warnings += notListed?.warnings ?? 0;
  }
  return { errors, warnings };
}

function notListedOf(diagnostic: CountedDiagnostic): NotListedData['notListed'] | undefined {
  const data = (diagnostic as { data?: Partial<NotListedData> }).data;
  const notListed = diagnostic.source === 'cable' && diagnostic.code === undefined ? data?.notListed : undefined;
  return typeof notListed?.errors === 'number' && typeof notListed.warnings === 'number' ? notListed : undefined;
}
