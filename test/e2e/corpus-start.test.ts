import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { readCorpus } from '../../src/corpus/lines';
import { gql } from '../support/api';
import { exitOf, runMain, Started, waitForOutput } from '../support/processes';

const READY = /API ready at (http:\/\/\S+)\/graphql/;
const SLICE = 400;

interface Readyz {
  status: string;
  corpus: { state: string; done: number; total: number; rate: number; secondsLeft: number | null };
}

/**
 * `npm start` loading 400 corpus orders (a CORPUS_FILE of the first 399 and EO 9558, whose text
 * says only that it was not published), killed outright halfway and started again.
 */
describe('the corpus load on start', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-corpus-'));
  const corpus = readCorpus();
  const sliceFile = path.join(dataDir, 'slice.jsonl.gz');
  const lines = [...corpus.slice(0, SLICE - 1), corpus.find((l) => l.number === '9558')!];
  fs.writeFileSync(sliceFile, zlib.gzipSync(lines.map((l) => JSON.stringify(l)).join('\n')));
  const env = {
    NEO4J_LOCAL_DATA: path.join(dataDir, 'neo4j'),
    NEO4J_LOCAL_PORT: '0',
    PORT: '0',
    HOST: '127.0.0.1',
    NEO4J_LOCAL_HEAP_MB: '512',
    NEO4J_LOCAL_PAGECACHE_MB: '64',
    SEED_CORPUS: 'true',
    CORPUS_FILE: sliceFile,
  };
  let running: Started | undefined;
  afterEach(() => running?.child.kill('SIGKILL'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  async function start(): Promise<string> {
    running = runMain(env);
    return (await waitForOutput(running, READY))[1];
  }
  const readyz = async (url: string): Promise<Readyz> => (await fetch(`${url}/readyz`)).json() as Promise<Readyz>;

  async function pollReadyz(url: string, until: (r: Readyz) => boolean): Promise<Readyz> {
    for (;;) {
      const ready = await readyz(url);
      if (until(ready)) return ready;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('answers while it loads, resumes after kill -9 without loading an order twice, and a loaded graph loads nothing', async () => {
    const url = await start();
    const midway = await pollReadyz(url, (r) => r.corpus.state === 'loading' && r.corpus.done > 0);
    expect(midway.status).toBe('ready');
    expect(midway.corpus.total).toBe(SLICE);
    const stats = await gql(url, '{ stats { nodes } }');
    expect(stats.data!.stats.nodes).toBeGreaterThan(0);
    expect((await readyz(url)).corpus.done).toBeLessThan(SLICE); // the answer came while the load went on
    running!.child.kill('SIGKILL');
    await exitOf(running!.child);

    const again = await start();
    const [, loaded, before] = await waitForOutput(running!, /Corpus loaded: (\d+) orders .* (\d+) were already in/);
    expect(Number(before)).toBeGreaterThanOrEqual(midway.corpus.done);
    expect(Number(loaded) + Number(before)).toBe(SLICE);
    expect((await readyz(again)).corpus).toMatchObject({ state: 'loaded', done: SLICE, total: SLICE });
    const refused = await gql(again, '{ document(id: "eo-9558") { number title parseError stub } }');
    expect(refused.data!.document).toMatchObject({
      number: '9558',
      stub: false,
      parseError: expect.stringMatching(/not published/),
    });
    running!.child.kill('SIGTERM');
    expect(await exitOf(running!.child)).toBe(0);

    const third = await start();
    await waitForOutput(running!, new RegExp(`Corpus: all ${SLICE} orders already loaded`));
    expect((await readyz(third)).corpus).toMatchObject({ state: 'loaded', done: SLICE });
  });
});
