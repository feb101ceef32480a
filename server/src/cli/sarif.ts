/**
 * SARIF 2.1.0, the format code-scanning services (GitHub, Azure DevOps)
 * import: one run of the `cable` tool, a rule per diagnostic code with a link
 * to its documentation, and a result per finding with a region in 1-based
 * lines and UTF-16 columns (what the service counts in). Unread files are
 * reported as tool notifications, so the upload shows the run was incomplete.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeDefinitions, defaultRulesDocumentation } from '../service';
import { relativeInside, type CheckedFile, type Finding, type Output, type Problem, type SeverityName, type Summary } from './findings';
import type { Streams } from './streams';
import { summaryLine } from './text';

const schema = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The project home: the rules document's repository. */
const informationUri = defaultRulesDocumentation.replace(/\/blob\/.*$/, '');
/** Results name files relative to this base, which stands for the current folder. */
const sourceRoot = '%SRCROOT%';

export interface SarifOptions {
  summary: boolean;
  version: string;
  cwd: string;
}

export function sarifOutput(streams: Streams, options: SarifOptions): Output {
  const results: object[] = [];
  const notifications: object[] = [];
  return {
    file(file: CheckedFile): void {
      const location = artifactLocation(file.absolute, options.cwd);
      for (const finding of file.findings) results.push(sarifResult(finding, location));
    },
    problem(problem: Problem): void {
      streams.err(`cable: ${problem.message}\n`);
      notifications.push(sarifNotification(problem, options.cwd));
    },
    end(summary: Summary): void {
      streams.out(`${JSON.stringify(sarifLog(results, notifications, summary, options), null, 2)}\n`);
      if (options.summary) streams.err(`${summaryLine(summary)}\n`);
    },
  };
}

function sarifLog(results: object[], notifications: object[], summary: Summary, options: SarifOptions): object {
  return {
    $schema: schema,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'cable', version: options.version, semanticVersion: options.version, informationUri, rules: sarifRules() } },
        originalUriBaseIds: { [sourceRoot]: { uri: folderUri(options.cwd) } },
        invocations: [{ executionSuccessful: summary.unchecked === 0 && (summary.fixes?.unwritten ?? 0) === 0, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function sarifRules(): object[] {
  return codeDefinitions.map((definition) => ({
    id: definition.code,
    name: pascalCase(definition.title),
    shortDescription: { text: definition.title },
    helpUri: `${defaultRulesDocumentation}#${definition.code.toLowerCase()}`,
    defaultConfiguration: { level: sarifLevel(definition.severity) },
  }));
}

const ruleIndex = new Map(codeDefinitions.map((definition, index) => [definition.code, index]));

function sarifResult(finding: Finding, location: object): object {
  const index = ruleIndex.get(finding.code);
  return {
    ruleId: finding.code,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: sarifLevel(finding.severity),
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
        },
      },
    ],
  };
}

function sarifNotification(problem: Problem, cwd: string): object {
  const locations = problem.absolute !== undefined ? [{ physicalLocation: { artifactLocation: artifactLocation(problem.absolute, cwd) } }] : [];
  return { level: problem.kind === 'config' ? 'warning' : 'error', message: { text: problem.message }, locations };
}

/** SARIF has no "information" or "hint": both are notes. */
function sarifLevel(severity: SeverityName): 'error' | 'warning' | 'note' {
  if (severity === 'error' || severity === 'warning') return severity;
  return 'note';
}

/** A relative URI (forward slashes, escaped) under the source root when inside `cwd`, else an absolute file URI. */
function artifactLocation(absolute: string, cwd: string): object {
  const relative = relativeInside(absolute, cwd);
  if (relative === undefined) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: sourceRoot };
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function pascalCase(title: string): string {
  return title.replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ').map((word) => word[0].toUpperCase() + word.slice(1)).join('');
}
