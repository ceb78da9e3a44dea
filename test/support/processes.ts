import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');

export interface Started {
  child: ChildProcess;
  output: () => string;
}

/** Runs the built API (`npm start`'s process) with the given environment. */
export function runMain(env: Record<string, string>): Started {
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    // The full corpus takes minutes to load: a test that wants some of it says so (CORPUS_LIMIT).
    env: { ...process.env, NEO4J_URI: '', SEED_CORPUS: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

/** Resolves with the first match of `pattern` in the output, or rejects on exit or timeout. */
export function waitForOutput(started: Started, pattern: RegExp, timeoutMs = 180000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = pattern.exec(started.output());
      if (match) {
        cleanup();
        resolve(match);
      }
    };
    const onExit = (code: number | null) => {
      check();
      cleanup();
      reject(new Error(`process exited (${code}) before ${pattern}:\n${started.output()}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no ${pattern} after ${timeoutMs} ms:\n${started.output()}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      clearInterval(poll);
      started.child.off('exit', onExit);
    };
    const poll = setInterval(check, 100);
    started.child.on('exit', onExit);
  });
}

export function exitOf(child: ChildProcess, timeoutMs = 60000): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms`)), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** A zombie (exited, not yet reaped by whoever adopted it) counts as gone. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Polls until the process is gone; false if it is still there after `timeoutMs`. */
export async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return !isAlive(pid);
}
