import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Piscina from 'piscina';
import { PROJECT_ROOT } from '../config';
import { DocumentHints, DocumentModel } from './model';
import { ParseError } from './parse';
import type { ParseOutcome, ParseTask } from './parse.worker';

/** How long one text may take to parse before its thread is stopped (a 2 MB text takes well under 2 s). */
export const PARSE_TIMEOUT_MS = 20000;
/** Threads parsing at once: at most half the cores, so parsing never starves the event loop's own core. */
export const PARSE_THREADS = Math.max(1, Math.floor(os.availableParallelism() / 2));
/** Texts waiting for a thread; beyond that an ingest is refused at once (the server is busy). */
export const PARSE_QUEUE = 16;

/** The text did not parse within PARSE_TIMEOUT_MS; its thread was stopped. */
export class ParseTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(
      `Parsing the text took longer than ${timeoutMs / 1000} s and was stopped; split it or send a plainer rendering.`,
    );
    this.name = 'ParseTimeoutError';
  }
}

/** Every thread is busy and the queue is full: try again shortly. */
export class ParsePoolBusyError extends Error {
  constructor() {
    super(`The server is parsing ${PARSE_THREADS + PARSE_QUEUE} texts already; retry in a few seconds.`);
    this.name = 'ParsePoolBusyError';
  }
}

/**
 * parseDocument in worker threads, so a slow parse never blocks the event loop (other
 * requests, /healthz, SIGTERM) and never outlives its time: a task over PARSE_TIMEOUT_MS is
 * aborted, which terminates its thread (piscina starts a fresh one).
 */
export class ParsePool {
  /** Tasks: a text to parse (the default task, answering a ParseOutcome), or null to the named task warmUp. */
  private readonly pool: Piscina<ParseTask | null, ParseOutcome | number>;
  private readonly timeoutMs: number;
  private readonly warming: Promise<number[]>;

  /**
   * `warm`: start every thread now, have each parse the seed texts before taking tasks, and keep them (the server's
   * pool: an ingest then meets a parser that has compiled its code and patterns, not one that starts with its text).
   * Otherwise threads start on demand and exit when idle, so a process (or a test) with nothing to parse holds none.
   */
  constructor({ timeoutMs = PARSE_TIMEOUT_MS, warm = false }: { timeoutMs?: number; warm?: boolean } = {}) {
    this.timeoutMs = timeoutMs;
    this.pool = new Piscina({
      filename: workerFile(),
      minThreads: warm ? PARSE_THREADS : 0,
      maxThreads: PARSE_THREADS,
      maxQueue: PARSE_QUEUE,
      idleTimeout: 5000,
    });
    // one warm-up task a thread: piscina gives each to an idle thread before it queues one on a busy thread. A failed
    // warm-up only leaves a thread cold, as is one that replaces a thread stopped at its time limit.
    this.warming = warm
      ? Promise.all(Array.from({ length: PARSE_THREADS }, () => this.pool.run(null, { name: 'warmUp' }))).then(
          (parsed) => parsed as number[],
          () => [],
        )
      : Promise.resolve([]);
  }

  /** Threads started and not yet ended. */
  get threadCount(): number {
    return this.pool.threads.length;
  }

  /** Resolves when a warm pool's threads have parsed the seed texts, to how many each parsed; at once, to [], for a cold pool. */
  ready(): Promise<number[]> {
    return this.warming;
  }

  /** `timeoutMs`: this parse's own limit, instead of the pool's. */
  async parse(
    text: string,
    hints: DocumentHints = {},
    { timeoutMs = this.timeoutMs }: { timeoutMs?: number } = {},
  ): Promise<DocumentModel> {
    if (this.pool.queueSize >= PARSE_QUEUE) throw new ParsePoolBusyError();
    const signal = AbortSignal.timeout(timeoutMs);
    let outcome: ParseOutcome;
    try {
      outcome = (await this.pool.run({ text, hints }, { signal })) as ParseOutcome;
    } catch (error) {
      if (signal.aborted) throw new ParseTimeoutError(timeoutMs);
      throw error;
    }
    if ('parseError' in outcome) throw new ParseError(outcome.parseError);
    return outcome.model;
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}

/**
 * The compiled worker: beside this file when running from dist/, else (tests run the
 * TypeScript sources through ts-jest, and a thread cannot load .ts) its copy in dist/ from `tsc`.
 */
function workerFile(): string {
  const beside = path.join(__dirname, 'parse.worker.js');
  if (fs.existsSync(beside)) return beside;
  const compiled = path.join(PROJECT_ROOT, 'dist', path.relative(PROJECT_ROOT, __dirname), 'parse.worker.js');
  if (fs.existsSync(compiled)) return compiled;
  throw new Error(`The parse worker is not compiled (no ${compiled}): run \`npm run build\`.`);
}

let shared: ParsePool | undefined;

/** The process's pool, started on first use (most processes never ingest over HTTP) unless warmed first. */
export function parsePool(): ParsePool {
  return (shared ??= new ParsePool());
}

/** Starts the process's pool now with warm threads (see ParsePool), unless it has one already. */
export function warmParsePool(): ParsePool {
  return (shared ??= new ParsePool({ warm: true }));
}

/** Stops the process's pool, if started; a later `parsePool()` starts a new one. */
export async function closeParsePool(): Promise<void> {
  const closing = shared;
  shared = undefined;
  await closing?.close();
}
