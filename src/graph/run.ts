import { Driver, ManagedTransaction, Neo4jError, QueryResult, RecordShape, Session } from 'neo4j-driver';
import { compactCypher } from './compact';
import { bounded, DatabaseNotAnsweringError, livenessFor } from './liveness';
import { plainRecord } from './values';

export type Params = Record<string, unknown>;

/**
 * The only way code reads or writes the graph; sessions close in `finally`. Writes run as
 * managed transaction functions, so transient errors are retried by the driver. A read is one
 * query, so it runs as an auto-commit transaction: RUN and PULL go out together and no COMMIT
 * follows, one network round trip instead of two (measured: half the time of a managed read
 * of the same Cypher); a read changes nothing, so it is simply run again on a transient error.
 * `roundTrips` counts queries sent, so a request can report (and tests can bound) its cost.
 */
export class Graph {
  roundTrips = 0;
  /** Epoch ms after which this request's transactions may not run (set by `scoped`). */
  private deadline?: number;
  /** True for a request's view (from `scoped`): only those remember that the database was unreachable. */
  private perRequest = false;
  /** The first "database unreachable" error of this request: later round trips fail at once with it. */
  private unreachable?: unknown;
  /**
   * `$withSources` of every query: whether node projections carry `sources` (see
   * cypher/nodes.cypher). A request that never asks for them skips sending the longest lists.
   */
  private withSources = true;

  constructor(
    readonly driver: Driver,
    readonly database?: string,
    readonly requestTimeoutMs?: number,
  ) {}

  /** The same database with a time budget per request: each `scoped()` view gets `ms` from its creation. */
  withRequestTimeout(ms: number): Graph {
    return new Graph(this.driver, this.database, ms);
  }

  /** Restarts this request's budget at `ms` from now: mutations (an ingest) get a longer one than queries. */
  setTimeBudget(ms: number): void {
    this.deadline = Date.now() + ms;
  }

  /**
   * A view of the same database that counts its own round trips (one per request); with
   * `sources: false` its nodes come without their `sources` lists.
   */
  scoped({ sources = true }: { sources?: boolean } = {}): Graph {
    const view = new Graph(this.driver, this.database, this.requestTimeoutMs);
    view.perRequest = true;
    view.withSources = sources;
    if (this.requestTimeoutMs !== undefined) view.deadline = Date.now() + this.requestTimeoutMs;
    return view;
  }

  async read<T = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<T[]> {
    return retried(READ_ATTEMPTS, isRetryableRead, 100, () =>
      this.session('READ', async (session, timeout) => {
        this.roundTrips += 1;
        return plainRows<T>(
          await session.run<RecordShape>(compactCypher(cypher), this.withDefaults(params), { timeout }),
        );
      }),
    );
  }

  async write<T = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.session('WRITE', (session, timeout) =>
      session.executeWrite((tx) => runPlain<T>(tx, cypher, params, this), { timeout }),
    );
  }

  /** A query's parameters plus those every query may use (Neo4j ignores unused ones); the caller's win. */
  withDefaults(params: Params): Params {
    return { withSources: this.withSources, ...params };
  }

  /**
   * Several statements, all or nothing. Two concurrent MERGEs of the same new node can both
   * miss it and one then fails its uniqueness constraint, and two loads sharing nodes can
   * deadlock; those are races, not bad data, so the whole transaction runs again (it then
   * finds the node) a few times before giving up.
   */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    // Two loads MERGEing the same shared nodes (an agency, a rule) in other orders can
    // deadlock; a short, growing pause lets the other transaction finish first.
    return retried(WRITE_ATTEMPTS, isWriteRace, 50, () =>
      this.session('WRITE', (session, timeout) => session.executeWrite((tx) => work(new Tx(tx, this)), { timeout })),
    );
  }

  /** One session for `work`, given what is left of the request's time budget; closed in `finally`. */
  private async session<T>(
    mode: 'READ' | 'WRITE',
    work: (session: Session, timeout: number | undefined) => Promise<T>,
  ): Promise<T> {
    if (this.unreachable) throw this.unreachable;
    const timeout = this.remainingMs();
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    let answered = false;
    try {
      // Neo4j enforces `timeout` itself, but only while it runs: a frozen server answers nothing,
      // and the driver would wait for ever. For a request, `bounded` ends the wait (liveness.ts);
      // start-up, seeding and the CLIs wait, as a busy fresh Neo4j can be slow to answer at first.
      const deadline = timeout === undefined ? undefined : Date.now() + timeout;
      const working = work(session, timeout);
      const result = await (this.perRequest
        ? bounded(
            working,
            livenessFor(this.driver, this.database),
            deadline,
            () => new RequestTimeoutError(this.requestTimeoutMs!),
          )
        : working);
      answered = true;
      return result;
    } catch (error) {
      // Each round trip to a database that is down costs the driver's whole retry budget; one is enough per request.
      if (this.perRequest && isUnreachable(error)) this.unreachable = error;
      answered = !(error instanceof DatabaseNotAnsweringError || error instanceof RequestTimeoutError);
      throw error;
    } finally {
      // Closing waits for the server; one that did not answer the work will not answer that either.
      if (answered) await session.close();
      else session.close().catch(() => undefined);
    }
  }

  /** The transaction timeout Neo4j enforces: what is left of the request's budget (undefined: the server's default). */
  private remainingMs(): number | undefined {
    if (this.deadline === undefined) return undefined;
    const left = this.deadline - Date.now();
    if (left <= 0) throw new RequestTimeoutError(this.requestTimeoutMs!);
    return left;
  }
}

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';
const DEADLOCK = 'Neo.TransientError.Transaction.DeadlockDetected';
const WRITE_ATTEMPTS = 5;

/**
 * Concurrent writes of the same nodes that lose a race: a MERGE that met a uniqueness
 * constraint, or a deadlock Neo4j broke. The driver's own retry budget is kept short so a
 * missing database fails fast, which is too short for a whole document's transaction.
 */
function isWriteRace(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code === CONSTRAINT_FAILED || error.code === DEADLOCK);
}
/**
 * The database cannot serve this request now: no connection, or (while Neo4j stops or starts)
 * a server that answers DatabaseUnavailable after holding the query for about 1.5 s. Trying
 * again within the request only multiplies that wait (measured: 4.4 s for three attempts).
 */
const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
export function isUnreachable(error: unknown): boolean {
  return (error instanceof Neo4jError && UNREACHABLE.has(error.code)) || error instanceof DatabaseNotAnsweringError;
}

/**
 * A read that met a transient error (a lock, a cluster member changing role) is tried again a
 * few times; a database that cannot be reached is not: the request fails at once with it.
 */
const READ_ATTEMPTS = 3;
function isRetryableRead(error: unknown): boolean {
  return error instanceof Neo4jError && error.retryable && !isUnreachable(error);
}

/** `work`, run again after a growing pause (`pauseMs` × attempt) while it fails with a retryable error. */
async function retried<T>(
  attempts: number,
  retryable: (error: unknown) => boolean,
  pauseMs: number,
  work: () => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !retryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs * attempt));
    }
  }
}

function plainRows<T>(result: QueryResult<RecordShape>): T[] {
  return result.records.map((record) => plainRecord(record) as T);
}

/** The request spent its time budget (REQUEST_TIMEOUT_MS) before this round trip could start. */
export class RequestTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The request ran out of its ${timeoutMs} ms time budget.`);
    this.name = 'RequestTimeoutError';
  }
}

/** What a transaction changed, from Neo4j's own counters. */
export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

/** A transaction handed to `writeTransaction`'s work; each `run` is one round trip. */
export class Tx {
  readonly counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };

  constructor(
    private readonly tx: ManagedTransaction,
    private readonly graph: Graph,
  ) {}

  run<T = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<T[]> {
    return runPlain<T>(this.tx, cypher, params, this.graph, this.counts);
  }
}

async function runPlain<T>(
  tx: ManagedTransaction,
  cypher: string,
  params: Params,
  graph: Graph,
  counts?: WriteCounts,
): Promise<T[]> {
  graph.roundTrips += 1;
  const result = await tx.run<RecordShape>(compactCypher(cypher), graph.withDefaults(params));
  if (counts) {
    const updates = result.summary.counters.updates();
    counts.nodesCreated += updates.nodesCreated;
    counts.relationshipsCreated += updates.relationshipsCreated;
    counts.propertiesSet += updates.propertiesSet;
  }
  return plainRows<T>(result);
}
