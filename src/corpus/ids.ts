/**
 * Ids of the corpus's orders. Most numbers name one order: `eo-N`, as DESIGN.md's scheme says.
 * 127 numbers occur on several lines: lettered orders of the 1930s-40s (6106 and 6106-A ...)
 * whose letter the source dropped. Which line was the lettered one is not known, so no line of
 * such a number may take the bare `eo-N`: each gets `eo-N-K`, K counting from 1 among the lines
 * of that number ordered by signing date, then by source path (unique per line, so the order
 * is total and the same on every load). `eo-N` itself then names the number, not an order: a
 * reference to it that the text cannot settle stays there, marked ambiguous (see refs.ts).
 */
import { CorpusLine } from './lines';

/** A corpus line with the id it is loaded under. */
export interface IdentifiedLine extends CorpusLine {
  id: string;
}

/** Lines of one shared number, in id order. */
export type SharedNumbers = Map<string, IdentifiedLine[]>;

export interface CorpusIds {
  lines: IdentifiedLine[];
  /** Number -> its lines, for the numbers that several lines share. */
  shared: SharedNumbers;
}

export function identifyLines(lines: CorpusLine[]): CorpusIds {
  const byNumber = new Map<string, CorpusLine[]>();
  for (const line of lines) {
    const group = byNumber.get(line.number);
    if (group) group.push(line);
    else byNumber.set(line.number, [line]);
  }
  const ids = new Map<CorpusLine, string>();
  const shared: SharedNumbers = new Map();
  for (const [number, group] of byNumber) {
    if (group.length === 1) {
      ids.set(group[0], `eo-${number}`);
      continue;
    }
    const ordered = [...group].sort((a, b) => compare(a.signedOn, b.signedOn) || compare(a.path, b.path));
    ordered.forEach((line, i) => ids.set(line, sharedNumberId(number, i + 1)));
    shared.set(
      number,
      ordered.map((line) => ({ ...line, id: ids.get(line)! })),
    );
  }
  return { lines: lines.map((line) => ({ ...line, id: ids.get(line)! })), shared };
}

/** `eo-6106-2`: the second order (by date, then source path) of those numbered 6106. */
export function sharedNumberId(number: string, ordinal: number): string {
  return `eo-${number}-${ordinal}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
