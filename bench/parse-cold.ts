/**
 * A 2 MB text parsed as the API parses it: the first parse in a fresh process, and in a fresh
 * thread of the parse pool (an ingest over HTTP after the pool's threads went idle). The
 * scaling benchmark times warm parses; this one adds what a newly started parser pays once
 * (compiling the code and the patterns, building the name tables). Run: npm run bench:parse
 * (after the scaling table), or `node dist/bench/parse-cold.js [SHAPE] [SIZE]`. Asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { ParsePool } from '../src/ingest/parse-pool';
import { parseDocument } from '../src/ingest/parse';
import { SHAPES, hints } from './parse-shapes';

const CHILD = '--child';
const RUNS = 3;
const DEFAULT_SHAPES = ['corpus-orders', 'order-repeated', 'agency-sections'];

/** In a fresh process: the first parse, then a second (warm), wall ms; the text is built before the clock starts. */
function child(shape: string, size: number): void {
  const text = SHAPES[shape](size);
  const times: number[] = [];
  for (let k = 0; k < 2; k++) {
    const t0 = performance.now();
    try {
      parseDocument(text, hints);
    } catch {
      // a refused shape is timed all the same: refusing is the parse's answer
    }
    times.push(performance.now() - t0);
  }
  console.log(JSON.stringify(times));
}

/**
 * A fresh pool's first parse (thread start, module load, parse, the model sent back), then the same thread's second;
 * `warm`: the server's pool, its thread started and warmed on the seed texts before the text is sent.
 */
async function throughPool(text: string, warm: boolean): Promise<number[]> {
  const pool = new ParsePool({ warm });
  const times: number[] = [];
  try {
    await pool.ready();
    for (let k = 0; k < 2; k++) {
      const t0 = performance.now();
      await pool.parse(text, hints).catch(() => undefined);
      times.push(performance.now() - t0);
    }
  } finally {
    await pool.close();
  }
  return times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function coldTable(shapes = DEFAULT_SHAPES, size = 2_000_000): Promise<void> {
  console.log(
    `\nfirst parse of ${(size / 1e6).toFixed(1)} MB in a fresh process / its second parse; the same through a fresh`,
  );
  console.log(`pool thread (an ingest over HTTP after the threads went idle), and through the server's warm pool`);
  console.log(`(its thread started and warmed on the seed texts at start-up); wall ms, median of ${RUNS} runs each`);
  console.log('shape              process first  second    pool first  second    warm pool first  second');
  for (const shape of shapes) {
    const inProcess: number[][] = [];
    const inPool: number[][] = [];
    const inWarmPool: number[][] = [];
    for (let r = 0; r < RUNS; r++) {
      const out = execFileSync(process.execPath, [__filename, CHILD, shape, String(size)], { encoding: 'utf8' });
      inProcess.push(JSON.parse(out.trim().split('\n').pop()!) as number[]);
      inPool.push(await throughPool(SHAPES[shape](size), false));
      inWarmPool.push(await throughPool(SHAPES[shape](size), true));
    }
    const cell = (runs: number[][], k: number) =>
      median(runs.map((t) => t[k]))
        .toFixed(0)
        .padStart(8);
    console.log(
      `${shape.padEnd(18)} ${cell(inProcess, 0)}     ${cell(inProcess, 1)}  ${cell(inPool, 0)}    ${cell(inPool, 1)}         ${cell(inWarmPool, 0)}  ${cell(inWarmPool, 1)}`,
    );
  }
}

if (require.main === module) {
  if (process.argv[2] === CHILD) child(process.argv[3], Number(process.argv[4]));
  else
    void coldTable(
      process.argv[2] ? [process.argv[2]] : undefined,
      process.argv[3] ? Number(process.argv[3]) : undefined,
    );
}
