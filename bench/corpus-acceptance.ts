/**
 * How many corpus texts the parser accepts with their metadata as hints, per decade, and why it
 * refuses the rest. Run: npm run bench:acceptance (prints a table; no timing).
 */
import { parseDocument, ParseError } from '../src/ingest/parse';
import { readCorpus } from '../src/corpus/lines';

interface Tally {
  total: number;
  accepted: number;
  provisions: number;
  directives: number;
  revocations: number;
}

function reasonOf(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return `${e instanceof ParseError ? 'ParseError' : 'CRASH'}: ${message.replace(/\d+/g, 'N').slice(0, 90)}`;
}

function main(): void {
  const decades = new Map<string, Tally>();
  const reasons = new Map<string, number>();
  for (const line of readCorpus()) {
    const decade = `${line.signedOn.slice(0, 3)}0s`;
    const t = decades.get(decade) ?? { total: 0, accepted: 0, provisions: 0, directives: 0, revocations: 0 };
    decades.set(decade, t);
    t.total++;
    try {
      const m = parseDocument(line.text, {
        kind: 'EXECUTIVE_ORDER',
        number: line.number,
        signedOn: line.signedOn,
        ...(line.title ? { title: line.title } : {}),
      });
      t.accepted++;
      t.provisions += m.provisions.length;
      t.directives += m.directives.length;
      t.revocations += m.revocations.length;
    } catch (e) {
      const r = reasonOf(e);
      reasons.set(r, (reasons.get(r) ?? 0) + 1);
    }
  }
  console.log('decade  texts  accepted  provisions  directives  revocations');
  for (const [d, t] of [...decades].sort()) {
    console.log(
      `${d}  ${String(t.total).padStart(5)}  ${String(t.accepted).padStart(8)}  ${String(t.provisions).padStart(10)}  ${String(t.directives).padStart(10)}  ${String(t.revocations).padStart(11)}`,
    );
  }
  console.log('\nrefusals:');
  for (const [r, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${r}`);
}

main();
