/**
 * Runs in a worker thread of the parse pool (parse-pool.ts): one document's text to its model.
 * A ParseError is the client's fault and comes back as a value, since an error crossing the
 * thread boundary loses its class.
 */
import { DocumentHints, DocumentModel } from './model';
import { ParseError, parseDocument } from './parse';
import { warmUpParser } from './warm-up';

export interface ParseTask {
  text: string;
  hints: DocumentHints;
}

export type ParseOutcome = { model: DocumentModel } | { parseError: string };

export default function parseTask({ text, hints }: ParseTask): ParseOutcome {
  try {
    return { model: parseDocument(text, hints) };
  } catch (error) {
    if (error instanceof ParseError) return { parseError: error.message };
    throw error;
  }
}

/** The pool's task `warmUp` (by name): parse the seed texts, so the thread's first real text finds the parser compiled. */
export function warmUp(): number {
  return warmUpParser();
}
