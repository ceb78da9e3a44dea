import { Graph } from '../src/graph/run';
import { generateCorpus } from './corpus';
import { LoadStats, loadModels, loadRealCorpus, loadSeed, startDatabase } from './database';
import { Latency, Throughput, latencyInTurns, throughputHttp, throughputInProcess } from './measure';
import { Options } from './options';
import { clearStore, corpusFingerprint, loadedStore, realCorpusFingerprint, recordStore, storeDir } from './store';
import { Params, QUESTIONS, QuestionId } from './questions';
import { MissingField, Servers, WAYS, WayId, startServers } from './ways';

export type Status = 'ok' | 'missing' | 'mismatch' | 'error';

export interface WayResult {
  latency?: Latency;
  throughput?: Throughput;
  dbHits?: { dbHits: number; queries: number; uncounted: number };
}

export interface QuestionResult {
  id: QuestionId;
  title: string;
  status: Status;
  detail?: string;
  /** Length of the canonical answer (JSON characters): how the answer itself grows with the graph. */
  answerChars?: number;
  ways: Partial<Record<WayId, WayResult>>;
}

export interface SizeResult {
  size: string;
  neo4jVersion: string;
  load: LoadStats;
  /** True when the store was loaded by an earlier run (--store): `load` is that run's. */
  reusedStore: boolean;
  params: Params;
  questions: QuestionResult[];
  /** RSS of this process (our API runs in it, beside the other servers), MiB. */
  rssMiB: number;
}

/** One size: a Neo4j with the corpus loaded (or reused, with --store), every question checked, profiled and timed. */
export async function runSize(size: string, options: Options, log: (line: string) => void): Promise<SizeResult> {
  const real = size === 'corpus';
  const corpus = size === 'seed' || real ? undefined : generateCorpus(Number(size));
  const fingerprint = options.store && (real ? realCorpusFingerprint() : corpus && corpusFingerprint(corpus.models));
  const dir = fingerprint ? storeDir(options.store!, size) : undefined;
  const reused = dir && fingerprint ? loadedStore(dir, fingerprint) : undefined;
  if (dir && !reused) clearStore(dir);
  const db = await startDatabase(log, dir);
  try {
    let load: LoadStats;
    // The real corpus's longest revocation chain runs through EO 14148 (README).
    let documentId = real ? 'eo-14148' : 'eo-14010';
    if (reused) {
      ({ load } = reused);
      documentId = reused.chainDocumentId;
      log(`${size}: reusing the store loaded on ${reused.loadedAt} in ${dir}`);
    } else if (real) {
      load = await loadRealCorpus(db.graph);
    } else if (!corpus) {
      load = await loadSeed(db.graph);
    } else {
      documentId = corpus.chainDocumentId;
      load = await loadModels(db.graph, corpus.models, options.parallel, options.batch, `load ${size}`);
    }
    if (dir && !reused)
      recordStore(dir, {
        fingerprint: fingerprint!,
        load,
        chainDocumentId: documentId,
        loadedAt: new Date().toISOString(),
      });
    log(
      `${size}: loaded ${load.documents} documents, ${load.relationships} relationships in ${load.seconds.toFixed(1)} s (${load.documentsPerSecond.toFixed(2)} docs/s, ${load.relationshipsPerSecond.toFixed(0)} rels/s, ${load.parallel} in parallel, ${load.batch} a transaction)`,
    );
    if (options.loadOnly)
      return {
        size,
        neo4jVersion: db.version,
        load,
        reusedStore: Boolean(reused),
        params: {} as Params,
        questions: [],
        rssMiB: process.memoryUsage().rss / 2 ** 20,
      };
    const params = await pickParams(db.graph, size, documentId);
    const servers = await startServers(db.driver);
    try {
      const questions: QuestionResult[] = [];
      for (const q of QUESTIONS) questions.push(await runQuestion(servers, q.id, q.title, params, options, log));
      return {
        size,
        neo4jVersion: db.version,
        load,
        reusedStore: Boolean(reused),
        params,
        questions,
        rssMiB: process.memoryUsage().rss / 2 ** 20,
      };
    } finally {
      await servers.stop();
    }
  } finally {
    await db.stop();
  }
}

/** The questions' parameters, picked from the loaded graph. */
export async function pickParams(graph: Graph, size: string, documentId: string): Promise<Params> {
  const [busiest] = await graph.read<{ id: string }>(
    'MATCH (a:Agency) RETURN a.id AS id ORDER BY COUNT { (a)<-[:ASSIGNED_TO]-() } DESC, id LIMIT 1',
  );
  const [common] = await graph.read<{ action: string }>(
    'MATCH (d:Directive) WHERE d.dueOn IS NOT NULL RETURN d.action AS action, count(*) AS n ORDER BY n DESC, action LIMIT 1',
  );
  // The seed's and the real corpus's directives fall due in recent years; the synthetic ones from 1990.
  const recent = size === 'seed' || size === 'corpus';
  return {
    agencyId: busiest.id,
    documentId,
    action: common?.action ?? 'REVIEW',
    dueAfter: recent ? '2021-01-01' : '2000-01-01',
    dueBefore: recent ? (size === 'seed' ? '2021-12-31' : '2025-12-31') : '2004-12-31',
    pageSize: 20,
    searchText: 'asylum',
    directivesFirst: 50,
    chainDepth: 20,
    subgraphDepth: 2,
    subgraphLimit: 5000,
  };
}

async function runQuestion(
  servers: Servers,
  id: QuestionId,
  title: string,
  params: Params,
  options: Options,
  log: (line: string) => void,
): Promise<QuestionResult> {
  const result: QuestionResult = { id, title, status: 'ok', ways: {} };
  const answers = new Map<WayId, string>();
  for (const way of WAYS) {
    const ask = servers.ask(way, id, params);
    try {
      answers.set(way, JSON.stringify(ask.canonical(await ask.call())));
    } catch (error) {
      if (way === 'ours' && error instanceof MissingField)
        return { ...result, status: 'missing', detail: error.message };
      log(`ERROR ${id}: ${way}: ${(error as Error).message}`);
      return { ...result, status: 'error', detail: `${way}: ${(error as Error).message}` };
    }
  }
  const reference = answers.get('floorInProcess')!;
  const wrong = WAYS.filter((way) => answers.get(way) !== reference);
  if (wrong.length) {
    const detail = wrong
      .map((way) => `${way} differs from the floor: ${firstDifference(answers.get(way)!, reference)}`)
      .join('; ');
    log(`MISMATCH ${id}: ${detail}`);
    return { ...result, status: 'mismatch', detail };
  }
  log(`${id}: (a)=(b)=(c) (${reference.length} characters of canonical answer)`);
  result.answerChars = reference.length;
  if (options.hitsOnly) {
    for (const way of WAYS)
      if (way !== 'floorHttp') result.ways[way] = { dbHits: await servers.dbHits(way, id, params) };
    log(`  db hits: ${WAYS.map((way) => `${way} ${result.ways[way]?.dbHits?.dbHits ?? '-'}`).join(', ')}`);
    return result;
  }
  // Neo4j's JIT warms to a query over thousands of runs: the ways take turns warming up first,
  // so the way measured first does not pay for the warming of the others.
  const warmUntil = performance.now() + options.latencyBudget * 1000;
  for (let i = 0; i < options.warmup && performance.now() < warmUntil; i++) {
    for (const way of WAYS) await servers.ask(way, id, params).call();
  }
  const latencies = await latencyInTurns(
    Object.fromEntries(WAYS.map((way) => [way, servers.ask(way, id, params).call])) as Record<
      WayId,
      () => Promise<unknown>
    >,
    options.iterations,
    options.latencyBudget * 1000 * WAYS.length,
  );
  for (const way of WAYS) {
    const ask = servers.ask(way, id, params);
    const entry: WayResult = {};
    if (way !== 'floorHttp') entry.dbHits = await servers.dbHits(way, id, params);
    entry.latency = latencies[way];
    entry.throughput = ask.http
      ? await throughputHttp(ask.http.url, ask.http.body, options.connections, options.duration)
      : await throughputInProcess(ask.call, options.connections, options.duration);
    result.ways[way] = entry;
    log(
      `  ${way}: p50 ${entry.latency.p50.toFixed(2)} ms, ${entry.throughput.requestsPerSecond.toFixed(0)} req/s, ${entry.dbHits?.dbHits ?? '-'} db hits`,
    );
  }
  return result;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at character ${i}: got …${a.slice(Math.max(0, i - 60), i + 80)}… expected …${b.slice(Math.max(0, i - 60), i + 80)}…`;
}
