/**
 * Collects findings as offsets and turns them into LSP diagnostics: the
 * configured severity, a range in lines and characters, a link to the rule.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { TextRange } from '../parser/tree';
import type { CableSettings, RuleSeverity } from '../settings';
import { codesByName } from './codes';
import { positionAt } from '../text/positions';

/** Extra facts a quick fix needs, carried in `Diagnostic.data`. */
export interface FindingData {
  /** Replacement texts for the range, best first (did-you-mean, number sign, name variant). */
  suggestions?: string[];
  /** Where a `[sic]` would go (name variants, duplicate recipients). */
  sicOffset?: number;
  /** Text to insert at the end of the document (a note stub). */
  kind?: string;
}

export interface Finding {
  code: string;
  range: TextRange;
  message: string;
  /** Overrides the default severity for this finding (`13:30 p.m.` is a warning). */
  severity?: Exclude<RuleSeverity, 'off'>;
  data?: FindingData;
}

const lspSeverity: Record<Exclude<RuleSeverity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export class Reporter {
  readonly findings: Finding[] = [];

  constructor(private readonly settings: CableSettings) {}

  /** True when the code is not turned off, so rules can skip work nobody will see. */
  enabled(code: string): boolean {
    return this.settings.rules[code] !== 'off';
  }

  report(finding: Finding): void {
    if (this.enabled(finding.code)) this.findings.push(finding);
  }

  toDiagnostics(lineStarts: readonly number[], rulesDocumentation: string): Diagnostic[] {
    const sorted = [...this.findings].sort((a, b) => a.range.start - b.range.start || a.code.localeCompare(b.code));
    return sorted.map((finding) => {
      const configured = this.settings.rules[finding.code];
      const severity = configured && configured !== 'off' ? configured : (finding.severity ?? codesByName.get(finding.code)?.severity ?? 'warning');
      const diagnostic: Diagnostic = {
        range: { start: positionAt(lineStarts, finding.range.start), end: positionAt(lineStarts, finding.range.end) },
        severity: lspSeverity[severity],
        code: finding.code,
        codeDescription: { href: `${rulesDocumentation}#${finding.code.toLowerCase()}` },
        source: 'cable',
        message: finding.message,
      };
      if (finding.data) diagnostic.data = finding.data;
      return diagnostic;
    });
  }
}
