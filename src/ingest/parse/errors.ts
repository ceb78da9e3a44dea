/** Thrown when a text cannot be read as a Presidential document; the message says what to fix. */
export class ParseError extends Error {
  /**
   * When what is wrong is a fact the text does not state: which of the hints would give it, so
   * each front end can name its own way (the CLI's --number, the mutation's `number`).
   */
  constructor(
    message: string,
    readonly missing?: { problem: string; hints: Array<'kind' | 'number' | 'signedOn'> },
  ) {
    super(message);
    this.name = 'ParseError';
  }
}
