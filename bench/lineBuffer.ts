/**
 * The bench client's copy of the document it types into, kept as lines, the
 * way an editor keeps its buffer. A TextDocument makes one new flat string of
 * the whole text on every update: 1 MB for the typing suite's cable, which
 * made the client run its own full garbage collections every couple of dozen
 * keystrokes, and those pauses were timed as the server's latency. Here an
 * edit makes only the lines it touches. LF line endings only, as the
 * generated cables have.
 */
import type { Position, Range } from 'vscode-languageserver';
import { offsetAt, positionAt } from '../server/src/service/text/positions';

export class LineBuffer {
  private readonly lines: string[];
  /** Offset of each line's first character. */
  private readonly starts: number[];
  private textLength: number;

  constructor(
    text: string,
    public version = 1,
  ) {
    if (text.includes('\r')) throw new Error('LineBuffer holds LF line endings only');
    this.lines = text.split('\n');
    this.starts = new Array<number>(this.lines.length);
    this.starts[0] = 0;
    this.restartFrom(0);
    this.textLength = text.length;
  }

  get length(): number {
    return this.textLength;
  }

  positionAt(offset: number): Position {
    return positionAt(this.starts, Math.max(0, Math.min(offset, this.textLength)));
  }

  offsetAt(position: Position): number {
    return offsetAt(this.starts, this.textLength, position);
  }

  /** Replaces `range` with `text`, as a `didChange` content change does. */
  apply(change: { range: Range; text: string }): void {
    const { start, end } = change.range;
    const removed = this.offsetAt(end) - this.offsetAt(start);
    const joined = this.lines[start.line].slice(0, start.character) + change.text + this.lines[end.line].slice(end.character);
    this.lines.splice(start.line, end.line - start.line + 1, ...joined.split('\n'));
    this.starts.length = this.lines.length;
    this.restartFrom(start.line);
    this.textLength += change.text.length - removed;
  }

  /** The whole text, for checks of the buffer itself. */
  getText(): string {
    return this.lines.join('\n');
  }

  /** Line starts after `line`, from the lengths of the lines before them. */
  private restartFrom(line: number): void {
    for (let index = line + 1; index < this.lines.length; index++) this.starts[index] = this.starts[index - 1] + this.lines[index - 1].length + 1;
  }
}
