import { Config, ConfigError } from '../config';
import { createDriver } from '../graph/driver';
import { superviseLocalNeo4j, SupervisedNeo4j } from './supervisor';
import { claimRunning, readRunning, recordReady, releaseRunning, RunningRecord } from './running';

/** The local Neo4j a command uses: `started` when this process started it (and stops it). */
export interface UsedLocal {
  uri: string;
  started?: SupervisedNeo4j;
}

interface Credentials {
  username: string;
  password: string;
}

const POLL_MS = 500;
const LOCKED = /store_lock|FileLockException|Lock file has been locked/i;

/**
 * The local Neo4j of NEO4J_LOCAL_DATA. With `attach` (the command-line tools), the one another
 * command (`npm start`) runs on that folder, found through its running record whatever its
 * port, and waited for while it starts; otherwise, or when none runs, a new one this process
 * starts and records. Never a second Neo4j on one store: every refusal is one sentence saying
 * what to do.
 */
export async function useLocalNeo4j(
  config: Config,
  credentials: Credentials,
  log: (line: string) => void,
  options: { attach: boolean },
): Promise<UsedLocal> {
  const { dataDir } = config.local;
  const running = readRunning(dataDir);
  if (running) {
    if (!options.attach) throw busy(dataDir, running);
    return { uri: await attach(config, credentials, running, log) };
  }
  if (!claimRunning(dataDir)) return useLocalNeo4j(config, credentials, log, options); // another command claimed it just now
  try {
    const started = await superviseLocalNeo4j(config.local, log);
    recordReady(dataDir, started.uri);
    const stop = started.stop;
    return { uri: started.uri, started: { ...started, stop: () => stop().finally(() => releaseRunning(dataDir)) } };
  } catch (error) {
    releaseRunning(dataDir);
    if (LOCKED.test((error as Error).message)) {
      throw new ConfigError(
        'NEO4J_LOCAL_DATA',
        `the Neo4j store in ${dataDir} is locked by a process that did not record itself there; stop that process, or set NEO4J_URI to the Neo4j it runs.`,
      );
    }
    throw error;
  }
}

function busy(dataDir: string, running: RunningRecord): ConfigError {
  return new ConfigError(
    'NEO4J_LOCAL_DATA',
    `a local Neo4j already runs on ${dataDir} (started by process ${running.ownerPid}${running.uri ? ` at ${running.uri}` : ''}); stop that process first, or set NEO4J_LOCAL_DATA to another folder.`,
  );
}

/** Waits while the owner starts Neo4j, then checks that its URI answers. */
async function attach(
  config: Config,
  credentials: Credentials,
  first: RunningRecord,
  log: (line: string) => void,
): Promise<string> {
  const { dataDir, startTimeoutMs } = config.local;
  const deadline = Date.now() + startTimeoutMs;
  let running: RunningRecord | undefined = first;
  if (!running.uri) log(`Waiting for the local Neo4j that process ${running.ownerPid} is starting on ${dataDir}...`);
  while (running && !running.uri && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    running = readRunning(dataDir);
  }
  if (!running)
    throw new ConfigError(
      'NEO4J_LOCAL_DATA',
      `the process that was starting the local Neo4j on ${dataDir} stopped; run the command again.`,
    );
  if (!running.uri)
    throw new ConfigError(
      'NEO4J_LOCAL_DATA',
      `the local Neo4j that process ${running.ownerPid} is starting on ${dataDir} was not ready after ${startTimeoutMs} ms; run the command again once it is.`,
    );
  const driver = createDriver({ uri: running.uri, ...credentials });
  try {
    await driver.verifyConnectivity();
  } catch {
    throw new ConfigError(
      'NEO4J_LOCAL_DATA',
      `the local Neo4j of ${dataDir} (process ${running.ownerPid}) does not answer at ${running.uri}; stop that process, or wait until it answers, and run the command again.`,
    );
  } finally {
    await driver.close();
  }
  log(`Using the local Neo4j at ${running.uri} (started by process ${running.ownerPid})`);
  return running.uri;
}
