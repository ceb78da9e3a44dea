/**
 * Writes seed/reference/dated-orders.json: the corpus's orders by signing date, for the orders a text names by date
 * alone ("the Executive Order of February 1, 2025 (Imposing Duties ...)", see src/ingest/parse/dated-orders.ts).
 * `npm run corpus:dated-orders`; run again when the corpus changes.
 *
 * The corpus does not hold every order (none of 1936-1944, part of the 1990s), so a date that has one order in it may
 * have had others: a date is written only where the corpus surely holds all of that day's, that is where its orders'
 * numbers run without a gap and the numbers just before and after them are in the corpus, signed before and after it.
 * Orders are numbered in the order they are signed; a date whose neighbours break that is left out too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { DatedOrderTable } from '../ingest/parse/dated-orders';
import { CorpusLine, readCorpus } from './lines';

/** The number without the letter some 1930s lines keep ("6205-A"): the numbers count the orders. */
function numeric(line: CorpusLine): number {
  return parseInt(line.number, 10);
}

function completeDates(lines: CorpusLine[]): DatedOrderTable {
  const byNumber = new Map<number, CorpusLine[]>();
  const byDate = new Map<string, CorpusLine[]>();
  for (const line of lines) {
    byNumber.set(numeric(line), [...(byNumber.get(numeric(line)) ?? []), line]);
    byDate.set(line.signedOn, [...(byDate.get(line.signedOn) ?? []), line]);
  }
  const table: DatedOrderTable = {};
  for (const date of [...byDate.keys()].sort()) {
    const orders = byDate.get(date)!;
    const numbers = orders.map(numeric);
    const low = Math.min(...numbers);
    const high = Math.max(...numbers);
    let complete = true;
    for (let n = low - 1; n <= high + 1 && complete; n++) {
      const held = byNumber.get(n);
      const signed = (test: (d: string) => boolean) => !!held && held.every((l) => test(l.signedOn));
      if (n < low) complete = signed((d) => d < date);
      else if (n > high) complete = signed((d) => d > date);
      else complete = signed((d) => d === date);
    }
    if (complete) table[date] = orders.map((l) => [l.number, l.title ?? '']);
  }
  return table;
}

function main(): void {
  const table = completeDates(readCorpus());
  const file = path.join(PROJECT_ROOT, 'seed', 'reference', 'dated-orders.json');
  // one date a line: the file is read by people too, and diffs stay small when the corpus grows
  const body = Object.entries(table)
    .map(([date, orders]) => `  ${JSON.stringify(date)}: ${JSON.stringify(orders)}`)
    .join(',\n');
  fs.writeFileSync(file, `{\n${body}\n}\n`);
  console.log(`Wrote ${path.relative(PROJECT_ROOT, file)}: ${Object.keys(table).length} dates`);
}

main();
