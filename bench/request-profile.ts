import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { latency, post } from './measure';
import { loadSeed, startDatabase } from './database';
import { startFloorServer } from './floor/server';
import { OURS } from './queries/ours';
import { QUESTIONS, QuestionId } from './questions';
import { pickParams } from './size';
import { createApi } from '../src/server';

/**
 * `node dist/bench/request-profile.js [--iterations N] [--question ID] [--cpu-prof DIR]`: the
 * seed graph, this API and the floor's HTTP handler in one process, then each question (or one)
 * asked N times at concurrency 1 over HTTP, ours and the floor in turn, and `{ __typename }`
 * through ours. With `--cpu-prof`, V8's profile of each loop (not of the load) goes to
 * DIR/<question>.cpuprofile and DIR/<question>.floor.cpuprofile (open them in Chrome's DevTools):
 * where a request of ours spends the time the floor's does not. The p50s printed are the same comparison as the benchmark's.
 */
async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= 'silent';
  const arg = (name: string) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const iterations = Number(arg('iterations') ?? 300);
  const only = arg('question') as QuestionId | undefined;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const db = await startDatabase(log);
  try {
    await loadSeed(db.graph);
    const params = await pickParams(db.graph, 'seed', 'eo-14010');
    const api = await createApi({ graph: db.graph, development: false });
    const ours = `${await api.listen(0, '127.0.0.1')}/graphql`;
    const floor = await startFloorServer(db.driver);
    try {
      const profiler = arg('cpu-prof') ? new Session() : undefined;
      profiler?.connect();
      await profiler?.post('Profiler.enable');
      const dir = arg('cpu-prof');
      if (dir) fs.mkdirSync(dir, { recursive: true });
      const profiled = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
        await profiler?.post('Profiler.start');
        try {
          return await work();
        } finally {
          const stopped = await profiler?.post('Profiler.stop');
          if (stopped) fs.writeFileSync(`${dir}/${name}.cpuprofile`, JSON.stringify(stopped.profile));
        }
      };
      console.log('| question | ours p50 ms | floor HTTP p50 ms | ratio |\n|---|--:|--:|--:|');
      const typename = await profiled('typename', () =>
        latency(() => post(ours, '{"query":"{ __typename }"}'), iterations, 30),
      );
      console.log(`| { __typename } | ${typename.p50.toFixed(2)} | | |`);
      for (const { id } of QUESTIONS.filter((q) => !only || q.id === only)) {
        const q = OURS[id];
        const body = JSON.stringify({ query: q.query, variables: q.variables(params) });
        const floorBody = JSON.stringify(params);
        const a = await profiled(id, () => latency(() => post(ours, body), iterations, 30));
        const b = await profiled(`${id}.floor`, () =>
          latency(() => post(`${floor.url}/${id}`, floorBody), iterations, 30),
        );
        console.log(`| ${id} | ${a.p50.toFixed(2)} | ${b.p50.toFixed(2)} | ${(a.p50 / b.p50).toFixed(2)} |`);
      }
    } finally {
      await floor.stop();
      await api.stop();
    }
  } finally {
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
