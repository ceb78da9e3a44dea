/**
 * A text is scanned once for where any group phrase may start, and each group's pattern is tried there only. The
 * phrases found must be those a scan of the whole text for each pattern finds: if a place were missed, a text that
 * names the group would lose the mention.
 */
import { AgencyGroups, oneOfLiterals } from '../../../src/ingest/parse/groups';
import { matchCharacters } from '../../../src/ingest/parse/regex-source';
import { SpanSet } from '../../../src/ingest/parse/patterns';
import { loadReference } from '../../../src/ingest/reference';
import { corpus } from '../corpus-lines';

/** The phrases of a scan of the whole text for each pattern, the longest kept where two overlap. */
function scannedForEach(groups: AgencyGroups, text: string): string[] {
  const hits = groups.refs.flatMap((g) =>
    g.patterns.flatMap((source) =>
      [...text.matchAll(new RegExp(String.raw`\b(?:[Tt]he\s+)?(?:${source})\b`, 'g'))].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        groupId: g.id,
      })),
    ),
  );
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new SpanSet();
  return hits
    .filter((h) => taken.take(h))
    .sort((a, b) => a.start - b.start)
    .map((h) => `${h.groupId} ${text.slice(h.start, h.end)} @${h.start}`);
}

describe('group phrases looked for where one may start', () => {
  const groups = new AgencyGroups(loadReference().agencyGroups);
  const found = (text: string) =>
    groups.find(text).map((h) => `${h.groupId} ${text.slice(h.start, h.end)} @${h.start}`);

  it('are the phrases of a scan for each pattern, in every 10th order of the corpus and in all of them joined', () => {
    const texts = corpus()
      .filter((_, i) => i % 10 === 0)
      .map((line) => line.text);
    let phrases = 0;
    for (const text of texts) {
      const expected = scannedForEach(groups, text);
      expect(found(text)).toEqual(expected);
      phrases += expected.length;
    }
    // the orders name groups: the check is not over no phrases at all
    expect(phrases).toBeGreaterThan(500);
    const joined = texts.join(' ');
    expect(found(joined)).toEqual(scannedForEach(groups, joined));
  });

  it('finds one phrase inside another once, as the longer', () => {
    expect(found('The heads of executive departments and agencies shall report, as shall each agency.')).toEqual([
      'executive-departments-and-agencies The heads of executive departments and agencies @0',
      'executive-departments-and-agencies each agency @71',
    ]);
  });

  it('passes over a text by words one of which each phrase holds, and every phrase of the corpus holds one', () => {
    expect(oneOfLiterals('agenc(?:y|ies)|establishments?')).toEqual(['agenc', 'establishment']);
    expect(oneOfLiterals('[Hh]eads? of (?:the )?(?:departments|agencies)')).toEqual(['departments', 'agencies']);
    // a lookaround holds nothing of the match; an optional group says nothing
    expect(oneOfLiterals("(?<=^|[.:;]\\s+)Agencies(?!['’])")).toEqual(['Agencies']);
    expect(oneOfLiterals('(?:each )?[Aa]gency')).toEqual(['gency']);
    expect(oneOfLiterals('[A-Z]\\w+')).toBeUndefined();
    const texts = corpus()
      .filter((_, i) => i % 10 === 0)
      .map((line) => line.text);
    let phrases = 0;
    for (const source of groups.refs.flatMap((g) => g.patterns)) {
      const words = oneOfLiterals(source);
      if (!words) continue;
      for (const text of texts)
        for (const m of text.matchAll(new RegExp(source, 'g'))) {
          expect(words.some((w) => m[0].includes(w))).toBe(true);
          phrases++;
        }
    }
    expect(phrases).toBeGreaterThan(500);
  });

  it('scans only the runs of characters a phrase can hold, and every phrase of the corpus is made of them', () => {
    const only = (sources: string[], text: string) => {
      const characters = matchCharacters(sources)!;
      return [...text].every((ch) => characters.test(ch));
    };
    // a lookaround reads around the match: its characters are none of the match's
    expect(only(["(?<=[.:;]\\s+)Agencies(?!['’])"], 'Agencies')).toBe(true);
    expect(only(["(?<=[.:;]\\s+)Agencies(?!['’])"], '.')).toBe(false);
    expect(only(['[Hh]eads? of (?:[A-Z][\\w-]*\\s+){1,2}agencies'], 'Heads of Non-Defense\nagencies')).toBe(true);
    expect(only(['[Hh]eads? of (?:[A-Z][\\w-]*\\s+){1,2}agencies'], '{')).toBe(false);
    // where a match may hold almost any character, no class is told and the whole text is scanned
    expect(matchCharacters(['agencies[^.]*shall'])).toBeUndefined();
    expect(matchCharacters(['agencies.shall'])).toBeUndefined();
    expect(matchCharacters(['agencies\\Sshall'])).toBeUndefined();
    const sources = groups.refs.flatMap((g) => g.patterns);
    const characters = matchCharacters(sources.map((source) => String.raw`\b(?:[Tt]he\s+)?(?:${source})\b`))!;
    const texts = corpus()
      .filter((_, i) => i % 10 === 0)
      .map((line) => line.text);
    let phrases = 0;
    for (const source of sources)
      for (const text of texts)
        for (const m of text.matchAll(new RegExp(String.raw`\b(?:[Tt]he\s+)?(?:${source})\b`, 'g'))) {
          expect([...m[0]].every((ch) => characters.test(ch))).toBe(true);
          phrases++;
        }
    expect(phrases).toBeGreaterThan(500);
    // phrases next to characters no phrase holds: the runs they end are read as the scan of the whole text reads them
    for (const text of [
      'Agencies: each agency shall act (the heads of executive departments and agencies).',
      '(2) Those agencies designated; these agencies. Departments and agencies shall; agencies shall report.',
    ])
      expect(found(text)).toEqual(scannedForEach(groups, text));
  });
});
