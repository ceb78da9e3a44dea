/** Thrown when a text cannot be read as a Presidential document; the message says what to fix. */
export class ParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ParseError';
  }
}
