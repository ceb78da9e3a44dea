import http from 'node:http';
import autocannon from 'autocannon';

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  n: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });

/**
 * POSTs JSON over a keep-alive connection; rejects on a non-2xx status. A kept-alive socket the
 * server closed while it sat idle (its keep-alive timeout, 5 s in Node, passes while a slow
 * question is asked the other ways) resets when reused: that request is sent once more on a
 * new socket, as Node's documentation advises (`request.reusedSocket`).
 */
export async function post(url: string, body: string): Promise<any> {
  try {
    return await postOnce(url, body);
  } catch (error) {
    if ((error as { reusedSocketReset?: boolean }).reusedSocketReset) return postOnce(url, body);
    throw error;
  }
}

function postOnce(url: string, body: string): Promise<any> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          if ((res.statusCode ?? 500) >= 300) reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
          else resolve(JSON.parse(text));
        });
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      reject(Object.assign(error, { reusedSocketReset: req.reusedSocket && error.code === 'ECONNRESET' })),
    );
    req.end(body);
  });
}

/**
 * Latency at concurrency 1, in milliseconds; the warm-up runs are discarded. `budgetMs` bounds
 * the warm-up (to a third) and the sampling of a slow question (one whose answer is the busiest agency's thousands of
 * groups at 20,000 documents): it stops after that long with at least `minSamples` samples.
 */
export async function latency(
  fn: () => Promise<unknown>,
  iterations: number,
  warmup: number,
  budgetMs = Infinity,
  minSamples = 20,
): Promise<Latency> {
  const warmUntil = performance.now() + budgetMs / 3;
  for (let i = 0; i < warmup && (i < 2 || performance.now() < warmUntil); i++) await fn();
  const times: number[] = [];
  const stopAt = performance.now() + budgetMs;
  for (let i = 0; i < iterations && (i < minSamples || performance.now() < stopAt); i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return summarize(times);
}

/**
 * Latency at concurrency 1 of several ways of asking one question, sampled in turns: each round
 * asks every way once, in an order that rotates, so every way meets the same moments of a shared,
 * noisy machine (its other jobs, GC, Neo4j's page cache). Sampled one way after another, the
 * ways met different minutes of that noise and the ratio of their p50s swung by 3× between runs.
 * The budget bounds the whole round robin, as `latency` bounds one way.
 */
export async function latencyInTurns<K extends string>(
  fns: Record<K, () => Promise<unknown>>,
  iterations: number,
  budgetMs = Infinity,
  minSamples = 20,
): Promise<Record<K, Latency>> {
  const keys = Object.keys(fns) as K[];
  const times = new Map<K, number[]>(keys.map((k) => [k, []]));
  const stopAt = performance.now() + budgetMs;
  for (let i = 0; i < iterations && (i < minSamples || performance.now() < stopAt); i++) {
    for (let j = 0; j < keys.length; j++) {
      const key = keys[(i + j) % keys.length];
      const start = performance.now();
      await fns[key]();
      times.get(key)!.push(performance.now() - start);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, summarize(times.get(k)!)])) as Record<K, Latency>;
}

function summarize(times: number[]): Latency {
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
    n: times.length,
  };
}

export interface Throughput {
  requestsPerSecond: number;
  errors: number;
}

/** Requests per second at `connections` concurrent connections (autocannon). */
export async function throughputHttp(
  url: string,
  body: string,
  connections: number,
  seconds: number,
): Promise<Throughput> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
  });
  return { requestsPerSecond: result.requests.average, errors: result.errors + result.timeouts + result.non2xx };
}

/** The same for an in-process call: `concurrency` loops for `seconds`. */
export async function throughputInProcess(
  fn: () => Promise<unknown>,
  concurrency: number,
  seconds: number,
): Promise<Throughput> {
  const end = performance.now() + seconds * 1000;
  let done = 0;
  let errors = 0;
  const loop = async () => {
    while (performance.now() < end) {
      try {
        await fn();
        done += 1;
      } catch {
        errors += 1;
      }
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { requestsPerSecond: done / ((performance.now() - start) / 1000), errors };
}
