import { parseDocument, ParseError } from '../../src/ingest/parse';
import { seedDocument } from './seed-documents';

describe('parseDocument survives rendering noise', () => {
  const { text, hints } = seedDocument('eo-14010.signed.txt');
  const baseline = parseDocument(text, hints);

  it('ignores CRLF line ends and shuffled whitespace', () => {
    const noisy = text.replace(/\n/g, '\r\n').replace(/ /g, (_, i: number) => (i % 7 === 0 ? '  \t' : ' '));
    expect(parseDocument(noisy, hints)).toEqual(baseline);
  });

  it('rejoins words hyphenated across lines', () => {
    const split = text.replace('Homeland Security, and the heads', 'Home-\nland Security, and the heads');
    expect(split).not.toBe(text);
    expect(parseDocument(split, hints)).toEqual(baseline);
  });

  it('drops a page number and a URL spliced into the middle of a clause', () => {
    const spliced = text.replace(
      'determine whether to rescind the interim final \n',
      'determine whether to rescind the interim final \n\n7\n\nhttps://www.example.gov/some/page.pdf\n',
    );
    expect(spliced).not.toBe(text);
    expect(parseDocument(spliced, hints)).toEqual(baseline);
  });
});

describe('other orders and renderings', () => {
  it('reads EO 13767 from Federal Register markdown, with "the Secretary" meaning DHS', () => {
    const { text, hints } = seedDocument('eo-13767.fr-markdown.txt');
    const m = parseDocument(text, hints);
    expect(m.document).toMatchObject({
      id: 'eo-13767',
      number: '13767',
      signedOn: '2017-01-25',
      title: 'Border Security and Immigration Enforcement Improvements',
      president: 'Donald J. Trump',
    });
    expect(m.provisions.find((p) => p.path === '4')?.heading).toBe(
      'Physical Security of the Southern Border of the United States',
    );
    expect(m.provisions.find((p) => p.path === '17(a)(ii)')?.parentPath).toBe('17(a)');
    const s6 = m.directives.find((d) => d.id === 'eo-13767:6#1');
    expect(s6?.assignments).toEqual([{ actor: 'AGENCY', actorId: 'dhs', actorText: 'The Secretary', role: 'LEAD' }]);
    const s15 = m.directives.find((d) => d.id === 'eo-13767:15#1');
    expect(s15?.assignments.map((a) => a.actorId)).toEqual(['dhs', 'doj']);
    expect(s15?.deadlineDays).toBe(90);
  });

  it('reads EO 14159 from pdftotext -layout and finds its revocation of EO 14010', () => {
    const { text, hints } = seedDocument('eo-14159.fr-pdf-layout.txt');
    const m = parseDocument(text);
    expect(hints.number).toBe('14159');
    expect(m.document).toMatchObject({
      id: 'eo-14159',
      number: '14159',
      signedOn: '2025-01-20',
      frCitation: '90 FR 8443',
      title: 'Protecting the American People Against Invasion',
    });
    const revoked = m.revocations.map((r) => [r.target.id, r.provisionId]);
    expect(revoked).toEqual([
      ['eo-13993', 'eo-14159:3(a)'],
      ['eo-14010', 'eo-14159:3(a)'],
      ['eo-14011', 'eo-14159:3(a)'],
      ['eo-14012', 'eo-14159:3(a)'],
    ]);
    const s7 = m.provisions.find((p) => p.path === '7');
    expect(s7?.text).toContain('The Secretary of Homeland Security, in coordination with');
    expect(m.directives.find((d) => d.id === 'eo-14159:8(b)#1')).toMatchObject({
      deadlineDays: 90,
      dueOn: '2025-04-20',
    });
  });
});

describe('text that is not a Presidential document', () => {
  it.each([
    ['empty text', '   \n  '],
    ['a news story', 'The President spoke today about immigration.\nReporters asked questions.'],
    ['binary data', '\u0000\u0001\u0002PK\u0003\u0004'.repeat(20)],
  ])('throws ParseError for %s', (_, text) => {
    expect(() => parseDocument(text)).toThrow(ParseError);
  });

  it('says what is wrong and what to do', () => {
    expect(() => parseDocument('Just a grocery list: eggs, milk.')).toThrow(
      /not a Presidential document.*Pass the full text/,
    );
  });
});
