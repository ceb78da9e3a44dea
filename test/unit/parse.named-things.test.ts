/**
 * A text is scanned once for where a program, agreement, country or region may start, and each list's pattern is tried
 * there only. What is found must be what a scan of the whole text for each list finds: if a place were missed, an
 * order would lose the program or agreement it names.
 */
import { EntityStore } from '../../src/ingest/parse/entities';
import { startsWithOneOf, trieAlternation } from '../../src/ingest/parse/patterns';
import { NamedThings } from '../../src/ingest/parse/places';
import { loadReference, NamedRef } from '../../src/ingest/reference';
import { corpus } from './corpus-lines';

/** The hits of a scan of the whole text for the names of `refs`. */
function scanned(refs: NamedRef[], text: string): string[] {
  const names = refs.flatMap((r) => [r.name, ...r.aliases]);
  const byName = new Map(refs.flatMap((r) => [r.name, ...r.aliases].map((n) => [n.toLowerCase(), r] as const)));
  const re = new RegExp(`${startsWithOneOf(names)}(?<![\\w-])(?:${trieAlternation(names)})`, 'g');
  return [...text.matchAll(re)].flatMap((m) => {
    const ref = byName.get(m[0].replace(/\s+/g, ' ').toLowerCase());
    return ref ? [`${ref.id} @${m.index}-${m.index + m[0].length}`] : [];
  });
}

describe('programs and agreements looked for where a name may start', () => {
  const ref = loadReference();
  const named = new NamedThings(ref, new EntityStore());
  const hits = (list: { id: string; start: number; end: number }[]) => list.map((h) => `${h.id} @${h.start}-${h.end}`);

  it('are those of a scan for each list, in every 10th order of the corpus, all of them joined, and every name said', () => {
    const texts = corpus()
      .filter((_, i) => i % 10 === 0)
      .map((line) => line.text);
    // each list's names in turn, in a sentence, so that names of one list stand inside and next to those of another
    const every = [ref.programs, ref.agreements, ref.countries, ref.regions]
      .flatMap((list) => list.flatMap((r) => [r.name, ...r.aliases]))
      .map((name, k) => (k % 3 ? `the ${name}` : `${name}-related`))
      .join(', and ');
    let found = 0;
    for (const text of [...texts, texts.join(' '), every]) {
      const programs = scanned(ref.programs, text);
      const agreements = scanned(ref.agreements, text);
      expect(hits(named.programsIn(text))).toEqual(programs);
      expect(hits(named.agreementsIn(text))).toEqual(agreements);
      // the first country, of the list the parser reads: all but the United States
      const countries = scanned(
        ref.countries.filter((c) => c.id !== 'country-united-states'),
        text,
      );
      expect(named.countryNamedIn(text)).toBe(countries[0]?.split(' ')[0]);
      found += programs.length + agreements.length;
    }
    // the orders name programs and agreements: the check is not over none at all
    expect(found).toBeGreaterThan(20);
  });

  it('reads the country a title names', () => {
    expect(named.countryNamedIn('Agreement Between the United States and the Republic of Guatemala on Trade')).toBe(
      'country-guatemala',
    );
  });
});
