/**
 * Run with `node --expose-gc`: parses a 1 MB cable, then 200 one-character
 * edits in its body, each parsed from the one before as the server does, and
 * prints how much more heap is in use after them than after the first parse
 * (both after a full collection). Every version of the text is a new 2 MB
 * string (the text has curly quotes, so two bytes a character); a node that
 * moves into the next tree while holding a string cut from its own version
 * keeps that whole version alive.
 *
 * Usage: node --expose-gc out/test/support/heldAfterEdits.js → {"heldMB": n, "versionMB": n}
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, defaultSettings } from '../../server/src/service';
import { bytesOf, heapAfterCollection } from './heldMemory';
import { generateCableOfSize, Random } from './generate';

const service = createLanguageService();
// Only the document holds the first version: nothing here keeps it apart.
let document = TextDocument.create('file:///held.cable', 'cable', 1, generateCableOfSize(20261127, 1e6, { marks: true }));
const versionBytes = bytesOf(document.getText());
let tree = service.parse(document, defaultSettings);
const before = heapAfterCollection();
const random = new Random(3);
for (let edit = 0; edit < 200; edit++) {
  const offset = random.int(tree.body.start + 200, tree.body.end - 200);
  const at = document.positionAt(offset);
  document = TextDocument.update(document, [{ range: { start: at, end: at }, text: random.pick(['a', 'K', ' ', '1']) }], document.version + 1);
  tree = service.parse(document, defaultSettings);
}
const after = heapAfterCollection();
process.stdout.write(JSON.stringify({ heldMB: (after - before) / 1e6, versionMB: versionBytes / 1e6 }));
