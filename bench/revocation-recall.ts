/**
 * Revocation recall over the corpus, per decade (issue 15): of the texts whose own words say a
 * numbered order "is (hereby) revoked", how many yield that revocation; and of the catalogue
 * sample's revocations whose revoking text is in the corpus, how many the text yields.
 *
 * Texts the parser refuses are still measured: their relations are read from the body as it
 * stands (paragraphs, no sections), so the figure is about the relation rules, not acceptance.
 *
 *   npm run bench:recall [-- --lines]
 */
import path from 'node:path';
import { CorpusLine, readCorpus } from '../src/corpus/lines';
import { statedRevocations } from '../src/corpus/recall';
import { readCatalogueFile } from '../src/federal-register/catalogue';
import { mergeRelations, parseDispositionNotes } from '../src/federal-register/notes';
import { Provision, Revocation } from '../src/ingest/model';
import { parseDocument } from '../src/ingest/parse';
import { documentId } from '../src/ingest/parse/ids';
import { findRelations } from '../src/ingest/parse/relations';
import { flatten } from '../src/ingest/parse/flatten';
import { normalizeLines } from '../src/ingest/parse/normalize';

export { statedRevocations };

export interface Tally {
  expected: number;
  found: number;
}

export interface RecallReport {
  /** Texts whose words say a numbered order is revoked, by decade ('1940s'); found = every such order yielded. */
  texts: Map<string, Tally>;
  /** Catalogue sample revocations whose revoking text is in the corpus, by decade of the revoking order. */
  catalogue: Map<string, Tally>;
  /** What was not found, for reading: `eo-N -> eo-M`. */
  missed: string[];
  refused: number;
}

function decade(iso: string): string {
  return `${iso.slice(0, 3)}0s`;
}

/**
 * How a text is read: `parser` is parseDocument (a text it refuses is read from its lines as
 * they stand); `lines` reads every text from its lines as they stand, which measures the
 * relation rules apart from where the parser's front end puts the body today.
 */
/**
 * The text as unnumbered paragraphs, one provision each: no outline, nothing dropped. A line that
 * stops mid-sentence ("at U.S." + "Naval Station", a title wrapped to the next line) goes on in
 * the next one unless that one opens a numbered clause.
 */
export function paragraphs(docId: string, text: string): Provision[] {
  const joined: string[] = [];
  for (const line of normalizeLines(text).filter(Boolean)) {
    const previous = joined[joined.length - 1];
    const open = previous !== undefined && (!/[.:;!?"')\]]$/.test(previous) || /\b(?:U\.S|[A-Z])\.$/.test(previous));
    if (open && !/^(?:\(\w{1,4}\)|\d{1,3}\.|Sec(?:tion|\.)|SEC\.)\s/.test(line))
      joined[joined.length - 1] = `${previous} ${line}`;
    else joined.push(line);
  }
  return joined.map((line, order) => ({
    id: `${docId}:p${order + 1}`,
    path: `p${order + 1}`,
    text: flatten(line),
    order,
  }));
}

export type ReadMode = 'parser' | 'lines';

export function revocationsOf(line: CorpusLine, mode: ReadMode): { revocations: Revocation[]; refused: boolean } {
  const id = documentId('EXECUTIVE_ORDER', line.number);
  const fromLines = () => findRelations(paragraphs(id, line.text), id).filter((r) => r.type === 'REVOKES');
  if (mode === 'lines') return { revocations: fromLines(), refused: false };
  const hints = {
    kind: 'EXECUTIVE_ORDER' as const,
    number: line.number,
    signedOn: line.signedOn,
    ...(line.title ? { title: line.title } : {}),
  };
  try {
    return { revocations: parseDocument(line.text, hints).revocations, refused: false };
  } catch {
    return { revocations: fromLines(), refused: true };
  }
}

function bump(map: Map<string, Tally>, key: string, found: boolean): void {
  const t = map.get(key) ?? { expected: 0, found: 0 };
  t.expected++;
  if (found) t.found++;
  map.set(key, t);
}

export function measureRecall(lines: CorpusLine[], catalogueFile: string, mode: ReadMode): RecallReport {
  const report: RecallReport = { texts: new Map(), catalogue: new Map(), missed: [], refused: 0 };
  const revokedBy = new Map<string, Set<string>>(); // revoking id -> ids its text yields
  const lineOf = new Map<string, CorpusLine>();
  for (const line of lines) {
    const id = `eo-${line.number}`;
    const stated = statedRevocations(line.text);
    stated.delete(id);
    const wanted = stated.size > 0;
    const { revocations, refused } = revocationsOf(line, mode);
    if (refused) report.refused++;
    const yielded = new Set(revocations.map((r) => r.target.id));
    revokedBy.set(id, new Set([...(revokedBy.get(id) ?? []), ...yielded]));
    lineOf.set(id, line);
    if (!wanted) continue;
    const missing = [...stated].filter((t) => !yielded.has(t));
    bump(report.texts, decade(line.signedOn), missing.length === 0);
    for (const t of missing) report.missed.push(`text ${id} (${line.signedOn}) -> ${t}`);
  }
  const { orders } = readCatalogueFile(catalogueFile);
  const notes = orders.flatMap((o) =>
    o.dispositionNotes ? parseDispositionNotes(o.dispositionNotes, o.id).relations : [],
  );
  for (const r of mergeRelations(notes)) {
    if (r.type !== 'REVOKES' || r.inPart || !lineOf.has(r.from)) continue;
    const found = revokedBy.get(r.from)?.has(r.to) ?? false;
    bump(report.catalogue, decade(lineOf.get(r.from)!.signedOn), found);
    if (!found) report.missed.push(`catalogue ${r.from} -> ${r.to}`);
  }
  return report;
}

/** Relative to the project root, where npm and jest run. */
export const SAMPLE_CATALOGUE = path.resolve('test', 'fixtures', 'federal-register', 'executive-orders.sample.json');

function table(map: Map<string, Tally>): string {
  return [...map.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([d, t]) => `  ${d}: ${t.found}/${t.expected} (${((100 * t.found) / t.expected).toFixed(1)}%)`)
    .join('\n');
}

// Run directly (compiled or bundled under this name), not when a test imports it.
if (/revocation-recall(?:\.[jt]s)?$/.test(process.argv[1] ?? '')) {
  const mode: ReadMode = process.argv.includes('--lines') ? 'lines' : 'parser';
  const catalogue = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? SAMPLE_CATALOGUE;
  const report = measureRecall(readCorpus(), catalogue, mode);
  console.log(`read by: ${mode}; refused by the parser (so read from their lines): ${report.refused}`);
  console.log(`texts saying a numbered order is revoked, yielding every such order:\n${table(report.texts)}`);
  console.log(`catalogue sample revocations whose revoking text is in the corpus:\n${table(report.catalogue)}`);
  if (process.env.MISSED) console.log(report.missed.join('\n'));
}
