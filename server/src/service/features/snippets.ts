/**
 * Snippets in LSP snippet syntax (`${1:default}`, `${1|a,b|}`, `$0`), used by
 * completion and by the client's `Cable: New Cable` command. Every default is a
 * valid value, so a skeleton accepted as it is checks without a diagnostic.
 */

/** A new cable: catalogue record, header fields, body with its signature, footer. */
export const newCableSnippet: string = [
  '---',
  'title: ${1:Cable No. 1, Sender to Addressee}',
  'date: ${2:1951-10-18}',
  'source: ${3:https://example.org/document/1}',
  'archive: ${4:Archive}',
  'language: ${5:Russian}',
  'translation: ${6:English}',
  '---',
  'Cable: ${7|№,Nº,No.,#|} ${8:1}',
  'Classification: ${9:SECRET}',
  'From: ${10:[PLACE]}',
  'To: ${11:Cde. Addressee}',
  'Received: ${12:1135 19 October 1951}',
  '',
  '$0',
  '',
  '${13:SENDER NAME}',
  '',
  '-----',
  'Deciphered: ${14:Name} ${15:1205 19 October}',
  'Copies printed: ${16:1}',
  '',
].join('\n');

/** A stamp, `[Stamp: …]`, with the cursor left after it. */
export const stampSnippet: string = '[Stamp: ${1:text}]$0';
