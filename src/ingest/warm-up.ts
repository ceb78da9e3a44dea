import fs from 'node:fs';
import { parseDocument } from './parse';
import { seedEntries } from './seed-texts';

/**
 * Parses the seed texts once and forgets the results. A parser's first text pays for compiling
 * its code and patterns and building its name tables: a 2 MB text's first parse took 0.3-0.5 s
 * longer than its second. A thread that does this as it starts pays that before anyone waits on it.
 * Returns how many texts it parsed; a missing or refused text only warms less.
 */
export function warmUpParser(): number {
  let parsed = 0;
  for (const { file, hints } of seedEntries()) {
    try {
      parseDocument(fs.readFileSync(file, 'utf8'), hints);
      parsed += 1;
    } catch {
      // warming is only a head start: the thread parses what it is sent all the same
    }
  }
  return parsed;
}
