import { LocalNeo4jConfig } from '../config';
import { LocalNeo4j, startLocalNeo4j } from './process';

/** Pauses before each restart attempt: 1 s, doubling, at most 30 s. */
const FIRST_PAUSE_MS = 1000;
const LONGEST_PAUSE_MS = 30000;
/** Failed restarts in a row before the supervisor gives up (and /healthz says so). */
export const MAX_RESTART_ATTEMPTS = 8;

/** What /healthz reports of the local Neo4j. */
export type LocalNeo4jHealth =
  | { state: 'running'; restarts: number }
  | { state: 'restarting'; restarts: number; since: string }
  | { state: 'failed'; restarts: number; reason: string };

export interface SupervisedNeo4j {
  uri: string;
  /** The running JVM's pid (changes with each restart). */
  pid(): number;
  health(): LocalNeo4jHealth;
  /** Stops the JVM for good; no restart follows. */
  stop(): Promise<void>;
}

/**
 * The local Neo4j, started again if it dies while the API runs (a crash, the OOM killer,
 * kill -9): the exit is logged, then restarts follow with growing pauses on the same Bolt port
 * and store, so the driver's pool reconnects by itself. After MAX_RESTART_ATTEMPTS failures in
 * a row it gives up and reports `failed`, for an orchestrator to restart the whole API.
 */
export async function superviseLocalNeo4j(
  config: LocalNeo4jConfig,
  log: (line: string) => void,
): Promise<SupervisedNeo4j> {
  let current: LocalNeo4j = await startLocalNeo4j(config, log);
  // A free port chosen at first start (NEO4J_LOCAL_PORT=0) is kept: the driver's URI names it.
  const fixed = { ...config, boltPort: current.port };
  let stopping = false;
  let restarts = 0;
  let health: LocalNeo4jHealth = { state: 'running', restarts };

  const watch = (neo4j: LocalNeo4j) => {
    void neo4j.exited.then(async ({ code, signal }) => {
      if (stopping) return;
      log(`Local Neo4j (pid ${neo4j.pid}) exited unexpectedly (${signal ?? `code ${code}`}); restarting it`);
      health = { state: 'restarting', restarts, since: new Date().toISOString() };
      for (let attempt = 1; attempt <= MAX_RESTART_ATTEMPTS && !stopping; attempt += 1) {
        const pause = Math.min(FIRST_PAUSE_MS * 2 ** (attempt - 1), LONGEST_PAUSE_MS);
        await new Promise((resolve) => setTimeout(resolve, pause));
        if (stopping) return;
        try {
          current = await startLocalNeo4j(fixed, log);
          if (stopping) return void (await current.stop());
          restarts += 1;
          health = { state: 'running', restarts };
          log(`Local Neo4j restarted (pid ${current.pid}, restart ${restarts}, attempt ${attempt})`);
          watch(current);
          return;
        } catch (error) {
          log(
            `Local Neo4j restart attempt ${attempt} of ${MAX_RESTART_ATTEMPTS} failed: ${(error as Error).message.split('\n')[0]}`,
          );
        }
      }
      if (!stopping) {
        health = {
          state: 'failed',
          restarts,
          reason: `the local Neo4j died and ${MAX_RESTART_ATTEMPTS} restarts failed; see the log`,
        };
        log(`Local Neo4j: giving up after ${MAX_RESTART_ATTEMPTS} failed restarts`);
      }
    });
  };
  watch(current);

  return {
    uri: current.uri,
    pid: () => current.pid,
    health: () => health,
    stop: async () => {
      stopping = true;
      await current.stop();
    },
  };
}
