/**
 * The names of a cable, read without the rest of the inline pass: for the
 * workspace index, which keeps nothing else of the files it reads from disk,
 * and for references and rename, which need nothing else of the other files.
 * The blocks are read as a full parse reads them, and each leaf block's runs
 * are scanned for names as the inline pass scans them; marks, footnote
 * references, time groups, number signs and signatures, which no name
 * depends on, are not read. Indexing a workspace spends most of its time
 * here. A property test checks that the names equal a full parse's, in order.
 */
import { readZones } from './blocks';
import { hasText, hidesLines, namesOfRuns, runsOf } from './inlinePass';
import { blockLines, splitLines } from './lines';
import type { BodyBlock, CableTree, FooterBlock, HeaderBlock, NameNode, SourceLine } from './tree';

/** A text's names, with what places them in it: the start of each line. */
export interface NamedText extends Pick<CableTree, 'text' | 'lineStarts'> {
  names: readonly NameNode[];
}

export function namesOfCable(text: string): NameNode[] {
  return namesOfLines(text, splitLines(text));
}

export function namedText(text: string): NamedText {
  const lines = splitLines(text);
  return { text, lineStarts: lines.map((line) => line.start), names: namesOfLines(text, lines) };
}

function namesOfLines(text: string, lines: SourceLine[]): NameNode[] {
  const zones = readZones(text, blockLines(lines));
  const names: NameNode[] = [];
  namesOfBlocks(text, zones.header.blocks, names);
  namesOfBlocks(text, zones.body.blocks, names);
  if (zones.footer) namesOfBlocks(text, zones.footer.blocks, names);
  return names;
}

function namesOfBlocks(text: string, blocks: ReadonlyArray<HeaderBlock | BodyBlock | FooterBlock>, names: NameNode[]): void {
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (block.type === 'quote') namesOfBlocks(text, block.blocks, names);
    else if (hasText(block)) {
      const runs = runsOf(text, block);
      if (runs.length > 0) namesOfRuns(text, runs, hidesLines(text, block, runs), names);
    }
  }
}
