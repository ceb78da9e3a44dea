import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { claimRunning, readRunning, recordReady, releaseRunning } from '../../../src/neo4j-local/running';

/** The record in a data folder that tells the commands which process runs its Neo4j, and where. */
describe('the running record of a local Neo4j', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-running-'))));
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is claimed by one process only, gains the URI when ready, and is removed by its owner', () => {
    expect(readRunning(dataDir)).toBeUndefined();
    expect(claimRunning(dataDir)).toBe(true);
    expect(readRunning(dataDir)).toEqual({ ownerPid: process.pid, startedAt: expect.any(String) }); // no URI while starting
    expect(claimRunning(dataDir)).toBe(false); // a second command must not start Neo4j too
    recordReady(dataDir, 'bolt://127.0.0.1:45678');
    expect(readRunning(dataDir)).toMatchObject({ ownerPid: process.pid, uri: 'bolt://127.0.0.1:45678' });
    releaseRunning(dataDir);
    expect(readRunning(dataDir)).toBeUndefined();
  });

  it('is stale when the process that wrote it is gone: it reads as none and can be claimed again', () => {
    const dead = Number(
      spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim(),
    );
    const file = path.join(dataDir, 'running.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ ownerPid: dead, uri: 'bolt://127.0.0.1:1', startedAt: '2026-01-01T00:00:00Z' }),
    );
    expect(readRunning(dataDir)).toBeUndefined();
    expect(fs.existsSync(file)).toBe(false);
    expect(claimRunning(dataDir)).toBe(true);
  });

  it('is left alone by a process that does not own it', () => {
    const file = path.join(dataDir, 'running.json');
    const record = { ownerPid: process.ppid, uri: 'bolt://127.0.0.1:7687', startedAt: '2026-01-01T00:00:00Z' };
    fs.writeFileSync(file, JSON.stringify(record));
    releaseRunning(dataDir);
    expect(readRunning(dataDir)).toEqual(record);
  });
});
