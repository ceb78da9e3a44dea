/**
 * Parse time against text length for the shapes that once made the parser quadratic: one long
 * run without spaces, one huge line of words, a run of "(a)" labels, deep clause nesting, a real
 * order repeated. Run: npm run bench:parse. Prints milliseconds per size (wall and CPU); asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { parseDocument } from '../src/ingest/parse';
import { DocumentHints } from '../src/ingest/model';

const HEADER =
  'Executive Order 14999 of January 20, 2025\n\nA Test\n\nBy the authority vested in me as President, it is hereby ordered:\n\nSection 1. Purpose. ';
const hints: DocumentHints = { kind: 'EXECUTIVE_ORDER', number: '14999', signedOn: '2025-01-20' };

const SENTENCE =
  'The Secretary of Homeland Security shall review the program within 90 days of the date of this order. ';
const NESTED = ['(a)', '(i)', '(A)', '(1)'];

/** Each shape grows to about `size` characters. */
const SHAPES: Record<string, (size: number) => string> = {
  'a-run': (n) => 'a'.repeat(n),
  'header+a-run': (n) => HEADER + 'a'.repeat(n),
  'one-line-words': (n) => HEADER + SENTENCE.repeat(Math.ceil(n / SENTENCE.length)),
  'many-lines': (n) => HEADER + (SENTENCE + '\n').repeat(Math.ceil(n / SENTENCE.length)),
  'labels-run': (n) => HEADER + '(a)'.repeat(Math.ceil(n / 3)),
  'labels-lines': (n) => HEADER + '(a) x;\n'.repeat(Math.ceil(n / 7)),
  'deep-nesting': (n) =>
    HEADER +
    Array.from({ length: Math.ceil(n / 60) }, (_, i) => `${NESTED[i % 4]} The Secretary shall act:\n`).join(''),
  spaces: (n) => HEADER + ' '.repeat(n) + '.',
  dots: (n) => HEADER + '. '.repeat(Math.ceil(n / 2)),
  'section-lines': (n) =>
    HEADER +
    Array.from({ length: Math.ceil(n / 40) }, (_, i) => `Sec. ${i + 2}. Heading. The Secretary shall act.\n`).join(''),
  // each section names agencies, establishes a body and speaks of "the Board" and "the Task Force": the antecedent and body look-ups
  'agency-sections': (n) =>
    HEADER +
    Array.from(
      { length: Math.ceil(n / 190) },
      (_, i) =>
        `Sec. ${i + 2}. Task Force. There is hereby established the Task Force on Item ${i + 2}. The Secretary of Commerce shall consult the Board and the Administrator. The Task Force shall report.\n`,
    ).join(''),
  // each section revokes an order: relation reading, and the lists a revocation may open
  'revocation-lines': (n) =>
    HEADER +
    Array.from(
      { length: Math.ceil(n / 50) },
      (_, i) => `Sec. ${i + 2}. Executive Order ${10000 + i} is hereby revoked.\n`,
    ).join(''),
  'hyphen-lines': (n) => HEADER + 'Home-\nland '.repeat(Math.ceil(n / 11)),
  'caps-words': (n) => HEADER + 'AbcDef'.repeat(Math.ceil(n / 6)),
};

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

function main(): void {
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
}

main();
