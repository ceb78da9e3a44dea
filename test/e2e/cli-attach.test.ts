import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gql } from '../support/api';
import { exitOf, ROOT, runMain, Started, waitForOutput } from '../support/processes';

const READY = /API ready at (http:\/\/\S+)\/graphql/;

/**
 * `npm start` on a data folder with NEO4J_LOCAL_PORT=0 (any port), then the command-line tools
 * on the same folder: they must use that Neo4j, not start a second one on its locked store.
 */
describe('command-line tools beside a running npm start', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-attach-'));
  const env = {
    NEO4J_LOCAL_DATA: dataDir,
    NEO4J_LOCAL_PORT: '0',
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_ON_START: 'false',
    NEO4J_LOCAL_HEAP_MB: '512',
    NEO4J_LOCAL_PAGECACHE_MB: '64',
  };
  let api: Started;
  let url: string;

  beforeAll(async () => {
    api = runMain(env);
    [, url] = await waitForOutput(api, READY);
  });
  afterAll(async () => {
    api.child.kill('SIGTERM');
    await exitOf(api.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  function cli(script: string, args: string[], extra: Record<string, string> = {}) {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/src', script), ...args], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: '', ...env, ...extra },
      encoding: 'utf8',
    });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  it('npm run ingest writes into the Neo4j npm start runs, found in the data folder whatever its port', async () => {
    const result = cli('ingest/cli.js', [path.join(ROOT, 'seed', 'documents', 'eo-13767.fr-markdown.txt')]);
    expect(result.stderr).toMatch(/Using the local Neo4j at bolt:\/\/127\.0\.0\.1:\d+ \(started by process \d+\)/);
    expect(result.stderr).not.toMatch(/Local Neo4j ready/); // no second Neo4j was started
    expect(result.code).toBe(0);
    const answer = await gql(url, '{ document(id: "eo-13767") { id number } }');
    expect(answer.data).toEqual({ document: { id: 'eo-13767', number: '13767' } });
  });

  it('a second npm start on the same folder refuses in one sentence, and the first keeps serving', async () => {
    const second = runMain({ ...env });
    expect(await exitOf(second.child)).not.toBe(0);
    const message = second.output().trim();
    expect(message).toMatch(
      new RegExp(
        `^Cannot start: NEO4J_LOCAL_DATA: a local Neo4j already runs on ${dataDir} \\(started by process ${api.child.pid} at bolt://\\S+\\); stop that process first, or set NEO4J_LOCAL_DATA to another folder\\.$`,
      ),
    );
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });
});
