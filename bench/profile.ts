import { Driver } from 'neo4j-driver';
import { PROBE_QUERY } from '../src/graph/liveness';

/** Database hits summed over every query run through a profiling driver. */
export class HitCounter {
  dbHits = 0;
  queries = 0;
  /** Queries whose result was streamed (subscribe) rather than awaited: their hits are not counted. */
  uncounted = 0;
  /** Called with each counted query and its profiled plan (bench/plans.ts prints them). */
  onPlan?: (query: string, plan: ProfiledPlan) => void;

  reset(): void {
    this.dbHits = this.queries = this.uncounted = 0;
  }
}

/**
 * A Driver whose every query runs under PROFILE, adding its plan's db hits to `counter`.
 * Hand it to `new Graph(...)` or `new Neo4jGraphQL({ driver })` to count what they run: the
 * code under test is unchanged, only the text it sends gains a PROFILE prefix.
 */
export function profilingDriver(driver: Driver, counter: HitCounter): Driver {
  return wrap(driver, {
    session:
      (target) =>
      (...args: unknown[]) =>
        wrapSession(target.session(...(args as [])), counter),
  });
}

function wrapSession(session: any, counter: HitCounter): any {
  const inTx = (name: string) => (work: (tx: any) => unknown, config?: unknown) =>
    session[name]((tx: any) => work(wrapRunner(tx, counter)), config);
  return wrap(session, {
    executeRead: () => inTx('executeRead'),
    executeWrite: () => inTx('executeWrite'),
    beginTransaction:
      () =>
      (...args: unknown[]) =>
        wrapRunner(session.beginTransaction(...args), counter),
    run: () => (query: string, params?: unknown, config?: unknown) => profiled(session, query, params, config, counter),
  });
}

function wrapRunner(tx: any, counter: HitCounter): any {
  return wrap(tx, {
    run: () => (query: string, params?: unknown, config?: unknown) => profiled(tx, query, params, config, counter),
  });
}

/** PROFILE goes after any leading `CYPHER ...` options. */
export function withProfile(query: string): string {
  const options = /^\s*(CYPHER(?:\s+\d+)?(?:\s+\w+=\w+)*\s+)?/i.exec(query)![0];
  return `${options}PROFILE ${query.slice(options.length)}`;
}

function profiled(runner: any, query: string, params: unknown, config: unknown, counter: HitCounter): any {
  // The liveness probe a slow round trip sets off is not part of any answer.
  if (query === PROBE_QUERY) return runner.run(query, params, config);
  const result = runner.run(withProfile(query), params, config);
  counter.queries += 1;
  let counted = false;
  return wrap(result, {
    then: () => (onFulfilled?: (value: any) => unknown, onRejected?: (reason: unknown) => unknown) =>
      result
        .then((value: any) => {
          if (!counted) {
            counter.dbHits += planHits(value.summary.profile);
            if (value.summary.profile) counter.onPlan?.(query, value.summary.profile);
          }
          counted = true;
          return value;
        })
        .then(onFulfilled, onRejected),
    subscribe: () => (observer: unknown) => {
      counter.uncounted += 1;
      return result.subscribe(observer);
    },
  });
}

/** The part of neo4j-driver's profiled plan read here. */
export interface ProfiledPlan {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: ProfiledPlan[];
}

export function planHits(plan: { dbHits: number; children: unknown[] } | false | undefined): number {
  if (!plan) return 0;
  return Number(plan.dbHits) + plan.children.reduce<number>((sum, child) => sum + planHits(child as any), 0);
}

function wrap<T extends object>(target: T, overrides: Record<string, (target: any) => unknown>): T {
  return new Proxy(target, {
    get(t, prop) {
      if (typeof prop === 'string' && overrides[prop]) return overrides[prop](t);
      const value = Reflect.get(t, prop, t);
      return typeof value === 'function' ? value.bind(t) : value;
    },
  });
}
