import { CorpusLine, readCorpus } from '../../src/corpus/lines';
import { Directive, DocumentHints } from '../../src/ingest/model';
import { parseDocument } from '../../src/ingest/parse';

let cached: CorpusLine[] | undefined;

/** The corpus, read once per test file. */
export function corpus(): CorpusLine[] {
  cached ??= readCorpus();
  return cached;
}

/** The line's Federal Register citation, when it has a real one (a few say "N/A"). */
export function citationOf(line: CorpusLine): string | undefined {
  return line.citation && /^\d+ FR \d+$/.test(line.citation) ? line.citation : undefined;
}

/** What the corpus line says beside the text: the hints a loader passes. */
export function hintsOf(line: CorpusLine): DocumentHints {
  const frCitation = citationOf(line);
  return {
    kind: 'EXECUTIVE_ORDER',
    number: line.number,
    signedOn: line.signedOn,
    ...(line.title ? { title: line.title } : {}),
    ...(frCitation ? { frCitation } : {}),
  };
}

/** One order by number (the first line of a shared number). */
export function corpusOrder(number: string): CorpusLine {
  const line = corpus().find((l) => l.number === number);
  if (!line) throw new Error(`EO ${number} is not in the corpus`);
  return line;
}

/** One corpus order parsed as the corpus load parses it, with its line's hints. */
export function parsedOrder(number: string) {
  const line = corpusOrder(number);
  return parseDocument(line.text, hintsOf(line));
}

/** The order's first directive whose sentence matches `words`; an error naming both where there is none. */
export function directiveOf(number: string, words: RegExp): Directive {
  const found = parsedOrder(number).directives.find((d) => words.test(d.text));
  if (!found) throw new Error(`no directive of EO ${number} matches ${words}`);
  return found;
}

/** A directive's assignments as "ROLE:actor" ("LEAD:dod"; "?" where none resolved), in their order. */
export const actorsOf = (d: { assignments: { role: string; actorId?: string }[] }) =>
  d.assignments.map((a) => `${a.role}:${a.actorId ?? '?'}`);
