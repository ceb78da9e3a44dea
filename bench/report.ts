import { QuestionResult, SizeResult } from './size';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  neo4j: string;
  platform: string;
}

export interface RunResult {
  date: string;
  machine: Machine;
  options: unknown;
  sizes: SizeResult[];
  /** Checks that failed and crashes: a non-empty list makes the run exit non-zero. */
  failures: string[];
}

const ms = (x?: number) => (x === undefined ? '–' : x.toFixed(2));
const ratio = (a?: number, b?: number) => (a === undefined || !b ? '–' : (a / b).toFixed(2));
const int = (x?: number) => (x === undefined ? '–' : Math.round(x).toLocaleString('en-US'));

/** The markdown summary (bench/results/latest.md): ratios per question and size, targets flagged. */
export function markdown(run: RunResult): string {
  const m = run.machine;
  const lines = [
    '# Benchmark results',
    '',
    `Run ${run.date} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB.toFixed(0)} GiB, Node ${m.node}, Neo4j ${m.neo4j} (${m.platform}).`,
    'Our API runs in-process with the other servers; the machine is shared, so absolute numbers are noisy — ratios are the point.',
    '',
    'Targets (reported, not enforced): ours p50 ≤ 1.5 × the minimal-HTTP floor; ours req/s ≥ @neo4j/graphql (aim 2×);',
    'cost does not grow with the graph where the answer does not (compare 1,000 and 20,000 documents).',
    '',
  ];
  if (run.failures.length) lines.push('**Failures:**', '', ...run.failures.map((f) => `- ${f}`), '');
  for (const size of run.sizes) lines.push(...sizeTable(size));
  lines.push(...growth(run.sizes));
  return `${lines.join('\n')}\n`;
}

function sizeTable(size: SizeResult): string[] {
  const l = size.load;
  const lines = [
    `## ${size.size === 'seed' ? 'Seed (EO 14010 and the seed texts)' : `${Number(size.size).toLocaleString('en-US')} documents`}`,
    '',
    `Loaded ${l.documents} documents, ${int(l.relationships)} relationships in ${l.seconds.toFixed(1)} s: ${l.documentsPerSecond.toFixed(2)} docs/s, ${int(l.relationshipsPerSecond)} relationships/s (${l.parallel} transactions in parallel, ${l.batch ?? 1} documents each${size.reusedStore ? '; the store was loaded by an earlier run and reused' : ''}). API process RSS at the end: ${int(size.rssMiB)} MiB.`,
    '',
    '| question | status | ours p50 / p95 / p99 ms | floor HTTP p50 | floor in-process p50 | @neo4j/graphql p50 | ours / floor p50 | ours req/s | @neo4j/graphql req/s | floor HTTP req/s | ours / @neo4j/graphql req/s | db hits ours / @neo4j/graphql / floor | targets missed |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const q of size.questions) lines.push(row(q));
  lines.push('');
  for (const q of size.questions.filter((x) => x.detail))
    lines.push(`- ${q.id} (${q.status}): ${q.detail!.replace(/\|/g, '\\|')}`);
  lines.push('');
  return lines;
}

function row(q: QuestionResult): string {
  const { ours, neo4jGraphql: ng, floorHttp, floorInProcess } = q.ways;
  if (q.status !== 'ok') return `| ${q.title} | **${q.status}** |${' – |'.repeat(11)}`;
  if (!ours?.latency) return hitsRow(q);
  const missed = [];
  const latencyRatio = ours!.latency!.p50 / floorHttp!.latency!.p50;
  const rpsRatio = ours!.throughput!.requestsPerSecond / ng!.throughput!.requestsPerSecond;
  if (latencyRatio > 1.5) missed.push('p50 > 1.5× floor');
  if (rpsRatio < 1) missed.push('req/s < @neo4j/graphql');
  else if (rpsRatio < 2) missed.push('(req/s < 2× @neo4j/graphql, aim)');
  return [
    q.title,
    q.status,
    `${ms(ours?.latency?.p50)} / ${ms(ours?.latency?.p95)} / ${ms(ours?.latency?.p99)}`,
    ms(floorHttp?.latency?.p50),
    ms(floorInProcess?.latency?.p50),
    ms(ng?.latency?.p50),
    ratio(ours?.latency?.p50, floorHttp?.latency?.p50),
    int(ours?.throughput?.requestsPerSecond),
    int(ng?.throughput?.requestsPerSecond),
    int(floorHttp?.throughput?.requestsPerSecond),
    ratio(ours?.throughput?.requestsPerSecond, ng?.throughput?.requestsPerSecond),
    `${int(ours?.dbHits?.dbHits)} (${ours?.dbHits?.queries} q) / ${int(ng?.dbHits?.dbHits)} / ${int(floorInProcess?.dbHits?.dbHits)}`,
    missed.join(', ') || 'none',
  ]
    .map((cell) => ` ${cell} `)
    .join('|')
    .replace(/^/, '|')
    .replace(/$/, '|');
}

/** A `--hits-only` row: the answers agreed, db hits were counted, nothing was timed. */
function hitsRow(q: QuestionResult): string {
  const { ours, neo4jGraphql: ng, floorInProcess: floor } = q.ways;
  const over = (ours?.dbHits?.dbHits ?? 0) > (floor?.dbHits?.dbHits ?? Infinity);
  const cells = [
    q.title,
    q.status,
    ...Array(9).fill('–'),
    `${int(ours?.dbHits?.dbHits)} (${ours?.dbHits?.queries} q) / ${int(ng?.dbHits?.dbHits)} / ${int(floor?.dbHits?.dbHits)}`,
    over ? 'db hits > floor' : 'none (db hits only)',
  ];
  return `|${cells.map((cell) => ` ${cell} `).join('|')}|`;
}

/** Does the cost grow with the graph? The largest synthetic size against the smallest. */
function growth(sizes: SizeResult[]): string[] {
  const synthetic = sizes.filter((s) => s.size !== 'seed').sort((a, b) => Number(a.size) - Number(b.size));
  if (synthetic.length < 2)
    return ['Growth with graph size: needs two synthetic sizes (run with `--full` or `--sizes seed,1000,20000`).', ''];
  const [small, large] = [synthetic[0], synthetic[synthetic.length - 1]];
  const lines = [
    `## Growth: ${large.size} against ${small.size} documents`,
    '',
    '| question | ours p50 × | ours db hits × | floor db hits × | answer size × |',
    '|---|---|---|---|---|',
  ];
  for (const q of large.questions) {
    const s = small.questions.find((x) => x.id === q.id);
    if (!s || q.status !== 'ok' || s.status !== 'ok') continue;
    lines.push(
      `| ${q.title} | ${ratio(q.ways.ours?.latency?.p50, s.ways.ours?.latency?.p50)} | ${ratio(q.ways.ours?.dbHits?.dbHits, s.ways.ours?.dbHits?.dbHits)} | ${ratio(q.ways.floorInProcess?.dbHits?.dbHits, s.ways.floorInProcess?.dbHits?.dbHits)} | ${ratio(q.answerChars, s.answerChars)} |`,
    );
  }
  lines.push(
    '',
    'Where ours grows faster than the floor, the cost grows with the graph rather than with the answer.',
    '',
  );
  return lines;
}
