/**
 * Run with `node --expose-gc`: reads 20 cables of 200,000 characters, each
 * with a capitalised word of 13 letters no other holds (`Wbcdefghijklm`), as
 * the workspace index reads closed files (their names alone) and as the
 * editor reads an open one (checked, then forgotten on close). Nothing is kept
 * of them afterwards, so it prints how much more heap is in use than before
 * (both after a full collection) beside what one text takes. A module-level
 * cache that kept such a word as V8 keeps a cut of 13 characters or more, a
 * view into its text, would keep every text it read.
 *
 * Usage: node --expose-gc out/test/support/heldAfterReading.js → {"heldMB": n, "textMB": n}
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, defaultSettings, namesOfCable } from '../../server/src/service';
import { bytesOf, heapAfterCollection } from './heldMemory';
import { generateCableOfSize } from './generate';

/** A capitalised word of 13 ASCII letters, a different one for each `index`. */
function wordOfThirteen(index: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let word = 'W';
  for (let place = 0; place < 12; place++) word += letters[(index * 7 + place * (index + 3)) % 26];
  return word;
}

const cables = 20;
const service = createLanguageService();

/** Reads cables `from` to `to` (exclusive) as the index and the editor do; returns one text's size in MB. */
function readCables(from: number, to: number): number {
  let textMB = 0;
  for (let index = from; index < to; index++) {
    const text = `${generateCableOfSize(20261128 + index, 200_000)}\nThe ${wordOfThirteen(index)} Committee met.\n`;
    textMB = bytesOf(text) / 1e6;
    namesOfCable(text);
    const uri = `file:///held/${index}.cable`;
    service.getDiagnostics(TextDocument.create(uri, 'cable', 1, text), defaultSettings);
    service.forget(uri);
  }
  return textMB;
}

// A round first, so the code and the caches' own tables are there before the count.
readCables(0, cables);
const before = heapAfterCollection();
const textMB = readCables(cables, 2 * cables);
const after = heapAfterCollection();
process.stdout.write(JSON.stringify({ heldMB: (after - before) / 1e6, textMB, cables }));
