import { CorpusLine, readCorpus } from '../../src/corpus/lines';
import { DocumentHints } from '../../src/ingest/model';

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
