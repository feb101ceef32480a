/** What the held-memory scripts (run with `node --expose-gc`) measure with. */

/** The bytes V8 keeps a string in: two a character once any character is past Latin-1, else one. */
export function bytesOf(text: string): number {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0xff) return 2 * text.length;
  return text.length;
}

/** The heap in use after two full collections; throws unless Node runs with --expose-gc. */
export function heapAfterCollection(): number {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with node --expose-gc');
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}
