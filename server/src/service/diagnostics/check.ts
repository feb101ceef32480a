/** Runs every rule of format section 7 over a tree. */
import type { Diagnostic } from 'vscode-languageserver-types';
import { factsOf } from '../analysis/facts';
import { throwIfCancelled, type Cancellation } from '../cancellation';
import type { NameIndex } from '../names/nameIndex';
import type { CableTree } from '../parser/tree';
import type { CableSettings } from '../settings';
import { Reporter } from './report';
import { runToEnd, type Steps } from '../steps';
import { invalidCatalogueValue, unknownCatalogueKey } from './rules/catalogue';
import { copyNumbersDisagree, duplicateRecipient } from './rules/copies';
import { duplicateField, misspeltField, missingRequiredField, wrongValueForm } from './rules/fields';
import { emptyMark, invalidGroupCount, unknownTag, unmatchedFootnote } from './rules/marks';
import { nameVariant } from './rules/names';
import { mixedNumberSigns } from './rules/numberSigns';
import { fieldInWrongZone, mixedLineEndings, unclosedCatalogue, unclosedQuote, unpairedBracket } from './rules/structure';
import { eventsOutOfOrder, impossibleTimeGroup } from './rules/time';
import type { Rule } from './rules/types';

export interface CheckOptions {
  settings: CableSettings;
  names: NameIndex | undefined;
  uri: string;
  rulesDocumentation: string;
  token: Cancellation;
}

const rules: ReadonlyArray<[codes: string[], rule: Rule]> = [
  [['C101'], unclosedQuote],
  [['C102'], unpairedBracket],
  [['C103'], unclosedCatalogue],
  [['C104'], fieldInWrongZone],
  [['C105'], mixedLineEndings],
  [['C201'], misspeltField],
  [['C202'], duplicateField],
  [['C203'], missingRequiredField],
  [['C204'], unknownCatalogueKey],
  [['C205'], invalidCatalogueValue],
  [['C206'], unknownTag],
  [['C207'], emptyMark],
  [['C208'], wrongValueForm],
  [['C209'], invalidGroupCount],
  [['C210', 'C211', 'C212'], impossibleTimeGroup],
  [['C213'], unmatchedFootnote],
  [['C301'], eventsOutOfOrder],
  [['C302'], copyNumbersDisagree],
  [['C303'], duplicateRecipient],
  [['C304'], mixedNumberSigns],
  [['C305'], nameVariant],
];

export function checkTree(tree: CableTree, options: CheckOptions): Diagnostic[] {
  return runToEnd(checkTreeInSteps(tree, options));
}

/**
 * The same check, one step at a time: each rule, then the diagnostics. The
 * facts the rules read are gathered at the first step unless they were
 * before: a host that must stay responsive gathers them in steps first
 * (`factsInSteps`; the server does, for the names it indexes). Between steps
 * the host may do other work (the server, while the transcriber types into
 * a large cable); the tree must stay the current version's until the last.
 */
export function* checkTreeInSteps(tree: CableTree, options: CheckOptions): Steps<Diagnostic[]> {
  const reporter = new Reporter(options.settings);
  const context = { tree, facts: factsOf(tree), settings: options.settings, reporter, names: options.names, uri: options.uri, token: options.token };
  for (const [codes, rule] of rules) {
    yield;
    throwIfCancelled(options.token);
    if (codes.some((code) => reporter.enabled(code))) rule(context);
  }
  yield;
  return reporter.toDiagnostics(tree.lineStarts, options.rulesDocumentation);
}
