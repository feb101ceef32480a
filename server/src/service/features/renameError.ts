/** A new name or marker the format cannot hold; the message is shown to the user as is. */
export class RenameError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RenameError';
  }
}
