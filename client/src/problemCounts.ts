/**
 * Errors and warnings among a file's diagnostics, the server's note of those
 * past `cable.maxProblems` included: the server sends the editor no more than
 * that many, and says in the note's `data` how many more of each there are.
 */
import * as vscode from 'vscode';
import type { NotListedData } from '../../server/src/protocol';

export interface ProblemCounts {
  errors: number;
  warnings: number;
}

export function countProblems(diagnostics: readonly vscode.Diagnostic[]): ProblemCounts {
  let errors = 0;
  let warnings = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === vscode.DiagnosticSeverity.Error) errors++;
    else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) warnings++;
    const notListed = notListedOf(diagnostic);
    errors += notListed?.errors ?? 0;
    warnings += notListed?.warnings ?? 0;
  }
  return { errors, warnings };
}

function notListedOf(diagnostic: vscode.Diagnostic): NotListedData['notListed'] | undefined {
  // The language client keeps a diagnostic's `data` on the object it hands VS Code.
  const data = (diagnostic as { data?: Partial<NotListedData> }).data;
  const notListed = diagnostic.source === 'cable' && diagnostic.code === undefined ? data?.notListed : undefined;
  return typeof notListed?.errors === 'number' && typeof notListed.warnings === 'number' ? notListed : undefined;
}
