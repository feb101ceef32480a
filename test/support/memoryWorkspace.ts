/** An in-memory workspace for references and rename across documents: each document's names, and which were read. */
import { NameIndex, namedText, type NamedText } from '../../server/src/service/index';
import type { WorkspaceNames } from '../../server/src/service/features/references';

export class MemoryWorkspace implements WorkspaceNames {
  readonly read: string[] = [];
  private readonly documents = new Map<string, NamedText>();

  constructor(
    texts: Record<string, string>,
    private readonly onRead: (uri: string) => void = () => undefined,
  ) {
    for (const [documentUri, text] of Object.entries(texts)) this.documents.set(documentUri, namedText(text));
  }

  uris(): Iterable<string> {
    return this.documents.keys();
  }

  async names(documentUri: string): Promise<NamedText | undefined> {
    this.read.push(documentUri);
    this.onRead(documentUri);
    return this.documents.get(documentUri);
  }

  /** A name index over the documents, as the server's workspace index would hold it. */
  index(): NameIndex {
    const names = new NameIndex();
    for (const [documentUri, document] of this.documents) names.setDocument(documentUri, document.names);
    return names;
  }
}
