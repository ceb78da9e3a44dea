/**
 * What the parser reaches in the corpus, per decade, and how many of the revocations the texts
 * state it finds. Pure: parseDocument over every line, no database, so it reflects whatever
 * parser the checkout has.
 */
import { actorResolution, ActorResolution, addResolution, emptyResolution } from '../ingest/actor-resolution';
import { DocumentModel } from '../ingest/model';
import { parseDocument } from '../ingest/parse';
import { loadReference } from '../ingest/reference';
import { CorpusLine } from './lines';
import { corpusHints } from './model';
import { RecallMeasure, RevocationPair, revocationRecall } from './recall';

export interface DecadeCounts {
  decade: string; // '1930s'
  texts: number;
  accepted: number;
  refused: number;
  directives: number;
  /** Directives with a deadline: a period (days, months, years), a date the text names, or a day of every year. */
  deadlines: number;
  /** Of those, the ones whose due date is known (a named date, or a period counted from the order). */
  dueDates: number;
  /** Directives that recur: "shall report annually", "at least quarterly", "by March 15 of each year". */
  repeating: number;
  revocations: number;
  /** Distinct agencies the decade's accepted texts name. */
  agencies: number;
  /** Actor mentions of directives (each "who shall act" that became an assignment). */
  agencyMentions: number;
  /** Of those, the ones resolved to a register agency, a group or a body the order establishes (issue 16). */
  resolvedMentions: number;
  /** Citations of the Federal Register (`NN FR NNNN`) in the texts. */
  frCitations: number;
}

export interface Refusal {
  reason: string; // the parser's message with the order's own id and number taken out
  numbers: string[];
}

export interface CorpusReport {
  decades: DecadeCounts[];
  total: DecadeCounts;
  refusals: Refusal[];
  catalogueRecall: RecallMeasure;
  textRecall: RecallMeasure;
  /** Every accepted text's actor mentions by what they resolved to, with the unresolved words. */
  actors: ActorResolution;
  seconds: number;
}

/** Parses every line once; `catalogue` are the revocations the FR notes state (see recall.ts). */
export function buildReport(lines: CorpusLine[], catalogue: RevocationPair[]): CorpusReport {
  const started = Date.now();
  const decades = new Map<string, DecadeCounts>();
  const agencyIds = new Map<string, Set<string>>();
  const refusals = new Map<string, string[]>();
  const models = new Map<CorpusLine, DocumentModel>();
  const registerIds = new Set(loadReference().agencies.map((a) => a.id));
  const actors = emptyResolution();
  for (const line of lines) {
    const decade = `${line.signedOn.slice(0, 3)}0s`;
    const counts = decades.get(decade) ?? emptyCounts(decade);
    decades.set(decade, counts);
    counts.texts += 1;
    let model: DocumentModel;
    try {
      model = parseDocument(line.text, corpusHints({ ...line, id: `eo-${line.number}` }));
    } catch (error) {
      counts.refused += 1;
      const reason = generalReason((error as Error).message, line.number);
      refusals.set(reason, [...(refusals.get(reason) ?? []), line.number]);
      continue;
    }
    models.set(line, model);
    counts.accepted += 1;
    const resolution = actorResolution(model, registerIds);
    addResolution(actors, resolution);
    const mentions = Object.values(resolution.counts).reduce((a, b) => a + b, 0);
    counts.agencyMentions += mentions;
    counts.resolvedMentions += mentions - resolution.counts.UNRESOLVED;
    addModel(counts, model, agencyIds.get(decade) ?? agencyIds.set(decade, new Set()).get(decade)!);
  }
  for (const [decade, ids] of agencyIds) decades.get(decade)!.agencies = ids.size;
  const ordered = [...decades.values()].sort((a, b) => a.decade.localeCompare(b.decade));
  const allAgencies = new Set([...agencyIds.values()].flatMap((ids) => [...ids]));
  return {
    decades: ordered,
    total: { ...sumCounts(ordered), agencies: allAgencies.size },
    refusals: [...refusals]
      .map(([reason, numbers]) => ({ reason, numbers }))
      .sort((a, b) => b.numbers.length - a.numbers.length),
    ...revocationRecall(lines, models, catalogue),
    actors,
    seconds: (Date.now() - started) / 1000,
  };
}

function addModel(counts: DecadeCounts, model: DocumentModel, agencies: Set<string>): void {
  counts.directives += model.directives.length;
  for (const d of model.directives) {
    const due = d.deadlineDays ?? d.deadlineMonths ?? d.dueOn ?? d.dueEachYearOn;
    if (due !== undefined) counts.deadlines++;
    if (d.dueOn !== undefined) counts.dueDates++;
    if (d.repeatsEvery !== undefined) counts.repeating++;
  }
  counts.revocations += model.revocations.length;
  for (const agency of model.agencies) agencies.add(agency.id);
  counts.frCitations += model.citations.filter((c) => c.targetId.startsWith('fr-')).length;
}

/** Refusals grouped by what went wrong, not by which order: ids and numbers become N. */
function generalReason(message: string, number: string): string {
  return message
    .split('\n')[0]
    .replace(/\beo-[\w-]+/g, 'eo-N')
    .replace(new RegExp(`\\b${number}\\b`, 'g'), 'N')
    .trim();
}

function emptyCounts(decade: string): DecadeCounts {
  return {
    decade,
    texts: 0,
    accepted: 0,
    refused: 0,
    directives: 0,
    deadlines: 0,
    dueDates: 0,
    repeating: 0,
    revocations: 0,
    agencies: 0,
    agencyMentions: 0,
    resolvedMentions: 0,
    frCitations: 0,
  };
}

function sumCounts(all: DecadeCounts[]): DecadeCounts {
  const total = emptyCounts('all');
  for (const counts of all) {
    for (const key of Object.keys(total) as (keyof DecadeCounts)[]) {
      if (key !== 'decade') (total[key] as number) += counts[key] as number;
    }
  }
  return total;
}
