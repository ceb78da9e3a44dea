/**
 * Two builds of the parser on one benchmark text, in one process and in turns, so that both meet the same load of
 * this shared machine: node dist/bench/parse-ab.js OLD_DIST NEW_DIST SHAPE [ROUNDS=5]. Each build parses once to
 * warm, then ROUNDS times each, alternating (and which goes first). Prints the median wall milliseconds of each, and
 * the median CPU milliseconds of this process (steadier than wall on a loaded machine; GC threads count too); asserts
 * nothing.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { parseDocument as Parse } from '../src/ingest/parse';
import { SHAPES, hints } from './parse-shapes';

function parserOf(dist: string): typeof Parse {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(resolve(dist, 'src/ingest/parse')) as { parseDocument: typeof Parse }).parseDocument;
}

/** Wall and CPU milliseconds of one parse. */
function msOf(parse: typeof Parse, text: string): [number, number] {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    parse(text, hints);
  } catch {
    // a refused text is timed as well
  }
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return [wall, (cpu.user + cpu.system) / 1000];
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
  const times: [number, number][][] = [[], []];
  // which build goes first alternates too: the second of a round pays for the garbage the first left
  for (let k = 0; k < Number(rounds); k++) {
    if (k % 2) times[1].push(msOf(after, text));
    times[0].push(msOf(before, text));
    if (!(k % 2)) times[1].push(msOf(after, text));
  }
  const of = (t: [number, number][]) =>
    `${median(t.map(([wall]) => wall)).toFixed(0)} ms (CPU ${median(t.map(([, cpu]) => cpu)).toFixed(0)})`;
  console.log(`${shape.padEnd(22)} old ${of(times[0])}   new ${of(times[1])}`);
}

main();
