/** The bytes V8 keeps a string in: two a character once any character is past Latin-1, else one. */
export function bytesOf(text: string): number {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0xff) return 2 * text.length;
  return text.length;
}
