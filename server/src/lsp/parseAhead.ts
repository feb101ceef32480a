/**
 * Parses a changed document as soon as the server is idle, while the
 * diagnostics wait for the pause in typing: the check after the pause then
 * finds the tree built and only runs the rules. Each version is parsed from
 * the one before, so every parse is a small incremental one. A burst of
 * changes that arrives during one parse is covered by one more parse of the
 * latest version, not one per change.
 */
export class ParseAhead {
  private readonly pending = new Map<string, NodeJS.Immediate>();

  constructor(private readonly parse: (uri: string) => void) {}

  changed(uri: string): void {
    if (this.pending.has(uri)) return;
    this.pending.set(
      uri,
      setImmediate(() => {
        this.pending.delete(uri);
        this.parse(uri);
      }),
    );
  }

  cancel(uri: string): void {
    const pending = this.pending.get(uri);
    if (pending) clearImmediate(pending);
    this.pending.delete(uri);
  }

  dispose(): void {
    for (const uri of [...this.pending.keys()]) this.cancel(uri);
  }
}
