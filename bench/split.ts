import fs from 'node:fs';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { createApi } from '../src/server';
import { Graph } from '../src/graph/run';
import { PROBE_QUERY } from '../src/graph/liveness';
import { startDatabase } from './database';
import { FLOOR, runFloor } from './floor/queries';
import { startFloorServer } from './floor/server';
import { latencyInTurns, post } from './measure';
import { OURS } from './queries/ours';
import { QUESTIONS, QuestionId } from './questions';
import { pickParams } from './size';

const USAGE = `node dist/bench/split.js STORE [--iterations N] [QUESTION...]
  STORE: a store kept by \`npm run bench -- --store DIR\` (DIR/<size>); QUESTION: ids of bench/questions.ts (all by default).`;

interface Sent {
  query: string;
  params: Record<string, unknown>;
  config: unknown;
}

/**
 * Where ours's p50 above the floor's goes: each question asked in turns (1) to our API over
 * HTTP, (2) as the very Cypher our API sends, run straight through the driver, (3) as the floor's
 * Cypher through the driver and (4) to the floor's HTTP handler. (1) − (2) is our Node stack
 * (HTTP, Apollo, execution, mapping), (2) − (3) what our Cypher costs Neo4j and the driver above
 * the floor's, (4) − (3) the bare HTTP round trip.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--iterations');
  const iterations = at >= 0 ? Number(args.splice(at, 2)[1]) : 400;
  const [store, ...asked] = args;
  const record = store && path.join(store, 'bench-load.json');
  if (!record || !fs.existsSync(record)) throw new Error(`Not a kept store: ${store}\n${USAGE}`);
  process.env.LOG_LEVEL ??= 'silent';
  process.env.MAX_COST ??= '100000000';
  const { chainDocumentId, load } = JSON.parse(fs.readFileSync(record, 'utf8'));
  const db = await startDatabase((line) => process.stderr.write(`${line}\n`), path.resolve(store));
  const sent: Sent[] = [];
  const recorder = await createApi({ graph: new Graph(recording(db.driver, sent)), development: false });
  const api = await createApi({ graph: new Graph(db.driver), development: false });
  const floor = await startFloorServer(db.driver);
  try {
    const recorderUrl = `${await recorder.listen(0, '127.0.0.1')}/graphql`;
    const url = `${await api.listen(0, '127.0.0.1')}/graphql`;
    const params = await pickParams(db.graph, String(load.documents), chainDocumentId);
    console.log(`${load.documents} documents, ${iterations} rounds a question; p50 ms`);
    console.log(
      '| question | ours HTTP | ours Cypher, driver | floor Cypher, driver | floor HTTP | Node stack (1−2) | Cypher (2−3) | ours ÷ floor HTTP |',
    );
    console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
    for (const { id } of QUESTIONS.filter((q) => !asked.length || asked.includes(q.id))) {
      const q = OURS[id as QuestionId];
      const body = JSON.stringify({ query: q.query, variables: q.variables(params) });
      // The first request of a question warms the API; the second is recorded, without the
      // liveness probe a slow first round trip can set off (it is not part of the answer).
      await post(recorderUrl, body);
      sent.length = 0;
      await post(recorderUrl, body);
      const queries = sent.filter((s) => s.query !== PROBE_QUERY);
      const floorBody = JSON.stringify(params);
      const l = await latencyInTurns(
        {
          oursHttp: () => post(url, body),
          oursCypher: () => runSent(db.driver, queries),
          floorCypher: () => runFloor(db.driver, id as QuestionId, params),
          floorHttp: () => post(`${floor.url}/${id}`, floorBody),
        },
        iterations,
      );
      const f = (n: number) => n.toFixed(2);
      console.log(
        `| ${id} (${queries.length} quer${queries.length === 1 ? 'y' : 'ies'}, ${queries.map((s) => s.query.length).join('+')} chars; floor ${FLOOR[id as QuestionId].cypher.length}) | ${f(l.oursHttp.p50)} | ${f(l.oursCypher.p50)} | ${f(l.floorCypher.p50)} | ${f(l.floorHttp.p50)} | ${f(l.oursHttp.p50 - l.oursCypher.p50)} | ${f(l.oursCypher.p50 - l.floorCypher.p50)} | ${f(l.oursHttp.p50 / l.floorHttp.p50)} |`,
      );
    }
  } finally {
    await recorder.stop();
    await api.stop();
    await floor.stop();
    await db.stop();
  }
}

/** Runs what our API sent, as it sent it: one auto-commit read a query. */
async function runSent(driver: Driver, queries: Sent[]): Promise<void> {
  for (const s of queries) {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(s.query, s.params, s.config as any);
      result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  }
}

/** A driver whose sessions note each query, its parameters and its config before running it. */
function recording(driver: Driver, sent: Sent[]): Driver {
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === 'session')
        return (...args: unknown[]) => {
          const session = (target.session as (...a: unknown[]) => any)(...args);
          return new Proxy(session, {
            get(s, p) {
              if (p === 'run')
                return (query: string, params: Record<string, unknown>, config: unknown) => {
                  sent.push({ query, params, config });
                  return s.run(query, params, config);
                };
              const value = Reflect.get(s, p, s);
              return typeof value === 'function' ? value.bind(s) : value;
            },
          });
        };
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
