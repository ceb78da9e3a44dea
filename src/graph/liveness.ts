import { Driver, Neo4jError } from 'neo4j-driver';

/** A round trip still waiting after this long makes the database be asked whether it answers at all. */
export const PROBE_AFTER_MS = 1500;
/** The question asked, on a connection of its own (benchmarks that record our queries leave it out). */
export const PROBE_QUERY = 'RETURN 1';
/** How long that question may take. */
export const PROBE_TIMEOUT_MS = 2000;
/** A round trip may outlast its request's deadline by this much (Neo4j aborts it at the deadline itself). */
export const DEADLINE_GRACE_MS = 500;

/**
 * The database holds connections open but answers nothing (a frozen process, `kill -STOP`, a
 * network that drops packets): the driver would wait for ever, since Bolt has no read timeout.
 */
export class DatabaseNotAnsweringError extends Error {
  constructor() {
    super(`Neo4j did not answer "${PROBE_QUERY}" within ${PROBE_TIMEOUT_MS} ms.`);
    this.name = 'DatabaseNotAnsweringError';
  }
}

/**
 * Whether the database behind one driver answers now. Concurrent callers share one probe, so
 * a hundred stuck requests ask once.
 */
export class Liveness {
  private probe?: Promise<boolean>;
  /** When the last probe went unanswered (epoch ms). */
  private silentAt = -Infinity;

  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
  ) {}

  answers(): Promise<boolean> {
    return (this.probe ??= this.ask()
      .then((answered) => {
        if (!answered) this.silentAt = Date.now();
        return answered;
      })
      .finally(() => (this.probe = undefined)));
  }

  /** Whether a probe went unanswered within the last PROBE_TIMEOUT_MS. */
  recentlySilent(): boolean {
    return Date.now() - this.silentAt < PROBE_TIMEOUT_MS;
  }

  private async ask(): Promise<boolean> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    const answered = session.run(PROBE_QUERY, {}, { timeout: PROBE_TIMEOUT_MS }).then(
      () => true,
      () => false,
    );
    const silent = sleep(PROBE_TIMEOUT_MS).then(() => false);
    const result = await Promise.race([answered, silent]);
    // A frozen server never completes the close either: not awaited.
    session.close().catch(() => undefined);
    return result;
  }
}

const livenessOf = new WeakMap<Driver, Liveness>();

/** The one Liveness of a driver's database. */
export function livenessFor(driver: Driver, database?: string): Liveness {
  let liveness = livenessOf.get(driver);
  if (!liveness) livenessOf.set(driver, (liveness = new Liveness(driver, database)));
  return liveness;
}

/**
 * `work`, but settled by `deadline` + DEADLINE_GRACE_MS at the latest (with `onDeadline()`'s
 * error), and failed with DatabaseNotAnsweringError as soon as it has waited PROBE_AFTER_MS and
 * the database does not answer a probe. What `work` does later is ignored.
 */
export function bounded<T>(
  work: Promise<T>,
  liveness: Liveness,
  deadline: number | undefined,
  onDeadline: () => Error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearInterval(probing);
      if (hard) clearTimeout(hard);
      settle();
    };
    const probing = setInterval(() => {
      void liveness.answers().then((answers) => answers || finish(() => reject(new DatabaseNotAnsweringError())));
    }, PROBE_AFTER_MS);
    const hard =
      deadline === undefined
        ? undefined
        : setTimeout(() => finish(() => reject(onDeadline())), Math.max(0, deadline - Date.now()) + DEADLINE_GRACE_MS);
    work.then(
      (value) => finish(() => resolve(value)),
      // The driver's own give-ups carry no Neo4j code (a connection not acquired in time); against a
      // server that just left a probe unanswered, they mean the same as the probe.
      (error) =>
        finish(() =>
          reject(
            error instanceof Neo4jError && error.code === UNCODED && liveness.recentlySilent()
              ? new DatabaseNotAnsweringError()
              : error,
          ),
        ),
    );
  });
}

/** The code neo4j-driver gives errors of its own making that have none. */
const UNCODED = 'N/A';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());
