import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { LocalNeo4jConfig } from '../config';
import { installLauncher } from './install';
import { checkToolchain } from './toolchain';

/** A running local Neo4j: where to connect and how to stop it. */
export interface LocalNeo4j {
  uri: string;
  port: number;
  pid: number;
  /** Stops the JVM and waits until the store is closed. Safe to call twice. */
  stop(): Promise<void>;
  /** Resolves when the JVM exits, whoever ended it (stop, a crash, kill -9). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const READY = /^NEO4J_READY (bolt:\/\/\S+:(\d+))$/;
const STOP_GRACE_MS = 30000;
const running = new Set<ChildProcess>();

/**
 * Starts Neo4j Community on loopback with its store in `config.dataDir`, and resolves once
 * Bolt accepts connections (or rejects after `config.startTimeoutMs`).
 */
export async function startLocalNeo4j(
  config: LocalNeo4jConfig,
  log: (line: string) => void = () => {},
): Promise<LocalNeo4j> {
  checkToolchain(['java']);
  const { classpath } = await installLauncher(config.cacheDir, log);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const child = spawn(
    'java',
    [
      `-Xmx${config.heapMb}m`,
      '-XX:+UseG1GC',
      '-cp',
      classpath,
      'Neo4jLauncher',
      config.dataDir,
      String(config.boltPort),
      String(config.pageCacheMb),
    ],
    // stdin stays a pipe we never close until stop: when this process dies, the pipe
    // closes and the launcher shuts Neo4j down (no orphaned JVM, even after SIGKILL).
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  running.add(child);
  child.on('exit', () => running.delete(child));
  const { uri, port } = await waitForReady(child, config);
  log(`Local Neo4j ready at ${uri} (pid ${child.pid}, data in ${config.dataDir})`);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return { uri, port, pid: child.pid!, stop: () => stopChild(child), exited };
}

function waitForReady(child: ChildProcess, config: LocalNeo4jConfig): Promise<{ uri: string; port: number }> {
  const logFile = path.join(config.dataDir, 'logs', 'neo4j.log');
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(
        new Error(
          `The local Neo4j did not start: ${reason}\nIts output:\n${output.slice(-3000)}\nSee also ${logFile}.`,
        ),
      );
    };
    const timer = setTimeout(() => fail(`not ready after ${config.startTimeoutMs} ms`), config.startTimeoutMs);
    child.stderr!.on('data', (chunk) => (output += chunk));
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      output += `${line}\n`;
      const ready = READY.exec(line);
      if (ready) {
        clearTimeout(timer);
        resolve({ uri: ready[1], port: Number(ready[2]) });
      }
    });
    child.on('error', (error) => fail(error.message));
    child.on('exit', (code, signal) => fail(`the JVM exited (${signal ?? `code ${code}`})`));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Last resort on process exit, when nothing can be awaited: ask every JVM we started to stop. */
process.on('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});
