import fs from 'node:fs';
import path from 'node:path';

/**
 * Who runs the local Neo4j of a data folder, and at which Bolt URI. Whoever starts it (`npm
 * start`, or a command-line tool running on its own) writes this into the folder, so the
 * other commands find it whatever its port (NEO4J_LOCAL_PORT=0 picks any) and never start a
 * second Neo4j on a store that is locked. The owner is the Node process: when it dies its
 * Neo4j stops too (see process.ts), so a record whose owner is gone is stale.
 */
export interface RunningRecord {
  ownerPid: number;
  /** Unset while Neo4j is starting. */
  uri?: string;
  startedAt: string;
}

const FILE = 'running.json';

function fileOf(dataDir: string): string {
  return path.join(dataDir, FILE);
}

/** The record of a live owner; a stale or unreadable one is removed and reads as none. */
export function readRunning(dataDir: string): RunningRecord | undefined {
  let record: RunningRecord;
  try {
    record = JSON.parse(fs.readFileSync(fileOf(dataDir), 'utf8')) as RunningRecord;
  } catch {
    return undefined;
  }
  if (Number.isInteger(record.ownerPid) && isAlive(record.ownerPid)) return record;
  fs.rmSync(fileOf(dataDir), { force: true });
  return undefined;
}

/**
 * Records this process as the one starting the folder's Neo4j. False when another live
 * process holds the record: the file is created exclusively, so of two commands started
 * together only one starts Neo4j.
 */
export function claimRunning(dataDir: string): boolean {
  fs.mkdirSync(dataDir, { recursive: true });
  readRunning(dataDir); // clears a stale record
  try {
    fs.writeFileSync(fileOf(dataDir), JSON.stringify(record()), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Adds the Bolt URI once Neo4j answers on it. */
export function recordReady(dataDir: string, uri: string): void {
  fs.writeFileSync(fileOf(dataDir), JSON.stringify(record(uri)));
}

/** Removes the record if this process wrote it. */
export function releaseRunning(dataDir: string): void {
  try {
    const current = JSON.parse(fs.readFileSync(fileOf(dataDir), 'utf8')) as RunningRecord;
    if (current.ownerPid === process.pid) fs.rmSync(fileOf(dataDir), { force: true });
  } catch {
    // already gone
  }
}

function record(uri?: string): RunningRecord {
  return { ownerPid: process.pid, uri, startedAt: new Date().toISOString() };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
