import fs from 'node:fs';
import path from 'node:path';
import { createApi } from '../src/server';
import { Graph } from '../src/graph/run';
import { compactCypher } from '../src/graph/compact';
import { startDatabase } from './database';
import { runFloor } from './floor/queries';
import { post } from './measure';
import { HitCounter, ProfiledPlan, profilingDriver } from './profile';
import { OURS } from './queries/ours';
import { QUESTIONS, QuestionId } from './questions';
import { pickParams } from './size';

const USAGE = `node dist/bench/plans.js STORE [QUESTION...]
  STORE: a store kept by \`npm run bench -- --store DIR\` (DIR/<size>); QUESTION: ids of bench/questions.ts (all by default).`;

/**
 * Where a question's db hits go: each query our API sends for it and the floor's, with the
 * profiled plan's operators, their db hits and rows. `npm run bench -- --hits-only` gives the
 * sums; this shows which operator of ours the floor does without.
 */
async function main(): Promise<void> {
  const [store, ...asked] = process.argv.slice(2);
  const record = store && path.join(store, 'bench-load.json');
  if (!record || !fs.existsSync(record)) throw new Error(`Not a kept store: ${store}\n${USAGE}`);
  const unknown = asked.filter((id) => !QUESTIONS.some((q) => q.id === id));
  if (unknown.length) throw new Error(`Unknown question ${unknown.join(', ')}\n${USAGE}`);
  process.env.LOG_LEVEL ??= 'silent';
  process.env.MAX_COST ??= '100000000';
  const { chainDocumentId, load } = JSON.parse(fs.readFileSync(record, 'utf8'));
  const db = await startDatabase((line) => process.stderr.write(`${line}\n`), path.resolve(store));
  const counter = new HitCounter();
  counter.onPlan = (query, plan) => {
    console.log(`  query: ${compactCypher(query)}`);
    print(plan, '    ');
  };
  const api = await createApi({ graph: new Graph(profilingDriver(db.driver, counter)), development: false });
  try {
    const url = `${await api.listen(0, '127.0.0.1')}/graphql`;
    const params = await pickParams(db.graph, String(load.documents), chainDocumentId);
    for (const { id, title } of QUESTIONS.filter((q) => !asked.length || asked.includes(q.id))) {
      const q = OURS[id as QuestionId];
      console.log(`\n== ${title}\n-- ours`);
      counter.reset();
      await post(url, JSON.stringify({ query: q.query, variables: q.variables(params) }));
      console.log(`  ours: ${counter.dbHits} db hits in ${counter.queries} queries\n-- floor`);
      counter.reset();
      await runFloor(profilingDriver(db.driver, counter), id, params);
      console.log(`  floor: ${counter.dbHits} db hits`);
    }
  } finally {
    await api.stop();
    await db.stop();
  }
}

function print(plan: ProfiledPlan, indent: string): void {
  const details = String(plan.arguments.Details ?? '').slice(0, 160);
  console.log(`${indent}${plan.operatorType} hits=${Number(plan.dbHits)} rows=${Number(plan.rows)} ${details}`);
  for (const child of plan.children) print(child, `${indent}  `);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
