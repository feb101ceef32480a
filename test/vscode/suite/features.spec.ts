/**
 * Language features through VS Code's own `vscode.execute…Provider`
 * commands, which go through the whole chain: the editor's provider
 * registry, the language client, the server, and back.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, lineStartingWith, positionOf, showInTab, waitForDiagnostics, workspaceFile } from './helpers';

const workedExample = 'cable-25025.cable';

/** An untitled Cable document holding `text`: edits for a test without touching files on disk. */
async function scratchDocument(text: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument({ language: 'cable', content: text });
}

/** The worked example with its `Received:` header line replaced by `line`. */
async function workedExampleWith(line: string): Promise<{ document: vscode.TextDocument; position: vscode.Position }> {
  const original = (await vscode.workspace.openTextDocument(workspaceFile(workedExample))).getText();
  const lines = original.split('\n');
  const index = lineStartingWith(original, 'Received:');
  lines[index] = line;
  const document = await scratchDocument(lines.join('\n'));
  return { document, position: new vscode.Position(index, line.length) };
}

async function completionLabels(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList | undefined>('vscode.executeCompletionItemProvider', document.uri, position);
  return (list?.items ?? []).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

type SymbolLike = vscode.DocumentSymbol | vscode.SymbolInformation;

function symbolNames(symbols: readonly SymbolLike[], depth = 0): Array<{ name: string; depth: number }> {
  return symbols.flatMap((symbol) => [{ name: symbol.name, depth }, ...('children' in symbol ? symbolNames(symbol.children, depth + 1) : [])]);
}

suite('Language features', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('completion after `Re` at the start of a header line offers Received', async () => {
    const { document, position } = await workedExampleWith('Re');
    const labels = await completionLabels(document, position);
    assert.ok(labels.includes('Received'), `completion offered: ${labels.slice(0, 30).join(', ') || '(nothing)'}`);
  });

  test('completion after `19 Oc` offers October', async () => {
    const { document, position } = await workedExampleWith('Received: 1135 19 Oc');
    const labels = await completionLabels(document, position);
    assert.ok(labels.includes('October'), `completion offered: ${labels.slice(0, 30).join(', ') || '(nothing)'}`);
  });

  test('hover on the time group `1205 19 October` reads it as 1951-10-19', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile(workedExample));
    const line = lineStartingWith(document, 'Deciphered:');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, line, '1205 19 October', 1));
    const text = hoverText(hovers);
    assert.ok(text.includes('1951-10-19'), `hover text: ${text || '(no hover)'}`);
  });

  test('inlay hints show the footer’s `1205 19 October` read as 1951-10-19, just after the group', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile(workedExample));
    const line = lineStartingWith(document, 'Deciphered:');
    const range = new vscode.Range(line, 0, line + 1, 0);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
    const shown = hints.map((hint) => `${hint.position.line}:${hint.position.character} ${typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')}`);
    const groupEnd = positionOf(document, line, '1205 19 October', '1205 19 October'.length);
    assert.deepEqual(shown, [`${groupEnd.line}:${groupEnd.character} 1951-10-19`]);
  });

  test('the outline shows the header, the quoted telegram and the footer', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile(workedExample));
    const symbols = await vscode.commands.executeCommand<SymbolLike[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri);
    const names = symbolNames(symbols ?? []);
    const topLevel = names.filter((entry) => entry.depth === 0).map((entry) => entry.name);
    const shown = names.map((entry) => `${'  '.repeat(entry.depth)}${entry.name}`).join('\n') || '(no symbols)';
    assert.ok(topLevel.includes('Header'), `outline:\n${shown}`);
    assert.ok(topLevel.includes('Footer'), `outline:\n${shown}`);
    // Named by its signature, like the server's outline does ("Quoted telegram — MAO ZEDONG").
    assert.ok(
      names.some((entry) => /quot/i.test(entry.name)),
      `no quoted telegram in the outline:\n${shown}`,
    );
  });

  test('go to definition leads from a footnote reference to its note', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('decrypt-venona.cable'));
    const reference = positionOf(document, lineStartingWith(document, 'To VIKTOR[i]'), '[i]', 1);
    const noteLine = lineStartingWith(document, '[i] ');
    const targets = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, reference);
    assert.ok(targets.length > 0, 'no definition for the footnote reference [i]');
    const target = targets[0];
    const [uri, range] = 'targetUri' in target ? [target.targetUri, target.targetSelectionRange ?? target.targetRange] : [target.uri, target.range];
    assert.equal(uri.toString(), document.uri.toString());
    assert.equal(range.start.line, noteLine, `definition went to line ${range.start.line + 1}, the note [i] is on line ${noteLine + 1}`);
  });

  // Where in the cable an entry leads is filled in when it is picked (workspaceSymbol/resolve), which the API command does not do: the protocol tests check it.
  test('Go to Symbol in Workspace finds a name in the cables, an entry for each cable using it', async () => {
    const find = (query: string) => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);
    // The workspace index is read in the background: wait until it has the worked example.
    let symbols: vscode.SymbolInformation[] = [];
    for (let attempt = 0; attempt < 100 && !symbols.some((symbol) => symbol.location.uri.path.endsWith(`/${workedExample}`)); attempt++) {
      symbols = (await find('kenong')).filter((symbol) => symbol.name === 'Li Kenong');
      if (symbols.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const symbol = symbols.find((candidate) => candidate.location.uri.path.endsWith(`/${workedExample}`));
    assert.ok(symbol, `no “Li Kenong” in ${workedExample}; found: ${symbols.map((found) => `${found.name} ${found.location.uri.path}`).join(', ') || '(none)'}`);
    assert.equal(symbol.kind, vscode.SymbolKind.String);
    assert.equal(new Set(symbols.map((found) => found.location.uri.toString())).size, symbols.length, 'one entry per cable');
  });

  test('the C304 quick fix replaces exactly the number sign it names', async () => {
    const uri = workspaceFile('errors/C304-mixed-number-signs.cable');
    const document = await showInTab(uri);
    const original = document.getText();
    const [diagnostic] = (await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === 'C304'), 'C304 in its sample')).filter((d) => codeOf(d) === 'C304');

    // itemResolveCount: a server that fills in edits lazily (codeAction/resolve) resolves them here.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 10);
    // The API command drops each action's `diagnostics`; asking for quick fixes at the diagnostic's range is what ties them to it.
    const fixes = actions.filter((action) => action.kind !== undefined && vscode.CodeActionKind.QuickFix.contains(action.kind));
    const fix = fixes.find((action) => action.isPreferred) ?? fixes[0];
    assert.ok(fix, `no quick fix for C304; actions offered: ${actions.map((action) => action.title).join(' | ') || '(none)'}`);
    assert.ok(fix.edit, `the quick fix "${fix.title}" carries no edit`);

    const entries = fix.edit.entries();
    assert.deepEqual(entries.map(([target]) => target.toString()), [uri.toString()], 'the fix edits other files');
    const edits = entries[0][1];
    for (const edit of edits) {
      const replaced = document.getText(edit.range);
      // The title names both signs ("Write № here instead of Nº"): the edit must do exactly that.
      assert.ok(fix.title.includes(edit.newText) && fix.title.includes(replaced), `"${fix.title}" replaces ${JSON.stringify(replaced)} with ${JSON.stringify(edit.newText)}`);
      assert.ok(diagnostic.range.contains(edit.range), `the edit at ${edit.range.start.line + 1}:${edit.range.start.character + 1} lies outside the diagnostic`);
    }
    const expected = applyEdits(document, edits);

    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'VS Code refused the edit');
      assert.equal(document.getText(), expected, 'the document changed elsewhere than in the edit');
      await waitForDiagnostics(uri, (all) => !all.some((d) => codeOf(d) === 'C304'), 'C304 gone after the quick fix');
    } finally {
      const restore = new vscode.WorkspaceEdit();
      restore.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
      await vscode.workspace.applyEdit(restore);
      await document.save();
    }
  });
});

suite('editorial marks on a selection', () => {
  suiteSetup(activateExtension);

  test('“Mark as a doubtful reading” is offered for a selection and puts [unclear: …] around it, nothing else', async () => {
    const uri = workspaceFile(workedExample);
    const document = await showInTab(uri);
    const original = document.getText();
    const line = lineStartingWith(document, 'I am sending you');
    const range = new vscode.Range(positionOf(document, line, 'the text'), positionOf(document, line, 'the text', 'the text'.length));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, 'refactor.rewrite.cable.unclear');
    assert.deepEqual(actions.map((action) => action.title), ['Mark as a doubtful reading: [unclear: …]']);
    const edit = actions[0].edit;
    assert.ok(edit, 'the action carries its edit');
    try {
      assert.ok(await vscode.workspace.applyEdit(edit), 'VS Code refused the edit');
      assert.equal(document.getText(), original.replace('I am sending you the text of', 'I am sending you [unclear: the text] of'));
    } finally {
      const restore = new vscode.WorkspaceEdit();
      restore.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
      await vscode.workspace.applyEdit(restore);
      await document.save();
    }
  });
});

/** The text `edits` would produce, computed independently of VS Code's edit machinery. */
function applyEdits(document: vscode.TextDocument, edits: readonly vscode.TextEdit[]): string {
  let text = document.getText();
  const byOffset = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
  for (const edit of byOffset) {
    text = text.slice(0, document.offsetAt(edit.range.start)) + edit.newText + text.slice(document.offsetAt(edit.range.end));
  }
  return text;
}
