/**
 * Parse time against text length for the shapes that once made the parser quadratic: one long
 * run without spaces, one huge line of words, a run of "(a)" labels, deep clause nesting, a real
 * order repeated. Run: npm run bench:parse. Prints milliseconds per size (wall and CPU), then first parses in fresh
 * processes and pool threads (bench/parse-cold.ts); asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { parseDocument } from '../src/ingest/parse';
import { coldTable } from './parse-cold';
import { SHAPES, hints } from './parse-shapes';

/** Wall time, and the CPU time of this process: on a shared machine the CPU time is the steadier figure. */
function timeOf(text: string): { ms: number; cpuMs: number; outcome: string } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let outcome: string;
  try {
    const m = parseDocument(text, hints);
    outcome = `${m.provisions.length} provisions`;
  } catch (e) {
    outcome = `refused: ${(e as Error).message.slice(0, 50)}`;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, outcome };
}

async function main(): Promise<void> {
  const sizes = (process.env.SIZES ?? '62500,250000,1000000,2000000').split(',').map(Number);
  const only = process.argv[2];
  console.log('milliseconds: wall / CPU of this process');
  console.log(
    `shape            ${sizes.map((s) => `${(s / 1000).toFixed(0)}KB`.padStart(12)).join('')}   outcome at largest`,
  );
  for (const [name, make] of Object.entries(SHAPES)) {
    if (only && name !== only) continue;
    const cells: string[] = [];
    let last = '';
    for (const size of sizes) {
      const { ms, cpuMs, outcome } = timeOf(make(size));
      cells.push(`${ms.toFixed(0)}/${cpuMs.toFixed(0)}`.padStart(12));
      last = outcome;
    }
    console.log(`${name.padEnd(16)} ${cells.join('')}   ${last}`);
  }
  // a whole run also shows what a fresh parser pays once, as the API's pool threads do
  if (!only) await coldTable();
}

void main();
