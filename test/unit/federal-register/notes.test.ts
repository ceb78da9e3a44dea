/** Hand-written disposition notes: each relation label and each messy form the FR data shows. */
import { mergeRelations, parseDispositionNotes } from '../../../src/federal-register/notes';

const edges = (notes: string, orderId = 'eo-20000') =>
  parseDispositionNotes(notes, orderId).relations.map((r) => [r.type, r.from, r.to, r.inPart]);

describe('parseDispositionNotes: relations', () => {
  it.each([
    ['Revokes: EO 12259, December 31, 1980', ['REVOKES', 'eo-20000', 'eo-12259', false]],
    ['Revokes in part: EO 12779, October 28, 1991', ['REVOKES', 'eo-20000', 'eo-12779', true]],
    ['Revoked by: EO 13062, September 29, 1997', ['REVOKES', 'eo-13062', 'eo-20000', false]],
    ['Revoked in part by: EO 13456, January 23, 2008', ['REVOKES', 'eo-13456', 'eo-20000', true]],
    ['Rescinded by: EO 14168, January 20, 2025', ['REVOKES', 'eo-14168', 'eo-20000', false]],
    ['Amends: EO 12250, November 2, 1980', ['AMENDS', 'eo-20000', 'eo-12250', false]],
    ['Amended by: EO 12948, January 30, 1995', ['AMENDS', 'eo-12948', 'eo-20000', false]],
    ['Supersedes: EO 12840, March 9, 1993', ['SUPERSEDES', 'eo-20000', 'eo-12840', false]],
    ['Superseded by: EO 12955, March 9, 1995', ['SUPERSEDES', 'eo-12955', 'eo-20000', false]],
    ['Continues: EO 12905, March 25, 1994', ['CONTINUES', 'eo-20000', 'eo-12905', false]],
    ['Continued by: EO 13708, September 30, 2015', ['CONTINUES', 'eo-13708', 'eo-20000', false]],
    ['Suspends: EO 13920, May 1, 2020', ['SUSPENDS', 'eo-20000', 'eo-13920', false]],
    ['Suspended by: EO 30000, May 1, 2030', ['SUSPENDS', 'eo-30000', 'eo-20000', false]],
    ['See: EO 13585, September 30, 2011', ['SEE_ALSO', 'eo-13585', 'eo-20000', false]],
    ['See: EO 30000, May 1, 2030', ['SEE_ALSO', 'eo-20000', 'eo-30000', false]],
  ])('%s', (notes, edge) => {
    expect(edges(notes)).toEqual([edge]);
  });

  it('gives the same key from both ends, so the merge keeps one edge with both lines', () => {
    const a = parseDispositionNotes('Revokes: EO 13767, January 25, 2017', 'eo-14010').relations;
    const b = parseDispositionNotes('Revoked by: EO 14010, February 2, 2021', 'eo-13767').relations;
    expect(mergeRelations([...a, ...b, ...a])).toEqual([
      {
        type: 'REVOKES',
        from: 'eo-14010',
        to: 'eo-13767',
        inPart: false,
        provenance: [
          { statedBy: 'eo-14010', line: 'Revokes: EO 13767, January 25, 2017' },
          { statedBy: 'eo-13767', line: 'Revoked by: EO 14010, February 2, 2021' },
        ],
      },
    ]);
  });

  it('keeps "in part" when only one end says it, and does not merge different relation types', () => {
    const a = parseDispositionNotes('Revokes: EO 11063, November 20, 1962 (in part)', 'eo-12892').relations;
    const b = parseDispositionNotes(
      'Revoked by: EO 12892, January 17, 1994\r\nAmended by: EO 12892',
      'eo-11063',
    ).relations;
    const merged = mergeRelations([...a, ...b]);
    expect(merged.map((r) => [r.type, r.inPart, r.provenance.length])).toEqual([
      ['REVOKES', true, 2],
      ['AMENDS', false, 1],
    ]);
  });
});

describe('parseDispositionNotes: list items', () => {
  it('reads every kind of document a note names into its DESIGN.md id', () => {
    const notes =
      'See: 59 FR 25809; Notice of September 30, 1994; Proclamation 9880; Memorandum of April 29, 2019; ' +
      'Memo. of January 27, 2021; Pres. Determination No. 96-7 of December 27, 1995; ' +
      'Presidential Determination 2025-13, September 30, 2025; Notice of March 24, 2026 (91 FR 15511)';
    const rels = parseDispositionNotes(notes, 'eo-12914').relations;
    expect(rels.map((r) => r.to)).toEqual([
      'fr-59-25809',
      'notice-1994-09-30',
      'proc-9880',
      'pm-2019-04-29',
      'pm-2021-01-27',
      'pd-1996-07',
      'pd-2025-13',
      'notice-2026-03-24',
    ]);
    expect(rels[7].mentioned).toMatchObject({ date: '2026-03-24', frCitation: '91 FR 15511' });
  });

  it('reads the messy forms: doubled EO, no EO, "of" dates, ", EO" separator, ;; and trailing ;', () => {
    const notes =
      'Revokes: EO EO 13836, May 25, 2018; 12864, September 15, 1993;;  EO 13868 of April 10, 2019, EO 13280, December 12, 2002;';
    const { relations, problems } = parseDispositionNotes(notes, 'eo-14003');
    expect(problems).toEqual([]);
    expect(relations.map((r) => [r.to, r.mentioned.date])).toEqual([
      ['eo-13836', '2018-05-25'],
      ['eo-12864', '1993-09-15'],
      ['eo-13868', '2019-04-10'],
      ['eo-13280', '2002-12-12'],
    ]);
  });

  it('splits CRLF and LF lines, reads a bare "See" line, and folds an unlabelled piece into the line before', () => {
    const { relations, problems } = parseDispositionNotes(
      'Amends: EO 12878, November 5, 1993\nSee EO 12974, September 29, 1995\r\nRevoked by: EO 12932, October 14, 1994;;\n ;',
      'eo-12912',
    );
    expect(problems).toEqual([]);
    expect(relations.map((r) => [r.type, r.line])).toEqual([
      ['AMENDS', 'Amends: EO 12878, November 5, 1993'],
      ['SEE_ALSO', 'See EO 12974, September 29, 1995'],
      ['REVOKES', 'Revoked by: EO 12932, October 14, 1994;;\n ;'],
    ]);
  });

  it('keeps a target whose date was cut ("EO 13997, J") but reports it; drops a number cut by the line end', () => {
    const line = 'Revokes: EO 13996, January 21, 2021; EO 13997, J';
    const { relations, problems } = parseDispositionNotes(line, 'eo-14148');
    expect(relations.map((r) => r.to)).toEqual(['eo-13996', 'eo-13997']);
    expect(problems).toEqual([
      { orderId: 'eo-14148', line, item: 'EO 13997, J', reason: 'unreadable text after eo-13997: ", J"', kept: true },
    ]);
  });

  it('reports unreadable items, bad dates, self-references and unknown labels, and parses the rest', () => {
    const notes =
      'Revokes: EO 100, February 30, 1990; Executive stuff; Notice of Smarch 3, 2001; EO 12000, May 2, 1980\r\n' +
      'Implements: EO 12001, May 3, 1980\r\nSee: EO 20000, May 1, 2030\r\nstray text before nothing';
    const { relations, problems } = parseDispositionNotes(notes, 'eo-20000');
    expect(relations.map((r) => r.to)).toEqual(['eo-12000']);
    expect(problems.map((p) => [p.item, p.reason, p.kept])).toEqual([
      ['EO 100, February 30, 1990', 'not a date: "February 30, 1990"', false],
      ['Executive stuff', 'not a document reference this parser knows', false],
      ['Notice of Smarch 3, 2001', 'no readable date after "Notice of"', false],
      ['EO 12001, May 3, 1980', 'unknown relation "Implements"', false],
      ['EO 20000, May 1, 2030', 'the order refers to itself', false],
      // An unlabelled piece continues the line before it, so it is read, and reported, as an item of "See:".
      ['stray text before nothing', 'not a document reference this parser knows', false],
    ]);
  });

  it('reports a first line with no label at all', () => {
    const { relations, problems } = parseDispositionNotes('EO 12000, May 2, 1980', 'eo-20000');
    expect(relations).toEqual([]);
    expect(problems).toEqual([
      {
        orderId: 'eo-20000',
        line: 'EO 12000, May 2, 1980',
        item: 'EO 12000, May 2, 1980',
        reason: 'line has no relation label',
        kept: false,
      },
    ]);
  });
});
