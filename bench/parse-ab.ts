/**
 * Two builds of the parser on one benchmark text, in one process and in turns, so that both meet the same load of
 * this shared machine: node dist/bench/parse-ab.js OLD_DIST NEW_DIST SHAPE [ROUNDS=5]. Each build parses once to
 * warm, then ROUNDS times each, alternating. Prints the median wall milliseconds of each; asserts nothing.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { parseDocument as Parse } from '../src/ingest/parse';
import { SHAPES, hints } from './parse-shapes';

function parserOf(dist: string): typeof Parse {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(resolve(dist, 'src/ingest/parse')) as { parseDocument: typeof Parse }).parseDocument;
}

function msOf(parse: typeof Parse, text: string): number {
  const t0 = performance.now();
  try {
    parse(text, hints);
  } catch {
    // a refused text is timed as well
  }
  return performance.now() - t0;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1];
}

function main(): void {
  const [oldDist, newDist, shape, rounds = '5'] = process.argv.slice(2);
  const make = SHAPES[shape];
  if (!oldDist || !newDist || !make)
    throw new Error(
      `Usage: parse-ab.js OLD_DIST NEW_DIST SHAPE [ROUNDS]; SHAPE one of ${Object.keys(SHAPES).join(', ')}`,
    );
  const text = make(2_000_000);
  const [before, after] = [parserOf(oldDist), parserOf(newDist)];
  msOf(before, text);
  msOf(after, text);
  const times: [number[], number[]] = [[], []];
  for (let k = 0; k < Number(rounds); k++) {
    times[0].push(msOf(before, text));
    times[1].push(msOf(after, text));
  }
  console.log(`${shape.padEnd(22)} old ${median(times[0]).toFixed(0)} ms   new ${median(times[1]).toFixed(0)} ms`);
}

main();
