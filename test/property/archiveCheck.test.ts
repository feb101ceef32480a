/**
 * `cable check` reads each file's names with the names pass before it
 * checks any file, and keeps only some texts between its passes
 * (server/src/cli/archive.ts). For any archive, the findings must be the
 * editor's: every file diagnosed by a full parse against an index of every
 * file's names. The archives are built of names with near spellings, used
 * more or less often, in one file or several, some followed by [sic], with
 * C305 off or at another severity for some files, and checked both with
 * every text kept and with none.
 */
import * as assert from 'node:assert/strict';
import { it } from 'node:test';
import { pathToFileURL } from 'node:url';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkArchive, defaultKeepBudget } from '../../server/src/cli/archive';
import { toFinding, type CheckedFile } from '../../server/src/cli/findings';
import { createLanguageService, defaultSettings, namesOf, NameIndex, type CableSettings } from '../../server/src/service/index';
import { generatedCable } from './arbitraries';
import { assertProperty } from './fuzz';

/** Names with one or two near spellings each, and names far from all others. */
const spellings = ['Li Kenong', 'Le Kenong', 'Li Kenung', 'Peng Dehuai', 'Peng Dehuei', 'Zhou Enlai', 'Zhou Enlia', 'ZHOU ENLAI', 'Kim Il Sung', 'Kim Il Sun', 'Gao Gang', 'Deng Hua'];
const use = fc.tuple(fc.constantFrom('', 'Cde. ', 'Comrade '), fc.constantFrom(...spellings), fc.constantFrom('', '', '', ' [sic]'));
const sentence = fc.array(use, { minLength: 1, maxLength: 4 }).map((uses) => `We met ${uses.map(([title, name, sic]) => `${title}${name}${sic}`).join(' and ')} today.`);
const namesCable = fc.tuple(fc.nat({ max: 999 }), fc.array(sentence, { minLength: 1, maxLength: 5 })).map(([number, sentences]) => `Cable: № ${number}\n\n${sentences.join('\n\n')}\n`);
const cable = fc.oneof({ weight: 4, arbitrary: namesCable }, { weight: 1, arbitrary: generatedCable });

const settingsChoices: readonly CableSettings[] = [
  defaultSettings,
  { ...defaultSettings, rules: { C305: 'off' } },
  { ...defaultSettings, rules: { C305: 'warning' } },
  { ...defaultSettings, slashedDates: 'day-first' },
];
const archive = fc.array(fc.tuple(cable, fc.nat({ max: settingsChoices.length - 1 })), { minLength: 1, maxLength: 6 });

interface ArchiveFile {
  absolute: string;
  text: string;
  settings: CableSettings;
}

function filesOf(entries: readonly [string, number][]): ArchiveFile[] {
  return entries.map(([text, choice], index) => ({ absolute: `/archive/box/cable-${index}.cable`, text, settings: settingsChoices[choice] }));
}

function checkedByCli(files: readonly ArchiveFile[], keepBudget: number): CheckedFile[] {
  const byPath = new Map(files.map((file) => [file.absolute, file]));
  const checked: CheckedFile[] = [];
  checkArchive(
    files.map((file) => file.absolute),
    {
      settings: { forFile: (absolute) => byPath.get(absolute)?.settings ?? assert.fail(absolute) },
      read: (absolute) => ({ text: byPath.get(absolute)?.text ?? assert.fail(absolute) }),
      keepBudget,
      display: (absolute) => absolute,
      onFile: (file) => checked.push(file),
      onProblem: (problem) => assert.fail(problem.message),
    },
  );
  return checked;
}

/** What the editor shows for each file once the workspace index holds every file's names. */
function checkedByEditor(files: readonly ArchiveFile[]): CheckedFile[] {
  const names = new NameIndex();
  const service = createLanguageService({ names });
  const documents = files.map((file) => TextDocument.create(pathToFileURL(file.absolute).href, 'cable', 1, file.text));
  files.forEach((file, index) => names.setDocument(documents[index].uri, namesOf(service.parse(documents[index], file.settings))));
  return files.map((file, index) => ({
    absolute: file.absolute,
    display: file.absolute,
    findings: service.getDiagnostics(documents[index], file.settings).map((diagnostic) => toFinding(file.absolute, diagnostic)),
  }));
}

it('the archive check finds what the editor shows in every file, C305 across files included', () => {
  assertProperty(
    fc.property(archive, fc.constantFrom(defaultKeepBudget, 0), (entries, keepBudget) => {
      const files = filesOf(entries);
      assert.deepEqual(checkedByCli(files, keepBudget), checkedByEditor(files));
    }),
    300,
  );
});
