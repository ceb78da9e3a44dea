import { Driver, ManagedTransaction, RecordShape } from 'neo4j-driver';
import { toPlain } from './values';

export type Params = Record<string, unknown>;

/**
 * The only way code reads or writes the graph. Transactions run as managed transaction
 * functions, so transient errors are retried by the driver; sessions close in `finally`.
 * `roundTrips` counts queries sent, so a request can report (and tests can bound) its cost.
 */
export class Graph {
  roundTrips = 0;

  constructor(readonly driver: Driver, readonly database?: string) {}

  /** A view of the same database that counts its own round trips (one per request). */
  scoped(): Graph {
    return new Graph(this.driver, this.database);
  }

  async read<T = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.session('READ', (tx) => runPlain<T>(tx, cypher, params, this));
  }

  async write<T = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.session('WRITE', (tx) => runPlain<T>(tx, cypher, params, this));
  }

  /** Several statements, all or nothing. */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session('WRITE', (tx) => work(new Tx(tx, this)));
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } finally {
      await session.close();
    }
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

  constructor(private readonly tx: ManagedTransaction, private readonly graph: Graph) {}

  run<T = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<T[]> {
    return runPlain<T>(this.tx, cypher, params, this.graph, this.counts);
  }
}

async function runPlain<T>(tx: ManagedTransaction, cypher: string, params: Params, graph: Graph, counts?: WriteCounts): Promise<T[]> {
  graph.roundTrips += 1;
  const result = await tx.run<RecordShape>(cypher, params);
  if (counts) {
    const updates = result.summary.counters.updates();
    counts.nodesCreated += updates.nodesCreated;
    counts.relationshipsCreated += updates.relationshipsCreated;
    counts.propertiesSet += updates.propertiesSet;
  }
  return result.records.map((record) => toPlain(record.toObject()) as T);
}
