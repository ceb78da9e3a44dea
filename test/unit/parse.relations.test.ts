/**
 * Relations a text states about other Presidential documents, each rule from a real line of
 * the corpus (seed/corpus, the order named in the test's title).
 */
import { Provision } from '../../src/ingest/model';
import { loadReference } from '../../src/ingest/reference';
import { parseDocument } from '../../src/ingest/parse';
import { DocumentDatedOrders } from '../../src/ingest/parse/dated-orders';
import { datedOrdersOf, findDocumentRefs, placeDocumentRefs } from '../../src/ingest/parse/docrefs';
import { FoundRelation, findRelations } from '../../src/ingest/parse/relations';
import { corpusOrder, hintsOf, parsedOrder } from './corpus-lines';

const SELF = 'eo-1';

function provisions(...texts: string[]): Provision[] {
  return texts.map((text, order) => ({ id: `${SELF}:p${order + 1}`, path: `p${order + 1}`, text, order }));
}

function read(...texts: string[]): [string, string, boolean, string?][] {
  return findRelations(provisions(...texts), SELF).map((r: FoundRelation) => [
    r.type,
    r.target.id,
    r.inPart,
    r.targetProvision,
  ]);
}

describe('document references in every form the orders write them', () => {
  it('reads "Executive Order No. 8248 of September 8, 1939" with its date (EO 10452)', () => {
    expect(
      findDocumentRefs(
        'section 4 of Part II of Executive Order No. 8248 of September 8, 1939, defining the functions of the Liaison Office',
      ),
    ).toEqual([{ id: 'eo-8248', kind: 'EXECUTIVE_ORDER', number: '8248', signedOn: '1939-09-08' }]);
  });

  it('reads every number after a plural head: "Executive Orders Nos. 5789 and 5792" (EO 6720)', () => {
    const ids = findDocumentRefs(
      'it is ordered that Executive Orders Nos. 5789 and 5792, dated February 2, 1932, withdrawing public lands',
    ).map((r) => r.id);
    expect(ids).toEqual(['eo-5789', 'eo-5792']);
  });

  it('reads "Executive Orders 12810 of June 5, 1992, 12831 of January 15, 1993, ... and 13192" (EO 13304)', () => {
    const text =
      'revoke those and all related orders (Executive Orders 12810 of June 5, 1992, 12831 of January 15, 1993, 12846 of April 25, 1993, 12934 of October 25, 1994, 13121 of April 30, 1999, and 13192 of January 17, 2001).';
    expect(findDocumentRefs(text).map((r) => [r.id, r.signedOn])).toEqual([
      ['eo-12810', '1992-06-05'],
      ['eo-12831', '1993-01-15'],
      ['eo-12846', '1993-04-25'],
      ['eo-12934', '1994-10-25'],
      ['eo-13121', '1999-04-30'],
      ['eo-13192', '2001-01-17'],
    ]);
  });

  it('reads a list whose plain numbers stand among lettered and cited ones, each with what follows it', () => {
    const text =
      'Executive Orders 13950, 85 FR 60683, 10695A, 12345, and 9001, as amended, 13951 of September 22, 2020, and 12346 are revoked.';
    expect(findDocumentRefs(text).map((r) => [r.id, r.frCitation ?? r.signedOn ?? null])).toEqual([
      ['eo-13950', '85 FR 60683'],
      ['eo-10695-a', null],
      ['eo-12345', null],
      ['eo-9001', null],
      ['eo-13951', '2020-09-22'],
      ['eo-12346', null],
    ]);
  });

  it('reads "Proclamation No. 2028, dated February 11, 1933" (EO 6121)', () => {
    expect(
      findDocumentRefs('the Death Valley National Monument by Proclamation No. 2028, dated February 11, 1933.'),
    ).toEqual([{ id: 'proc-2028', kind: 'PROCLAMATION', number: '2028', signedOn: '1933-02-11' }]);
  });

  it('reads "Presidential Determination 2022–13" as pd-2022-13, also with the en dash of web renderings (EO 14236)', () => {
    const refs = findDocumentRefs(
      '(f) Presidential Determination 2022\u201313 of May 18, 2022 (Delegating Authority Under the Defense Production Act to Ensure an Adequate Supply of Infant Formula).',
    );
    expect(refs.map((r) => [r.id, r.signedOn, r.title])).toEqual([
      [
        'pd-2022-13',
        '2022-05-18',
        'Delegating Authority Under the Defense Production Act to Ensure an Adequate Supply of Infant Formula',
      ],
    ]);
  });

  it('reads "National Security Memorandum 3" as nsm-3 (EO 14236)', () => {
    const text =
      "(b) National Security Memorandum 3 of February 4, 2021 (Revitalizing America's Foreign Policy and National Security Workforce, Institutions, and Partnerships).";
    expect(findDocumentRefs(text).map((r) => [r.id, r.signedOn])).toEqual([['nsm-3', '2021-02-04']]);
  });

  it('EO 13481, EO 13613: a memorandum named by whom it is for and its date ("Memorandum for the Attorney General of December 8, 2006")', () => {
    expect(
      read(
        "### Section 3. This order supersedes the President's Memorandum for the Attorney General of December 8, 2006 (Designation of Officers of the Department of Justice)",
      ),
    ).toEqual([['SUPERSEDES', 'pm-2006-12-08', false, undefined]]);
    expect(
      read(
        'Executive Order 13242 of December 18, 2001 (Providing An Order of Succession Within the Department of Commerce) and Memorandum for the Secretary of Commerce of October 3, 2002 (Designation of Officers of the Department of Commerce to Act as Secretary of Commerce) are hereby revoked.',
      ).map((r) => r[1]),
    ).toEqual(['eo-13242', 'pm-2002-10-03']);
    // near miss: a memorandum for someone with no date names no document
    expect(
      findDocumentRefs('the Memorandum for the Secretary of Commerce, as revised, and Proclamation 10000').map(
        (r) => r.id,
      ),
    ).toEqual(['proc-10000']);
  });

  it('reads no head in "executive order", "eXecutive Order" or "XProclamation", and every head after them', () => {
    const text =
      'No executive order 12345, no eXecutive Order 12346, no XProclamation 2039, the memoranda of the Secretary, the ' +
      'President\u2019s memorandum of June 2, 2005, Presidential Memorandum of April 4, 2018, and Proclamation 10000.';
    expect(findDocumentRefs(text).map((r) => [r.id, r.signedOn])).toEqual([
      ['pm-2005-06-02', '2005-06-02'],
      ['pm-2018-04-04', '2018-04-04'],
      ['proc-10000', undefined],
    ]);
  });
});

describe('revocations', () => {
  it('keeps the letter of a lettered order: "Executive Order No. 199-A" (EO 11048) and "10695A" (EO 10995) are not 199 and 10695', () => {
    expect(read('Executive Order No. 199-A is hereby superseded.')).toEqual([
      ['SUPERSEDES', 'eo-199-a', false, undefined],
    ]);
    expect(
      findDocumentRefs(
        'Executive Orders No. 10695A of January 16, 1957, and No. 10705, as amended are hereby further amended insofar as they are inconsistent with this order.',
      ),
    ).toEqual([
      { id: 'eo-10695-a', kind: 'EXECUTIVE_ORDER', number: '10695-A', signedOn: '1957-01-16' },
      { id: 'eo-10705', kind: 'EXECUTIVE_ORDER', number: '10705' },
    ]);
    // a number and the next word's capital, with a space between, is no letter of it
    expect(findDocumentRefs('under Executive Order 12333 A Committee shall').map((r) => r.id)).toEqual(['eo-12333']);
    // a list item of bare numbers keeps it too ("No. 7975 -A of September 16, 1938.", EO 9830)
    expect(
      read(
        'The following Executive orders are hereby revoked: No. 7916 of June 24, 1938. No. 7975 -A of September 16, 1938.',
      ).map((r) => r[1]),
    ).toEqual(['eo-7916', 'eo-7975-a']);
  });

  it('reads a zero-padded number as the order\'s: "Executive Order No. 09705 of March 15, 1946" is EO 9705 (EO 9841)', () => {
    expect(
      read(
        '204. Executive Order No. 09705 of March 15, 1946 (as modified by Executive Orders No. 9762 and 9809) is revoked.',
      ),
    ).toEqual([['REVOKES', 'eo-9705', false, undefined]]);
  });

  it('reads "revoke that order, Executive Order 13391, and Executive Order 13469" outside any numbered clause (EO 14118)', () => {
    const text =
      'Accordingly, I hereby terminate the national emergency declared in Executive Order 13288, and revoke that order, Executive Order 13391, and Executive Order 13469, and further order:';
    expect(read(text)).toEqual([
      ['REVOKES', 'eo-13288', false, undefined],
      ['REVOKES', 'eo-13391', false, undefined],
      ['REVOKES', 'eo-13469', false, undefined],
    ]);
  });

  it('reads the older "be, and it is hereby, revoked" after "it is ordered that" (EO 10832)', () => {
    const text =
      'NOW, THEREFORE, by virtue of the authority vested in me by section 1 of the International Organizations Immunities Act, it is ordered that Executive Order No. 9887 of August 22, 1947, be, and it is hereby, revoked.';
    expect(read(text)).toEqual([['REVOKES', 'eo-9887', false, undefined]]);
  });

  it('reads "is hereby terminated and that order is revoked" as a revocation of the order named before (EO 11427)', () => {
    const text =
      'By virtue of the authority vested in me as President of the United States, the Maritime Advisory Committee established by Executive Order No. 11156 of June 17, 1964, is hereby terminated and that order is revoked.';
    expect(read(text)).toEqual([['REVOKES', 'eo-11156', false, undefined]]);
  });

  it('reads a sentence that runs into the signature (EO 13230)', () => {
    expect(
      read('Executive Order 12900 of February 22, 1994, as amended, is revoked B THE WHITE HOUSE, October 12, 2001.'),
    ).toEqual([['REVOKES', 'eo-12900', false, undefined]]);
  });

  it('reads "paragraph 4 of Executive Order No. 9279 ... be, and it is hereby, revoked" as a revocation in part of paragraph 4 (EO 9605)', () => {
    const text =
      'it is ordered that paragraph 4 of Executive Order No. 9279 of December 5, 1942, be, and it is hereby, revoked.';
    expect(read(text)).toEqual([['REVOKES', 'eo-9279', true, 'paragraph 4']]);
  });

  it('reads "section 1(h) of Executive Order 13138" in a list of revoked orders as that part only (EO 13226)', () => {
    const text =
      '(c) Executive Order 12882 of November 23, 1993; Executive Order 12907 of April 14, 1994; and section 1(h) of Executive Order 13138 of September 30, 1999, are hereby revoked.';
    expect(read(text)).toEqual([
      ['REVOKES', 'eo-12882', false, undefined],
      ['REVOKES', 'eo-12907', false, undefined],
      ['REVOKES', 'eo-13138', true, 'section 1(h)'],
    ]);
  });

  it('keeps "as amended by" orders out and the named part of the revoked one (EO 12007)', () => {
    const text =
      '(b) Part II of Executive Order No. 11472 of May 29, 1969, as amended by paragraphs (7) and (8) of Section 4 of Executive Order No. 11514 of March 5, 1970, is revoked.';
    expect(read(text)).toEqual([['REVOKES', 'eo-11472', true, 'Part II']]);
  });

  it('reads two statements of one sentence, in part and in its entirety (EO 13761)', () => {
    const text =
      'Effective July 12, 2017 and provided the criteria in section 12(b) of this order are met, sections 1 and 2 of Executive Order 13067 of November 3, 1997, are revoked, and Executive Order 13412 of October 13, 2006, is revoked in its entirety.';
    expect(read(text)).toEqual([
      ['REVOKES', 'eo-13067', true, 'sections 1 and 2'],
      ['REVOKES', 'eo-13412', false, undefined],
    ]);
  });

  it('reads "is hereby revoked except for sections 6, 7, and 11" as in part (EO 13990)', () => {
    expect(
      read(
        'Executive Order 13834 of May 17, 2018 (Efficient Federal Operations), is hereby revoked except for sections 6, 7, and 11.',
      ),
    ).toEqual([['REVOKES', 'eo-13834', true, undefined]]);
  });

  it('reads "Executive Order Nos. 10616, 11151, 11437, and 11554, as amended, are hereby revoked" (EO 12082)', () => {
    expect(
      read('1-103. Executive Order Nos. 10616, 11151, 11437, and 11554, as amended, are hereby revoked.').map(
        (r) => r[1],
      ),
    ).toEqual(['eo-10616', 'eo-11151', 'eo-11437', 'eo-11554']);
  });

  it('reads "The following are superseded or revoked:" as both acts on each item (EO 10480)', () => {
    expect(
      read(
        'SEC. 607. The following are superseded or revoked: (1) Executive Order No. 10161 of September 9, 1950 (15 F. R. 6105). (2) Executive Order No. 10169 of October 11, 1950 (15 F. R. 6901).',
      ),
    ).toEqual([
      ['SUPERSEDES', 'eo-10161', false, undefined],
      ['REVOKES', 'eo-10161', false, undefined],
      ['SUPERSEDES', 'eo-10169', false, undefined],
      ['REVOKES', 'eo-10169', false, undefined],
    ]);
  });

  it('reads no act in "shall not be deemed to be revoked or superseded hereby" (EO 10281)', () => {
    expect(
      read(
        '(d) Except as specifically provided in this Executive order, the provisions of Executive Order No. 10200 shall not be deemed to be revoked or superseded hereby.',
      ),
    ).toEqual([]);
  });

  it('reads a list under "The following are revoked:" in one flattened paragraph (EO 11382)', () => {
    const text =
      'SEC. 16. Revocations. The following are revoked: (1) Executive Order No. 10534 of June 9, 1954 (2) Executive Order No. 10771 of June 20, 1958 (3) Executive Order No. 10858 of January 13, 1960';
    expect(read(text).map((r) => r[1])).toEqual(['eo-10534', 'eo-10771', 'eo-10858']);
  });

  it('reads the list in the clauses after "The following are revoked ...:" (EO 14154)', () => {
    expect(
      read(
        '(a) The following are revoked and any offices established therein are abolished:',
        '(i) Executive Order 13990 of January 20, 2021 (Protecting Public Health and the Environment and Restoring Science to Tackle the Climate Crisis);',
        '(ii) Executive Order 13992 of January 20, 2021 (Revocation of Certain Executive Orders Concerning Federal Regulation);',
        '(b) The Interagency Working Group on the Social Cost of Greenhouse Gases (IWG), which was established pursuant to Executive Order 13990, is hereby disbanded.',
      ),
    ).toEqual([
      ['REVOKES', 'eo-13990', false, undefined],
      ['REVOKES', 'eo-13992', false, undefined],
    ]);
  });

  it('reads "These Executive Orders are hereby rescinded" as revoking the orders of the sentence before (EO 14168)', () => {
    const text =
      'The requirements of this order supersede conflicting provisions in any previous Executive Orders or Presidential Memoranda, including but not limited to Executive Orders 13988 of January 20, 2021, 14004 of January 25, 2021, 14020 and 14021 of March 8, 2021, and 14075 of June 15, 2022. These Executive Orders are hereby rescinded, and the White House Gender Policy Council established by Executive Order 14020 is dissolved.';
    const revoked = read(text)
      .filter((r) => r[0] === 'REVOKES')
      .map((r) => r[1]);
    expect(revoked).toEqual(['eo-13988', 'eo-14004', 'eo-14020', 'eo-14021', 'eo-14075']);
  });

  it('reads "There are hereby revoked (1) section 4 of Part II of Executive Order No. 8248 ..., and (2) to the extent ..." (EO 10452)', () => {
    const text =
      'SEC. 3. There are hereby revoked (1) section 4 of Part II of Executive Order No. 8248 of September 8, 1939, defining the functions of the Liaison Office for Personnel Management, and (2) to the extent that they relate to the Liaison Office for Personnel Management, Parts I, III, IV, and VI of that order.';
    expect(read(text)).toEqual([['REVOKES', 'eo-8248', true, 'section 4 of Part II']]);
  });

  it('does not read a possibility as a revocation: "shall not be deemed to be revoked or superseded" (EO 10281)', () => {
    expect(
      read(
        '(d) Except as specifically provided in this Executive order, the provisions of Executive Order No. 10200 shall not be deemed to be revoked or superseded.',
      ),
    ).toEqual([]);
  });

  it('does not read the source of a revoked rule as revoked: "Rule 9, as established by Executive Order No. 11315" (EO 12748)', () => {
    expect(
      read(
        '(a) Civil Service Rule 9 (5 CFR Part 9), as established by Executive Order No. 11315, as amended, is revoked.',
      ),
    ).toEqual([]);
  });
});

describe('supersessions and amendments', () => {
  it('reads "is hereby superseded" (EO 11735)', () => {
    expect(
      read(
        'SEC. 8. Without derogating from any action heretofore taken thereunder, Executive Order No. 11548 of July 20, 1970, is hereby superseded.',
      ),
    ).toEqual([['SUPERSEDES', 'eo-11548', false, undefined]]);
  });

  it('reads "is hereby superseded to the extent that" as in part (EO 11224)', () => {
    expect(
      read(
        'Executive Order No. 11071, dated December 27,1962, is hereby superseded to the extent that such order applies to section 4916 of the Internal Revenue Code.',
      ),
    ).toEqual([['SUPERSEDES', 'eo-11071', true, undefined]]);
  });

  it('reads "This order supersedes Executive Order No. 6223 ..., which is hereby revoked" as both (EO 6344)', () => {
    expect(read('This order supersedes Executive Order No. 6223 of July 27, 1933, which is hereby revoked.')).toEqual([
      ['SUPERSEDES', 'eo-6223', false, undefined],
      ['REVOKES', 'eo-6223', false, undefined],
    ]);
  });

  it('reads "Section 4 of Executive Order 13112 is amended to read as follows" with the amended section (EO 13751)', () => {
    const text =
      'Section 4 of Executive Order 13112 is amended to read as follows: "Sec. 4. Duties of the National Invasive Species Council. The Council shall provide national leadership regarding invasive species."';
    expect(read(text)).toEqual([['AMENDS', 'eo-13112', true, 'Section 4']]);
  });

  it('reads "Paragraphs 3, 4, 5, and 6 of Part I of Executive Order No. 10422 are amended" (EO 10459)', () => {
    expect(
      read('1. Paragraphs 3, 4, 5, and 6 of Part I of Executive Order No. 10422 are amended to read as follows:'),
    ).toEqual([['AMENDS', 'eo-10422', true, 'Paragraphs 3, 4, 5, and 6 of Part I']]);
  });

  it('reads "be, and it is hereby, amended" after "it is ordered that" (EO 11009) as amending the order the manual was prescribed by, as the later orders say ("prescribed by Executive Order No. 11476, as amended by Executive Order Nos. 11835, 12018, ...", EO 12473)', () => {
    const text =
      'it is ordered that the Manual for Courts-Martial, United States, 1951 (prescribed by Executive order No. 10214 of February 8, 1951), be, and it is hereby, amended as follows:';
    expect(read(text)).toEqual([['AMENDS', 'eo-10214', false, undefined]]);
  });
});

describe('the President revoking in a series of verbs, and lists that say "Numbered"', () => {
  it('reads "I hereby terminate the national emergency declared in Executive Order 12865, revoke Executive Orders 12865, 13069, and 13098" (EO 13298)', () => {
    const text =
      'Accordingly, I hereby terminate the national emergency declared in Executive Order 12865, revoke Executive Orders 12865, 13069, and 13098, and order:';
    expect(read(text)).toEqual([
      ['REVOKES', 'eo-12865', false, undefined],
      ['REVOKES', 'eo-13069', false, undefined],
      ['REVOKES', 'eo-13098', false, undefined],
    ]);
  });

  it('reads "..., revoke that Executive Order and Executive Order 12724 of August 9, 1990" as both orders (EO 13350)', () => {
    const text =
      'I hereby terminate the national emergency declared in Executive Order 12722, revoke that Executive Order and Executive Order 12724 of August 9, 1990, and further order:';
    expect(read(text).map((r) => r[1])).toEqual(['eo-12722', 'eo-12724']);
  });

  it('reads "Executive Orders Numbered 6166, 6224, and 6540, ... are revoked insofar as they are in conflict" in part (EO 6639)', () => {
    const text =
      'Executive Orders Numbered 6166, 6224, and 6540, dated June 10, 1933, July 27, 1933, and December 28, 1933, respectively, are revoked insofar as they are in conflict with the provisions of this order.';
    expect(read(text)).toEqual([
      ['REVOKES', 'eo-6166', true, undefined],
      ['REVOKES', 'eo-6224', true, undefined],
      ['REVOKES', 'eo-6540', true, undefined],
    ]);
  });
});

describe('where a list of revoked orders ends', () => {
  it('ends the list at a clause that states its own act: "Executive Order No. 11984 is superseded." after "... are revoked: (a) ... (b) ..." (EO 12110)', () => {
    expect(
      read(
        'The following Executive orders, that established committees which have terminated or whose work is completed, are revoked:',
        'Executive Order No. 11482 of September 22, 1969, establishing a Construction Industry Collective Bargaining Commission.',
        'Executive Order No. 11849 of April 1, 1975, establishing the Collective Bargaining Committee in Construction.',
        'Executive Order No. 11984 is superseded.',
      ),
    ).toEqual([
      ['REVOKES', 'eo-11482', false, undefined],
      ['REVOKES', 'eo-11849', false, undefined],
      ['SUPERSEDES', 'eo-11984', false, undefined],
    ]);
  });
});

describe('forms the recall proxy did not hold', () => {
  it('reads each number of "Executive Orders No. 10705, as amended, No. 11191, as amended, and No. 11556, as amended, are revoked" (EO 12046)', () => {
    expect(
      read(
        '6-204. Executive Orders No. 10705, as amended, No. 11191, as amended, and No. 11556, as amended, are revoked.',
      ).map((r) => [r[0], r[1]]),
    ).toEqual([
      ['REVOKES', 'eo-10705'],
      ['REVOKES', 'eo-11191'],
      ['REVOKES', 'eo-11556'],
    ]);
    expect(read('Executive Orders No. 12044, as amended, and No. 12174 are revoked.').map((r) => r[1])).toEqual([
      'eo-12044',
      'eo-12174',
    ]);
  });

  it('reads "Executive Order No. 11960 is therefore revoked" (EO 11974)', () => {
    expect(read('Executive Order No. 11960 is therefore revoked.')).toEqual([
      ['REVOKES', 'eo-11960', false, undefined],
    ]);
  });

  it('reads "this order shall supersede Executive Order No. 10006" (EO 11030) and "This Order supersedes" (EO 11880), not "Nothing in this order shall supersede" (EO 9865)', () => {
    expect(
      read(
        'SEC. 7. Prior order. Upon its publication in the FEDERAL REGISTER, this order shall supersede Executive Order No. 10006 of October 9, 1948.',
      ),
    ).toEqual([['SUPERSEDES', 'eo-10006', false, undefined]]);
    expect(read('SEC. 2. This Order supersedes Executive Order No. 11388 of January 15, 1968.')).toEqual([
      ['SUPERSEDES', 'eo-11388', false, undefined],
    ]);
    expect(
      read(
        'Nothing in this order shall supersede the declassification policies and procedures established by Executive Orders No. 9568 of June 8, 1945, 9604 of August 25, 1945, and 9809 of December 12, 1946.',
      ),
    ).toEqual([]);
  });

  it('does not read "but does not supersede or modify Executive Order No. 9538" as superseding it (EO 9598)', () => {
    expect(
      read(
        'This order supersedes Executive Order No. 9506 of December 12, 1944; but does not supersede or modify Executive Order No. 9538 of April 13, 1945.',
      ),
    ).toEqual([['SUPERSEDES', 'eo-9506', false, undefined]]);
  });

  it('EO 10887: "This order supersedes the letter of the President ..., but shall not affect Proclamation No. 3302" supersedes no proclamation', () => {
    expect(
      read(
        'SEC. 4. This order supersedes the letter of the President to the Secretary of Commerce dated November 13, 1958, (23 F.R. 9169), but shall not affect Proclamation No. 3302 of July 10, 1959, entitled "World Science-Pan Pacific Exposition (Century 21 Exposition)."',
      ),
    ).toEqual([]);
    // near miss: with no denial the proclamation after the verb is the act's
    expect(
      read(
        'SEC. 4. This order supersedes the letter of the President to the Secretary of Commerce dated November 13, 1958, (23 F.R. 9169), and Proclamation No. 3302 of July 10, 1959.',
      ),
    ).toEqual([['SUPERSEDES', 'proc-3302', false, undefined]]);
  });

  it('reads the President\'s own memorandum in lower case: "my memorandum of" (EO 12143), "the President\'s memorandum of" (EO 13394)', () => {
    expect(
      read(
        '1-301. This Order supersedes my memorandum of December 30, 1978 for all departments and agencies entitled "Relations With the People on Taiwan" (44 FR 1075).',
      ),
    ).toEqual([['SUPERSEDES', 'pm-1978-12-30', false, undefined]]);
    expect(
      read(
        'Executive Order No. 13000 of April 24, 1996, and the President\'s memorandum of June 2, 2005, entitled: "Order of Succession of Officers to Act as Secretary of Defense," are hereby revoked.',
      ).map((r) => [r[0], r[1]]),
    ).toEqual([
      ['REVOKES', 'eo-13000'],
      ['REVOKES', 'pm-2005-06-02'],
    ]);
  });

  it('reads "is terminated" as a revocation when the document is the subject (EO 13519, EO 12372)', () => {
    expect(read('Executive Order 13271 is hereby terminated pursuant to section 6 of that order.')).toEqual([
      ['REVOKES', 'eo-13271', false, undefined],
    ]);
    expect(read('The Memorandum of November 8, 1968, is terminated (33 Fed Reg. 16487, November 13, 1968).')).toEqual([
      ['REVOKES', 'pm-1968-11-08', false, undefined],
    ]);
  });

  it('does not read the end of what a document created or set forth as ending the document (EO 14020, EO 13668)', () => {
    expect(
      read(
        "The Working Group created by section 2 of the Presidential Memorandum of February 7, 2019 (Promoting Women's Global Development and Prosperity) (NSPM-16), is terminated.",
      ),
    ).toEqual([]);
    expect(
      read(
        'The prohibitions set forth in section 1 of Executive Order 13303 of May 22, 2003, as amended by Executive Order 13364 of November 29, 2004, are hereby terminated',
      ),
    ).toEqual([]);
  });
});

describe('lists of revoked orders that give each number alone', () => {
  it('reads "The following Executive Orders are revoked: 8744 Authorizing ... 10880 Permitting ..." (EO 12608)', () => {
    const text =
      'The following Executive Orders are revoked:. 8744 Authorizing certain employees of the Government to acquire a classified civil service status 10880 Permitting certain employees to be given career or career conditional appointments 11377 Providing for Tariff Commission reports arding the estimated consumption of certain brooms Notwithstanding the revocation of Executive Orders Nos reg 8744, 10880, and 12034, benefits already conferred under these Executive Orders before revocation shall not be affected.';
    expect(read(text).map((r) => [r[0], r[1]])).toEqual([
      ['REVOKES', 'eo-8744'],
      ['REVOKES', 'eo-10880'],
      ['REVOKES', 'eo-11377'],
    ]);
  });

  it('reads "No. 279 of November 29, 1904." items, one a paragraph, with their dates, to the end of the list (EO 9830)', () => {
    const found = findRelations(
      provisions(
        'The following Executive orders are hereby revoked:',
        'No. 279 of November 29, 1904.',
        'No. 9394of November 4, 1943.',
        'Unnumbered order of February 19, 1934, concerning negotiations for transfer.',
        'No. 9733 of June 4, 1946.',
        'Sec. 4. Nothing in this order shall affect appointments made before it.',
      ),
      SELF,
    );
    expect(found.map((r) => [r.type, r.target.id, r.target.signedOn, r.provisionId])).toEqual([
      ['REVOKES', 'eo-279', '1904-11-29', 'eo-1:p2'],
      ['REVOKES', 'eo-9394', '1943-11-04', 'eo-1:p3'],
      ['REVOKES', 'eo-9733', '1946-06-04', 'eo-1:p5'],
    ]);
  });

  it('reads a table of them past its repeated "No. Subject" heads (EO 12553)', () => {
    const text =
      "it is hereby ordered that the following Executive Orders, and any amendments thereto, are revoked: No. Subject 723 Providing for examination for appointment to the U.S. Military and Naval Academies. 3577 Establishing the manner of dating proclamations, commissions and similar executive documents. No. Subject. 12449 Continuing the National Bipartisan Commission on Central America. 12455 Continuing the President's Private Sector Survey on Cost Control in the Federal Government.";
    expect(read(text).map((r) => r[1])).toEqual(['eo-723', 'eo-3577', 'eo-12449', 'eo-12455']);
  });

  it('does not read numbers alone without "the following Executive orders" (EO 11497)', () => {
    expect(
      read(
        'Paragraphs (a) and (b) of Section 1631.7, Action by Local Board Upon Receipt of Notice of Call, are revoked, paragraph (c) is redesignated as paragraph (b).',
      ),
    ).toEqual([]);
  });

  it('reads "Executive Order NO. 11353" as printed (EO 11418)', () => {
    expect(
      read(
        'By virtue of the authority vested in me as President of the United States, Executive Order NO. 11353 of May 23, 1967, entitled "Establishing the President\'s Advisory Council on Cost Reduction," is hereby amended by striking from section 2(5) thereof the text',
      ),
    ).toEqual([['AMENDS', 'eo-11353', true, 'section 2(5)']]);
  });
});

describe('parts revoked among the items of an amendment', () => {
  it('reads "(3) Part II is revoked." after "Executive Order No. 11126 ... is further amended as follows:" as that part of it (EO 12007)', () => {
    expect(
      read(
        '(b) Executive Order No. 11126 of November 1, 1963, as amended by Executive Order No. 11221 of May 6, 1965, is further amended as follows:',
        '(1) Subsection (5) of Section 102 is revoked.',
        '(2) Section 103, in order to delete a reference to the Council, is amended to read as follows: "Annually the Committee shall transmit a report to the President concerning the status of women."',
        '(3) Part II is revoked.',
        '(b) Executive Order No. 11962 of January 19, 1977, is revoked.',
        'Section 5 is revoked.',
      ),
    ).toEqual([
      ['AMENDS', 'eo-11126', false, undefined],
      ['REVOKES', 'eo-11126', true, 'Subsection (5) of Section 102'],
      ['REVOKES', 'eo-11126', true, 'Part II'],
      ['REVOKES', 'eo-11962', false, undefined],
    ]);
  });

  it('reads "(a) The first sentence of numbered paragraph (1) of section 202 is revised" after "... is hereby further amended as follows:" as that paragraph of it (EO 13672)', () => {
    expect(
      read(
        'Executive Order 11246 of September 24, 1965, as amended, is hereby further amended as follows:',
        '(a) The first sentence of numbered paragraph (1) of section 202 is revised by substituting \u201csex, sexual orientation, gender identity, or national origin\u201d for \u201csex, or national origin\u201d.',
        '(c) Numbered paragraph (2) of section 202 is revised by substituting \u201csex, sexual orientation, gender identity, or national origin\u201d for \u201csex or national origin\u201d.',
      ),
    ).toEqual([
      ['AMENDS', 'eo-11246', false, undefined],
      ['AMENDS', 'eo-11246', true, 'paragraph (1) of section 202'],
      ['AMENDS', 'eo-11246', true, 'paragraph (2) of section 202'],
    ]);
  });

  it('leaves an item\'s sentence whose part is cut off by an aside: "(4) The second sentence of Section 301, in order to delete references to the Council, is amended" (EO 12007)', () => {
    expect(
      read(
        '(b) Executive Order No. 11126 of November 1, 1963, as amended by Executive Order No. 11221 of May 6, 1965, is further amended as follows:',
        '(4) The second sentence of Section 301, in order to delete references to the Council, is amended to read as follows: "To the extent practical all Executive agencies shall cooperate with the Committee."',
      ),
    ).toEqual([['AMENDS', 'eo-11126', false, undefined]]);
  });

  it('reads "is amended by deleting the text of section 3(e) and inserting" as that section of the order (EO 12783)', () => {
    expect(
      read(
        'it is hereby ordered that Executive Order No. 12720 is amended by deleting the text of section 3(e) and inserting in lieu thereof "The Council shall terminate on September 30, 1993, unless sooner extended."',
      ),
    ).toEqual([['AMENDS', 'eo-12720', true, 'section 3(e)']]);
  });

  it('leaves whole "by deleting the text of Section 602(d)(2) of the Order", a part followed by "of" (EO 12649)', () => {
    expect(
      read(
        'it is hereby ordered that Executive Order No. 10480 of August 18, 1953, as amended, is further amended by deleting the text of Section 602(d)(2) of the Order and inserting in lieu thereof the following:',
      ),
    ).toEqual([['AMENDS', 'eo-10480', false, undefined]]);
  });

  it('reads "1. Section 12 is amended to read as follows:" after "do hereby further amend Executive Order No. 6260, as amended, as follows:" as that part of it (EO 11037)', () => {
    expect(
      read(
        'I, John F. Kennedy, President of the United States of America, do hereby further amend Executive Order No. 6260, as amended, as follows:',
        '1. Section 12 is amended to read as follows: "12. Notwithstanding the provisions of Section 1 of this Order, the Secretary of the Treasury is authorized to issue licenses."',
      ),
    ).toEqual([
      ['AMENDS', 'eo-6260', false, undefined],
      ['AMENDS', 'eo-6260', true, 'Section 12'],
    ]);
  });

  it('reads no part of the order for "Paragraph 138a is amended" after the Manual it prescribed "is hereby, amended as follows:" (EO 11009)', () => {
    expect(
      read(
        'it is ordered that the Manual for Courts-Martial, United States, 1951 (prescribed by Executive order No. 10214 of February 8, 1951), be, and it is hereby, amended as follows:',
        '2. Paragraph 138a is amended by striking out the penultimate paragraph which reads as follows: "When it is shown that as a result of his own act a person did not have sufficient funds."',
      ),
    ).toEqual([['AMENDS', 'eo-10214', false, undefined]]);
  });

  it('reads "Section 1-201(a) (14) is revoked." after "is amended as follows:." as printed (EO 12292), and nothing without such a statement', () => {
    expect(
      read(
        'Section 1-201 of Executive Order No. 12163 is amended as follows:.',
        '(a) Section 1-201(a) (14) is revoked.',
      ),
    ).toEqual([
      ['AMENDS', 'eo-12163', true, 'Section 1-201'],
      ['REVOKES', 'eo-12163', true, 'Section 1-201(a) (14)'],
    ]);
    expect(read('(a) Section 1-201(a) (14) is revoked.')).toEqual([]);
  });

  it('keeps orders "as amended or affected by" out of an amendment (EO 10742)', () => {
    expect(
      read(
        'Executive Order No. 10610 of May 9, 1955 (20 F. R. 3179), as amended or affected by Executive Order No. 10625 (20 F. R. 5571), and Executive Order No. 10663 (21 F. R. 1845), is hereby further amended as follows:',
        '(b) Subsections (b) and (c) of section 104 are hereby revoked.',
      ),
    ).toEqual([
      ['AMENDS', 'eo-10610', false, undefined],
      ['REVOKES', 'eo-10610', true, 'Subsections (b) and (c) of section 104'],
    ]);
  });

  it('does not read a section numbered as a regulation\'s ("Section 1631.7", EO 11497) as a part of the order amended', () => {
    expect(
      read(
        'Executive Order No. 10575 of November 6, 1954, is hereby further amended as follows:',
        'Section 1631.7 is revoked.',
      ),
    ).toEqual([['AMENDS', 'eo-10575', false, undefined]]);
  });
});

describe('forms the recall proxy does not count (session 17 survey)', () => {
  it('reads "Executive Order Number 6160" and its paragraph rescinded with "Executive Order Number 6181" (EO 6208)', () => {
    const text =
      'paragraph (5) of Executive Order Number 6160, dated June 7, 1933, and Executive Order Number 6181, dated June 24, 1933, are rescinded, and the following substituted therefor:';
    expect(read(text)).toEqual([
      ['REVOKES', 'eo-6160', true, 'paragraph (5)'],
      ['REVOKES', 'eo-6181', false, undefined],
    ]);
  });

  it('reads "Executive Order No. 3862, of June 11, 1923, and No. 4225, of May 16, 1925" as two orders (EO 6444)', () => {
    const text =
      'Executive Order No. 3862, of June 11, 1923, and No. 4225, of May 16, 1925, insofar as they affect the above-described drill sites, are hereby revoked.';
    expect(read(text)).toEqual([
      ['REVOKES', 'eo-3862', true, undefined],
      ['REVOKES', 'eo-4225', true, undefined],
    ]);
    // a bare number after a singular head is no order of it
    expect(findDocumentRefs('Executive Order No. 9001 and 12 other orders').map((r) => r.id)).toEqual(['eo-9001']);
  });

  it('reads "is hereby canceled" when the order itself is the subject (EO 6776), not what a regulation cancels (EO 6167)', () => {
    expect(
      read(
        'Executive Order No. 6096, dated March 31, 1933 (Veterans Regulation No. 8), is hereby canceled as of the date thereof.',
      ),
    ).toEqual([['REVOKES', 'eo-6096', false, undefined]]);
    expect(
      read(
        'Section 8, chapter XX, Instructions to Diplomatic Officers, and section 540 of the Consular Regulations of 1896 are hereby canceled and the following established in lieu thereof:',
      ),
    ).toEqual([]);
  });

  it('reads "This order shall take effect immediately and shall supersede" (EO 10131) and "..., and on that date shall supersede" (EO 10113)', () => {
    expect(
      read(
        'This order shall take effect immediately and shall supersede Executive Order No. 10003 of October 4, 1948, entitled "Providing for the Investigation of and Report on Displaced Persons Seeking Admission into the United States."',
      ),
    ).toEqual([['SUPERSEDES', 'eo-10003', false, undefined]]);
    expect(
      read(
        'This order shall become effective on April 1, 1950, and on that date shall supersede Executive Order No. 10049, entitled "Delegating the Authority of the President to Prescribe Clothing Allowances, and Cash Allowances in Lieu Thereof, to Enlisted Men in the Armed Forces."',
      ),
    ).toEqual([['SUPERSEDES', 'eo-10049', false, undefined]]);
  });

  it('reads "Executive Order No. 12587 shall be superseded on the effective date of this Executive Order" (EO 12629, EO 10860), not a rule for later (EO 14099)', () => {
    expect(
      read('Executive Order No. 12587 shall be superseded on the effective date of this Executive Order.'),
    ).toEqual([['SUPERSEDES', 'eo-12587', false, undefined]]);
    expect(
      read(
        'This order shall become effective on July 4, 1960, and Executive Order No. 10823 of May 26, 1959, shall be superseded as of that date.',
      ),
    ).toEqual([['SUPERSEDES', 'eo-10823', false, undefined]]);
    expect(
      read(
        'Agency policies adopted to implement Executive Order 14042 or Executive Order 14043, to the extent such policies are premised on those orders, no longer may be enforced and shall be rescinded consistent with applicable law.',
      ),
    ).toEqual([]);
  });

  it('reads the orders of "The following are hereby revoked:" past an item naming another kind of order (EO 11490)', () => {
    const rel = read(
      'The following are hereby revoked:',
      '(1) Defense Mobilization Order VI-2 of December 11, 1953.',
      '(2) Defense Mobilization Order 1-12 of October 5, 1954.',
      '(3) Executive Order No. 10312 of December 10, 1951.',
      '(4) Executive Order No. 10346 of April 17, 1952.',
    );
    expect(rel.map((r) => r[1])).toEqual(['eo-10312', 'eo-10346']);
  });

  it('reads the list on past its provision when an outline split it there (EO 11490)', () => {
    const rel = read(
      'The following are hereby revoked: (1) Defense Mobilization Order VI-2 of December 11, 1953. (15) Executive Order No. 11088 of February 26, 1963.',
      'Executive Order No. 11089 of February 26, 1963.',
    );
    expect(rel.map((r) => [r[1], r[0]])).toEqual([
      ['eo-11088', 'REVOKES'],
      ['eo-11089', 'REVOKES'],
    ]);
  });

  it('reads "is, insofar as it pertains to the following-described lands, hereby revoked" (EO 6362) and "is, consistent with ..., hereby revoked" (EO 11933)', () => {
    expect(
      read(
        'Executive Order No. 6143, dated May 23, 1933, withdrawing certain public lands to aid the State of New Mexico in making exchange selections under the act of June 15, 1926 (ch. 590, 44 Stat. 746-748), is, insofar as it pertains to the following-described lands, hereby revoked:',
      ),
    ).toEqual([['REVOKES', 'eo-6143', true, undefined]]);
    expect(
      read(
        'Executive Order No. 11930 of July 30, 1976, which established the Federal Energy Office, is, consistent with the Federal Energy Administration Act Amendments of 1976 (Title I of Public Law 94-385), hereby revoked as of the date of its issuance.',
      ),
    ).toEqual([['REVOKES', 'eo-11930', false, undefined]]);
  });

  it('reads "this Order supersedes" as printed, with a capital only on Order (EO 12234)', () => {
    const text =
      'To the extent that the International Convention for the Safety of Life at Sea, 1974, replaces and abrogates the International Convention for .the Safety of Life at Sea, 1960 (TIAS 5780), this Order supersedes Executive Order No. 11239 of July 31, 1965, entitled "Enforcement of the Convention for the Safety of Life at Sea, 1960."';
    expect(read(text)).toEqual([['SUPERSEDES', 'eo-11239', true, undefined]]);
  });

  it('reads the orders listed after "Section 3 (2) of each of the following-described Executive orders is amended by" (EO 11613)', () => {
    const rel = read(
      'Section 3 (2) of each of the following-described Executive orders is amended by adding "Environmental Protection Agency," immediately after "Department of Transportation,"\u2014',
      '(1) Executive Order No. 11331 of March 6, 1967, establishing the Pacific Northwest River Basins Commission;',
      '(2) Executive Order No. 11345 of April 20, 1967, establishing the Great Lakes Basin Commission;',
      '(3) Executive Order No. 11359 of June 20, 1967, establishing the Souris-Red-Rainy River Basins Commission; and',
      '(4) Executive Order No. 11371 of September 6, 1967, establishing the New England River Basins Commission, as amended by Executive Order No. 11528 of April 24, 1970.',
    );
    expect(rel.map((r) => [r[0], r[1]])).toEqual([
      ['AMENDS', 'eo-11331'],
      ['AMENDS', 'eo-11345'],
      ['AMENDS', 'eo-11359'],
      ['AMENDS', 'eo-11371'],
    ]);
  });

  it('reads "The following are amended: (1) section 3(a) of Executive Order No. 11846 ..." (EO 12163)', () => {
    expect(
      read(
        '(b) The following are amended: (1) section 3(a) of Executive Order No. 11846 of March 27, 1975, as amended, by adding the following new paragraph after paragraph (11):',
      ),
    ).toEqual([['AMENDS', 'eo-11846', true, 'section 3(a)']]);
  });

  it('reads "is corrected and amended to read" (EO 12156)', () => {
    expect(
      read('Section 5-211 of Executive Order No. 12148 of July 20, 1979, is corrected and amended to read:'),
    ).toEqual([['AMENDS', 'eo-12148', true, 'Section 5-211']]);
  });
});

describe('a section moved and rewritten', () => {
  it('reads "Section 4 of Executive Order 13088, as revised by ..., is renumbered and revised to read as follows:" as amending it (EO 13192)', () => {
    const text =
      'Section 4 of Executive Order 13088, as revised by section 1(c) of Executive Order 13121, is renumbered and revised to read as follows: \u201cSection 3. Any transaction by any United States person is prohibited.\u201d';
    expect(read(text)).toEqual([['AMENDS', 'eo-13088', true, 'Section 4']]);
  });

  it('leaves a section only renumbered to the rules that read it: "Section 6 of Executive Order 13288 is renumbered as section 8" (EO 13391)', () => {
    expect(read('Section 6 of Executive Order 13288 is renumbered as section 8.')).toEqual([]);
  });
});

describe('the part an item names below the section its items were stated for', () => {
  const parts = (number: string) => (parsedOrder(number).relations ?? []).map((r) => r.targetProvision);

  it('names the section with it: "SEC. 2. Section 4 (d) is amended as follows: ... (b) Paragraph (4) is amended" (EO 10746)', () => {
    expect(parts('10746')).toContain('Paragraph (4) of Section 4 (d)');
  });

  it('takes the section from the statement naming the order: "Section 21 of Executive Order No. 11264 ... is amended as follows: ... (c) Subsection (d) is amended" (EO 11434)', () => {
    expect(parts('11434')).toEqual(
      expect.arrayContaining(['Subsection (d) of Section 21', 'Paragraph (2) of subsection (b) of Section 21']),
    );
  });

  it('leaves a part named with its section, and a paragraph of an order numbered by paragraphs, as written (EO 11685, 6683)', () => {
    // "4. Paragraph (a) of Section 201 is amended by inserting ..." between "Section 103 is revoked" and "5. Section 203 is amended as follows:"
    expect(parts('11685')).toContain('Paragraph (a) of Section 201');
    // "Paragraph (3) of Executive Order No. 6474, of December 4, 1933, ... is hereby amended to read as follows:"
    expect(parts('6683')).toEqual(['Paragraph (3)']);
  });
});

describe('relations the text does not state (session 17 precision)', () => {
  it('does not read an act in the text an amendment inserts: "Section 12 shall read: \\"(a) Executive Order No. 9835 ... is hereby revoked." (EO 11605)', () => {
    expect(
      read('Section 12 shall read: "(a) Executive Order No. 9835 of March 21, 1947, as amended is hereby revoked.'),
    ).toEqual([]);
  });

  it('EO 11661, EO 11408: an order named in a relative clause of what the subject did to it ("which amended", "insofar as they interpret or amend") is not revoked', () => {
    expect(
      read(
        'By virtue of the authority vested in me as the President of the United States, Executive Order No. 11260 of December 11, 1965, which amended Executive Order No. 11185, of October 16, 1964, relating to facilitating coordination of Federal education programs, is hereby revoked, and Executive Order No. 11185 shall, until otherwise provided, be deemed to be in effect as originally issued.',
      ),
    ).toEqual([['REVOKES', 'eo-11260', false, undefined]]);
    expect(
      read(
        'SEC. 2. All prior Executive orders insofar as they interpret or amend Executive Order No. 9 are hereby revoked.',
      ),
    ).toEqual([]);
    // near miss: two orders joined by "and" are both revoked
    expect(
      read(
        'Executive Order No. 11260 of December 11, 1965, and Executive Order No. 11185, of October 16, 1964, are hereby revoked.',
      ).map((r) => r[1]),
    ).toEqual(['eo-11260', 'eo-11185']);
  });

  it('reads the correction, not the quoted amendment it corrects (EO 12156)', () => {
    const text =
      'Section 5-211 of Executive Order No. 12148 of July 20, 1979, is corrected and amended to read: "Section 1-102 of Executive Order No. 12083, as amended by Executive Order No. 12121, is further amended by adding in alphabetical order "(z) The Director of the Federal Emergency Management Agency".".';
    expect(read(text)).toEqual([['AMENDS', 'eo-12148', true, 'Section 5-211']]);
  });

  it('does not read the orders named in words an amendment strikes or inserts (EO 13350)', () => {
    const text =
      'I hereby amend Executive Order 13290 by removing \u201cthe national emergency declared in Executive Order 12722 of August 2, 1990\u201d and replacing it with \u201cthe national emergency declared in Executive Order 13303 of March 20, 2003, and expanded in Executive Order 13315 of August 28, 2003\u201d';
    expect(read(text)).toEqual([['AMENDS', 'eo-13290', false, undefined]]);
  });

  it('does not read an act in quoted new text past its first sentence: "to read ... as follows: \\"Sec. 12. Executive Order No. 9835 ... is hereby revoked.\\"" (EO 11785)', () => {
    const text =
      'Section 12 of Executive Order No. 10450 of April 27, 1953, as amended, is revised to read in its entirety as follows: "Sec. 12. Executive Order No. 9835 of March 21, 1947, as amended, is hereby revoked."';
    expect(read(text)).toEqual([['AMENDS', 'eo-10450', true, 'Section 12']]);
  });

  it("reads the quoted new text of a section as the amended order's words, sentence after sentence (EO 13764, 10368)", () => {
    const revoked = (number: string) => parsedOrder(number).revocations.map((r) => r.target.id);
    // "(v) Section 3 of Executive Order 13467 is revised to read as follows: \"Sec. 3 . General Provisions. (a) Executive
    // Order 13381 ..., and Executive Order 10450 ..., are revoked."
    expect(revoked('13764')).toEqual([]);
    // "... to read as follows: \"Section 1. ... \"(d) Executive Order No. 10099 of January 27, 1950, is hereby revoked."
    expect(revoked('10368')).toEqual([]);
  });

  it('keeps the act after quoted paragraphs that each open with a quote: "\\"(c) ... \\"(d) ... .\\" 5. Section 13 is amended" (EO 10964)', () => {
    const parts = (parsedOrder('10964').relations ?? []).map((r) => r.targetProvision);
    expect(parts).toContain('Section 13');
  });

  it('reads an act after a closing quote that opens its provision: "\\". Sec 4 . Executive Order 13974 is hereby revoked" (EO 14032)', () => {
    expect(read('". Sec 4 . Executive Order 13974 is hereby revoked in its entirety.')).toEqual([
      ['REVOKES', 'eo-13974', false, undefined],
    ]);
  });

  it('keeps an act after a stray quote mark (EO 10288)', () => {
    const text =
      'Executive Order No. 10157 of August 28, 1950, entitled "Enabling Certain Employees of the Federal Government To Acquire a Competitive Status", as amended by Executive Order No. 10217 of February 26, 1951," is hereby further amended as follows:';
    expect(read(text)).toEqual([['AMENDS', 'eo-10157', false, undefined]]);
  });

  it('does not read an order named in the quoted title of another (EO 10415)', () => {
    const text =
      'I hereby amend Executive Order No. 9949, entitled "Modifying Executive Order No. 9721, Providing for the Transfer of Personnel to Certain Public International Organizations", by striking out the words "within five years from the date of his transfer to such Board"';
    expect(read(text)).toEqual([['AMENDS', 'eo-9949', false, undefined]]);
    // nor is it what "the said order" after that title means: 9949's part is
    expect(
      read(
        `${text}, occurring in the second paragraph of the said order, and inserting in lieu thereof the words "on or before December 31, 1953".`,
      ),
    ).toEqual([['AMENDS', 'eo-9949', true, 'second paragraph']]);
  });

  it('does not read the order that revoked the document described as revoked: "which was revoked as to ... by Executive Order No. 8961" (EO 10768)', () => {
    const text =
      'Executive Order No. 7138, which established other airspace reservations in addition to the one described in paragraph 1 hereof, and which was revoked as to such other airspace reservations by Executive Order No. 8961 of December 6, 1941, is hereby revoked in its entirety.';
    expect(read(text)).toEqual([['REVOKES', 'eo-7138', false, undefined]]);
  });

  it('reads "as replaced by" (EO 13192) and "as supplemented by" (EO 6345) as sources', () => {
    expect(
      read(
        'Section 2 of Executive Order 13088, as replaced by section 1(b) of Executive Order 13121, is revoked and a new section 2 is added to read as follows:',
      ),
    ).toEqual([['REVOKES', 'eo-13088', true, 'Section 2']]);
    expect(
      read(
        'Executive Order No. 6182 of June 26, 1933, as supplemented by Executive Order No. 6207 of July 21, 1933, which delegated to the Secretary of Agriculture certain of the powers vested in me by the aforesaid act, is hereby amended so that',
      ),
    ).toEqual([['AMENDS', 'eo-6182', false, undefined]]);
  });

  it('reads every order of "as amended by Executive Orders No. 10816 ..., No. 10901 ..." as a source (EO 11652)', () => {
    const text =
      'Executive Order No. 10501 of November 5, 1953, as amended by Executive Orders No. 10816 of May 8, 1959, No. 10901 of January 11, 1961, No. 10964 of September 20, 1961, No. 10985 of January 15, 1962, No. 11097 of March 6, 1963 and by Section 1 (a) of No. 11382 of November 28, 1967, is superseded as of the effective date of this order.';
    expect(read(text)).toEqual([['SUPERSEDES', 'eo-10501', false, undefined]]);
  });

  it('reads an order after "and by" in an "as amended by" list as one more source (EO 11097, EO 14131)', () => {
    expect(
      read(
        'SECTION 1. Section 2 of Executive Order No. 10501 of November 5, 1953, as amended by Executive Order No. 10901 of January 9, 1961, and by Executive Order No. 10985 of January 12, 1962, is hereby further amended (A) by adding at the end of Subsection (a) thereof "Export-Import Bank of Washington", "Office of Science and Technology", and "The Special Representative for Trade Negotiations"; and (B) by deleting from Subsection (b) thereof "Subversive Activities Control Board."',
      ).map((r) => [r[0], r[1], r[2]]),
    ).toEqual([['AMENDS', 'eo-10501', true]]);
    expect(
      read(
        'Executive Order 11926 of July 19, 1976 (The Vice Presidential Service Badge), as amended by Executive Order 13286 and by Executive Order 13373 of March 10, 2005 (Amendments to Executive Order 11926 Relating to the Vice Presidential Service Badge), is further amended by:',
      ).map((r) => [r[0], r[1]]),
    ).toEqual([['AMENDS', 'eo-11926']]);
  });

  it('keeps an order joined by "and" without "by" after "as amended" as the act\'s own (EO 11651)', () => {
    expect(
      read(
        'SEC. 3. Executive Order No. 11052 of September 28, 1962, as amended, and Executive Order No. 11214 of April 7, 1965, are hereby superseded. Directives issued thereunder to the Commissioner of Customs shall remain in full force and effect in accordance with their terms until modified pursuant to this Order.',
      ).map((r) => [r[0], r[1]]),
    ).toEqual([
      ['SUPERSEDES', 'eo-11052'],
      ['SUPERSEDES', 'eo-11214'],
    ]);
  });

  it('reads "the said order" as the order amended before, not its source (EO 9580)', () => {
    const rel = read(
      'Paragraph 31 of Executive Order No. 1888 of February 2, 1914, as amended by Executive Order No. 2514 of January 15, 1917, is hereby amended to read as follows:',
      'Paragraph 34 of the said order, as amended by Executive Order No. 2514 of January 15, 1917, is amended to read as follows:',
      'Paragraph 36 of the said order, as amended by Executive Order No. 2514 of January 15, 1917, and Executive Order No. 9467 of August 19, 1944, is further amended by adding at the end thereof the following sentence:',
    );
    expect(rel.map((r) => [r[1], r[3]])).toEqual([
      ['eo-1888', 'Paragraph 31'],
      ['eo-1888', 'Paragraph 34'],
      ['eo-1888', 'Paragraph 36'],
    ]);
  });

  it('reads "The said Executive orders" after a clause that names them only as sources as those orders (EO 9919)', () => {
    const text =
      'the functions conferred on the President by section 4(a) of the joint resolution with respect to the use of transportation equipment and facilities by rail carriers are hereby included within the powers, authority, and discretion delegated to the Director of the Office of Defense Transportation under Executive Order No. 8989 of December 18, 1941 (6 F.R. 6725), as amended by Executive Order No. 9389 of October 18, 1943 (8 F.R. 14183), Executive Order No. 9156 of May 2, 1942 (7 F.R. 3349), Executive Order No. 9214 of August 5, 1942 (7 F.R. 6097), and Executive Order No. 9729 of May 23, 1946 (11 F.R. 5641). The said Executive orders are amended accordingly.';
    expect(read(text).map((r) => [r[0], r[1]])).toEqual([
      ['AMENDS', 'eo-8989'],
      ['AMENDS', 'eo-9389'],
      ['AMENDS', 'eo-9156'],
      ['AMENDS', 'eo-9214'],
      ['AMENDS', 'eo-9729'],
    ]);
  });
});

describe('orders named by their signing date, not their number (session 18)', () => {
  const table = loadReference().datedOrders;
  const refsIn = (text: string) => placeDocumentRefs(text, new DocumentDatedOrders(table)).map((r) => r.ref);

  it('reads "the Executive Order of January 29, 2025 (Ending Radical Indoctrination in K-12 Schooling)" as EO 14190, the one order of that date with that title (EO 14280)', () => {
    const text =
      '(a) The definitions in the Executive Order of January 29, 2025 (Ending Radical Indoctrination in K-12 Schooling), shall apply to this order.';
    expect(refsIn(text)).toEqual([
      {
        id: 'eo-14190',
        kind: 'EXECUTIVE_ORDER',
        number: '14190',
        signedOn: '2025-01-29',
        title: 'Ending Radical Indoctrination in K-12 Schooling',
      },
    ]);
  });

  it('reads "the Executive Order of September 22, 2020" as EO 13950, the one order of that day (EO 13950), and "the Executive Order of January 25, 2021, entitled, \u201c...,\u201d" by its title (EO 14008)', () => {
    expect(
      refsIn(
        "advising the labor union or workers' representative of the contractor's commitments under the Executive Order of September 22, 2020, entitled Combating Race and Sex Stereotyping, and shall post copies of the notice",
      ).map((r) => [r.id, r.signedOn]),
    ).toEqual([['eo-13950', '2020-09-22']]);
    expect(
      refsIn(
        'Consistent with the Executive Order of January 25, 2021, entitled, \u201cEnsuring the Future Is Made in All of America by All of America\u2019s Workers,\u201d agencies shall adhere to the requirements of',
      ).map((r) => [r.id, r.title]),
    ).toEqual([['eo-14005', 'Ensuring the Future Is Made in All of America by All of America\u2019s Workers']]);
  });

  it('names no order by a date alone before 1936, when orders were also issued without a number: "The National Labor Board created by Executive order of August 5, 1933" (EO 6763), nor "the Executive order of March 10, 1933, concerning the operation of banks" (EO 6559)', () => {
    expect(
      refsIn(
        '(b) The National Labor Board created by Executive order of August 5, 1933, and continued by Executive Order No. 6511 of December 16, 1933,',
      ).map((r) => r.id),
    ).toEqual(['eo-6511']);
    expect(
      read(
        'The last two paragraphs of the Executive order of March 10, 1933, concerning the operation of banks, are amended, effective from the date of this order, by striking out the following:',
      ),
    ).toEqual([]);
  });

  it('names no order by a date the corpus has several orders of and no title picks: "my Executive Order dated July 15, 1933" (EO 6207)', () => {
    expect(
      refsIn(
        'Nothing in my Executive Order dated July 15, 1933, supplementing my Executive Order dated June 16, 1933, appointing Hugh S. Johnson',
      ),
    ).toEqual([]);
  });

  it('names no order before the corpus begins: "the Executive order of December 16, 1882" (EO 11853)', () => {
    expect(
      refsIn('lands within the reservation established by the Executive order of December 16, 1882, and lands'),
    ).toEqual([]);
  });

  it('names no order by a title no order of that date bears: the title as signed, "Imposing Duties to Address the Situation at Our Northern Border" (EO 14197)', () => {
    const text =
      'Pursuant to section 3 of my Executive Order of February 1, 2025, titled \u201cImposing Duties to Address the Situation at Our Northern Border\u201d (\u201cthe Executive Order of February 1, 2025\u201d), I have determined';
    expect(placeDocumentRefs(text, datedOrdersOf([text], table))).toEqual([]);
  });

  it('reads the date alone as the order the text named by that date and title before: "sections 2(a), section 2(d), and section 2(e) of the Executive Order of February 1, 2025, are amended" amends EO 14194 (EO 14198)', () => {
    const line = corpusOrder('14198');
    const model = parseDocument(line.text, hintsOf(line));
    expect((model.relations ?? []).map((r) => [r.type, r.target.id, r.targetProvision])).toEqual([
      ['AMENDS', 'eo-14194', 'sections 2(a), section 2(d), and section 2(e)'],
    ]);
    expect(model.referencedDocuments.map((r) => r.id)).toContain('eo-14194');
  });

  it('reads the order after an opening "Pursuant to <order>," as the subject, not a second source (EO 14183)', () => {
    const text =
      '(a) Pursuant to the Executive Order of January 20, 2025 (Initial Rescissions of Harmful Executive Orders and Actions), Executive Order 14004 of January 25, 2021 (Enabling All Qualified Americans To Serve Their Country in Uniform), has been revoked.';
    const found = findRelations(provisions(text), SELF, (t) => placeDocumentRefs(t, new DocumentDatedOrders(table)));
    expect(found.map((r) => [r.type, r.target.id])).toEqual([['REVOKES', 'eo-14004']]);
    expect(refsIn(text).map((r) => r.id)).toEqual(['eo-14148', 'eo-14004']);
  });

  it('reads a list of dated orders one a line with no punctuation, up to the subsection after it, in part when it supersedes "All provisions relating to export control" (EO 10945)', () => {
    const text =
      'SEC. 5 (a) All provisions relating to export control that are contained in the following and are now effective are hereby superseded:\n    (1) Proclamation No. 2413 of July 2, 1940\n    (2) Executive Order No. 8900 of September 15, 1941\n    (3) Executive Order No. 8982 of December 17, 1941\n    (4) Executive Order No. 9361 of July 15, 1943\n    (5) Executive Order No. 9380, of September 25, 1943\n    (6) Executive Order No. 9630, of September 27, 1945\n    (7) Executive Order No. 9919 of January 3, 1948\n(b) Except to the extent that they are inconsistent with this order, all outstanding delegations, rules, regulations, orders, licenses, or other forms of administrative action made, issued, or otherwise taken under, or continued in force by, the Export Control Act of 1949, as amended, shall remain in full force and effect until amended, modified, or terminated by proper authority.';
    expect(read(text.replace(/\s+/g, ' '))).toEqual(
      ['proc-2413', 'eo-8900', 'eo-8982', 'eo-9361', 'eo-9380', 'eo-9630', 'eo-9919'].map((id) => [
        'SUPERSEDES',
        id,
        true,
        undefined,
      ]),
    );
  });

  it('does not read "Provisions ... Relating to" in a quoted title as in part (EO 10956)', () => {
    const text =
      'Executive Order No. 10841 of September 30, 1959, entitled "Providing for the Carrying Out of Certain Provisions of the Atomic Energy Act of 1954, as Amended, Relating to International Cooperation," is hereby amended by changing the period at the end of paragraph (2) of section 2(a) thereof to a colon';
    // in part by the part it names after the verb ("thereof"), not by the title's words
    expect(read(text)).toEqual([['AMENDS', 'eo-10841', true, 'paragraph (2) of section 2(a)']]);
    expect(read(text.replace(/ by changing .*$/, ' as follows:'))).toEqual([['AMENDS', 'eo-10841', false, undefined]]);
  });

  it('reads "The Annex to Executive Order 13219 ... is replaced and superseded in its entirety by the Annex to this order" as amending that order\'s Annex (EO 13304)', () => {
    const text =
      'The Annex to Executive Order 13219 of June 26, 2001, is replaced and superseded in its entirety by the Annex to this order.';
    expect(read(text)).toEqual([['AMENDS', 'eo-13219', true, 'Annex']]);
  });

  it('reads "Subsection 1(b) of Executive Order 13851 is replaced with a new subsection 1(b)" as amending that subsection (EO 14088)', () => {
    const text =
      'Subsection 1(b) of Executive Order 13851 is replaced with a new subsection 1(b), to read as follows: \u201c(b) The following are prohibited: (i) the importation into the United States';
    expect(read(text)).toEqual([['AMENDS', 'eo-13851', true, 'Subsection 1(b)']]);
  });

  it('reads "The Annex to Executive Order 13224 ... is amended by adding" as an amendment of the Annex (EO 13268)', () => {
    const text =
      'The Annex to Executive Order 13224 of September 23, 2001, is amended by adding thereto the following persons in appropriate alphabetical order:';
    expect(read(text)).toEqual([['AMENDS', 'eo-13224', true, 'Annex']]);
  });

  it('reads the Annex amended, and no more from an item that replaces words in it: "\\"National Tool Center\\", ..., is replaced by" (EO 12474)', () => {
    expect(
      read(
        'the Annex to Executive Order No. 12260 is amended as follows to reflect changes in the name or the status of agencies to which the Agreement on Government Procurement applies:',
        '"National Tool Center", in the parenthetical expression in renumbered item 31, is replaced by "Tools Commodity Center"',
      ),
    ).toEqual([['AMENDS', 'eo-12260', true, 'Annex']]);
  });

  it('reads "shall be, and it is hereby, amended" as this order\'s act (EO 10293, EO 10373)', () => {
    expect(
      read(
        'it is ordered that paragraph 1(b) of Executive Order No. 10276 of July 31, 1951 (16 F.R. 7535) shall be, and it is hereby, amended to read as follows:',
      ),
    ).toEqual([['AMENDS', 'eo-10276', true, 'paragraph 1(b)']]);
    expect(
      read(
        'it is ordered that Executive Order No. 10161 of September 9, 1950, 15 F.R. 6105-6108, as amended, shall be, and it is hereby, further amended by adding the following at the end of part V thereof:',
      ),
    ).toEqual([['AMENDS', 'eo-10161', true, 'part V']]);
  });

  it('reads "(8) So much of Section 2 of Executive Order No. 10903 ..., as added paragraphs (s), (t), and (u) to Section 1 of ..." as that part of 10903 only, and the list on past it (EO 11230)', () => {
    const found = read(
      'The following are hereby superseded:',
      '(7) Executive Order No. 10889 of October 5, 1960.',
      '(8) So much of Section 2 of Executive Order No. 10903 of January 9, 1961, as added paragraphs (s), (t), and (u) to Section 1 of Executive Order No. 10530 of May 10, 1954.',
      '(9) Executive Order No. 10960 of August 21, 1961.',
    );
    expect(found).toEqual([
      ['SUPERSEDES', 'eo-10889', false, undefined],
      ['SUPERSEDES', 'eo-10903', true, 'Section 2'],
      ['SUPERSEDES', 'eo-10960', false, undefined],
    ]);
  });

  it('reads "(4) So much of Executive Order No. 11184 ..., as added paragraph (g) to Section 4 of ..." as 11184 in part (EO 11196)', () => {
    expect(
      read(
        'The following are hereby superseded:',
        '(4) So much of Executive Order No. 11184 of October 13,1964, as added paragraph (g) to Section 4 of Executive Order No. 10530 of May 10, 1954.',
      ),
    ).toEqual([['SUPERSEDES', 'eo-11184', true, undefined]]);
  });

  it('reads "Subsections (a), (g), (i), and (j) of Section 1 of Executive Order No. 11948 ... is superseded" with all the subsections (EO 12007)', () => {
    expect(
      read(
        'Subsections (a), (g), (i), and (j) of Section 1 of Executive Order No. 11948 of December 20, 1976, which extended the above advisory committees until December 31, 1978, is superseded.',
      ),
    ).toEqual([['SUPERSEDES', 'eo-11948', true, 'Subsections (a), (g), (i), and (j) of Section 1']]);
  });

  it('reads the part word said again in a list of parts: "Part IV and Sections 501 and 503 of Executive Order No. 11063 are revoked" (EO 12259)', () => {
    expect(read('(a) Part IV and Sections 501 and 503 of Executive Order No. 11063 are revoked.')).toEqual([
      ['REVOKES', 'eo-11063', true, 'Part IV and Sections 501 and 503'],
    ]);
  });

  it('keeps a run-on "renumbered as section 8 Sections 1 through 5 of" to the part after the last section word (EO 13391)', () => {
    expect(
      read(
        'Section 6 of Executive Order 13288 is renumbered as section 8 Sections 1 through 5 of Executive Order 13288 are replaced with new sections 1 through 7 as follows:',
      ).map((r) => r[3]),
    ).toEqual(['Section 6', 'Sections 1 through 5']);
  });
});

describe('session 19 precision and the orders that prescribed what is amended', () => {
  const table = loadReference().datedOrders;

  it('reads "the Executive Order of September 22, 2020 (\u201cthe September Order\u201d)" as EO 13950: a short name the text defines is no title (form of EO 14197\'s "(\u201cthe Executive Order of February 1, 2025\u201d)")', () => {
    const text =
      'Sec. 2. Revocation. The Executive Order of September 22, 2020 (\u201cthe September Order\u201d), is hereby revoked.';
    const found = findRelations(provisions(text), SELF, (t) => placeDocumentRefs(t, new DocumentDatedOrders(table)));
    expect(found.map((r) => [r.type, r.target.id, r.inPart])).toEqual([['REVOKES', 'eo-13950', false]]);
    // a title in parentheses still has to fit the order of that date
    expect(
      placeDocumentRefs(
        'The Executive Order of September 22, 2020 (Some Other Title), is hereby revoked.',
        new DocumentDatedOrders(table),
      ),
    ).toEqual([]);
  });

  it('reads "To the extent that they have not heretofore been revoked or superseded, Executive Orders No. 7968 ... are hereby revoked" as whole revocations (EO 10697)', () => {
    const text =
      'SEC. 7. To the extent that they have not heretofore been revoked or superseded, Executive Orders No. 7968 of September 3, 1938, No. 6297 of December 4, 1939, No. 9303 of February 11, 1943, and No. 10639 of October 10, 1955 are hereby revoked; and all other prior Executive Orders inconsistent with this Order are hereby amended accordingly.';
    expect(read(text)).toEqual(
      ['eo-7968', 'eo-6297', 'eo-9303', 'eo-10639'].map((id) => ['REVOKES', id, false, undefined]),
    );
    // "to the extent" that limits the act is still in part (EO 10958)
    expect(
      read(
        'All prior Executive orders (including Executive Order No. 10773 of July 1, 1958, as amended) are hereby superseded to the extent that they delegate or otherwise assign functions.',
      ),
    ).toEqual([['SUPERSEDES', 'eo-10773', true, undefined]]);
  });

  it('reads "Annex II of Executive Order No 11888 ..., as amended, ... is amended" as that annex (EO 12302), and "as amended by Annex II of Executive Order No. 11906" as a source (EO 11934)', () => {
    expect(
      read(
        'Section 2. Annex II of Executive Order No 11888 of November 24, 1975, as amended, listing articles that are eligible for benefits of the GSP when imported from any designated beneficiary developing country, is further amended by deleting therefrom TSUS items 148.96.',
      ),
    ).toEqual([['AMENDS', 'eo-11888', true, 'Annex II']]);
    expect(
      read(
        'Annexes III and IV of Proclamation 4707 of December 11, 1979, and Annex III of Proclamation 4768 of June 28, 1980, are superseded to the extent inconsistent with this Order',
      ),
    ).toEqual([
      ['SUPERSEDES', 'proc-4707', true, 'Annexes III and IV'],
      ['SUPERSEDES', 'proc-4768', true, 'Annex III'],
    ]);
    expect(
      read(
        'Annex II of Executive Order No. 11888 of November 24, 1975, as amended by Annex II of Executive Order No. 11906 of February 26, 1976, is amended as provided in Annex II, attached hereto and made a part hereof.',
      ),
    ).toEqual([['AMENDS', 'eo-11888', true, 'Annex II']]);
  });

  it('reads "in order to prescribe amendments to the Manual for Courts-Martial, United States, prescribed by Executive Order 12473" as amending EO 12473 (EO 13825)', () => {
    const line = corpusOrder('13825');
    const model = parseDocument(line.text, hintsOf(line));
    expect((model.relations ?? []).map((r) => [r.type, r.target.id])).toEqual([['AMENDS', 'eo-12473']]);
  });

  it('reads the Manual "prescribed by Executive Order No. 11476 and amended by Executive Order No. 11835" as amending EO 11476 only (EO 12018), and the Manual so prescribed "is hereby rescinded" as revoking it (EO 12473)', () => {
    expect(
      read(
        'NOW, THEREFORE, by virtue of the authority vested in me by the Uniform Code of Military Justice (Chapter 47 of Title 10 of the United States Code) and as President of the United States of America, the Manual for Courts-Martial, United States, 1969 (Revised Edition), prescribed by Executive Order No. 11476 and amended by Executive Order No. 11835, is hereby further amended as follows:',
      ),
    ).toEqual([['AMENDS', 'eo-11476', false, undefined]]);
    expect(
      read(
        'The Manual for Courts-Martial, 1969, United States (Revised edition), prescribed by Executive Order No. 11476, as amended by Executive Order Nos. 11835, 12018, 12198, 12233, 12306, 12340, 12383, and 12460 is hereby rescinded, effective August 1, 1984.',
      ),
    ).toEqual([['REVOKES', 'eo-11476', false, undefined]]);
  });

  it('reads "I hereby prescribe the following amendments of the Selective Service Regulations prescribed by Executive Orders No. 10292 ..., No. 10469 ..., and No. 11098" as amending each (EO 11266)', () => {
    const text =
      'By virtue of the authority vested in me by the Universal Military Training and Service Act (62 Stat. 604), as amended, I hereby prescribe the following amendment of the Selective Service Regulations prescribed by Executive Orders No. 10292 of September 25, 1951, No. 10469 of July 11, 1953, and No. 11098 of March 14, 1963, and constituting portions of Chapter XVI of Title 32 of the Code of Federal Regulations:';
    expect(read(text)).toEqual(['eo-10292', 'eo-10469', 'eo-11098'].map((id) => ['AMENDS', id, false, undefined]));
  });

  it('reads "Section V-14 of the Foreign Service Regulations ..., prescribed by Executive Order No. 7968 ..., is hereby revoked" as a revocation in part (EO 10473)', () => {
    expect(
      read(
        'Section V-14 of the Foreign Service Regulations of the United States, prescribed by Executive Order No. 7968 of September 3, 1938 (3 CFR 1938 Supp., page 107), is hereby revoked.',
      ),
    ).toEqual([['REVOKES', 'eo-7968', true, undefined]]);
  });

  it('keeps an order merely named under rules it prescribed out: "all orders issued under Executive Order 8989, as amended" (EO 9727) and "as prescribed by Executive Order 12473, shall apply" name no act', () => {
    expect(
      read(
        'Subject to applicable provisions of existing law, including the orders of the Office of Defense Transportation issued pursuant to Executive Order 8989, as amended, the said transportation systems shall be managed and operated under the terms and conditions of employment in effect.',
      ),
    ).toEqual([]);
    expect(
      read(
        'The Manual for Courts-Martial, United States, prescribed by Executive Order 12473, as amended, shall apply to any trial begun after that date.',
      ),
    ).toEqual([]);
  });

  it('reads an act on what an order prescribed only where "prescribed by" follows the rules themselves (EO 10869), not the procedure, manner or time an order prescribed', () => {
    // the corpus form: the rule, then "as prescribed by" the order
    expect(
      read(
        'SECTION 1. Section 2.1 of Civil Service Rule II, as prescribed by Executive Order No. 10577 of November 22, 1954, is hereby amended to read as follows:',
      ),
    ).toEqual([['AMENDS', 'eo-10577', false, undefined]]);
    expect(
      read(
        'NOW, THEREFORE, by virtue of the authority vested in me by section 215 of the Public Health Service Act (58 Stat. 690), and as President of the United States, I hereby prescribe the following amendment of the regulations relating to commissioned officers and employees of the Public Health Service prescribed by Executive Order No. 9993 of August 31, 1948:',
      ),
    ).toEqual([['AMENDS', 'eo-9993', false, undefined]]);
    // the order prescribed how or when the things acted on were issued, not those things
    for (const text of [
      'The agency regulations issued under the procedures prescribed by Executive Order No. 10577 are hereby revoked.',
      'Forms and instructions issued in the manner prescribed by Executive Order No. 10577 are hereby rescinded.',
      'Section 5 of the agency rules, issued within the time prescribed by Executive Order No. 12866, is hereby amended.',
    ])
      expect(read(text)).toEqual([]);
  });

  it('reads a revocation of what an order prescribed only for the Manual (EO 12473) or a part of the rules (EO 10473), not rules that merely follow from the order', () => {
    expect(read('The agency regulations prescribed by Executive Order No. 10577 are hereby revoked.')).toEqual([]);
    // the rules so named are still amended
    expect(read('The Civil Service Rules prescribed by Executive Order No. 10577 are hereby amended.')).toEqual([
      ['AMENDS', 'eo-10577', false, undefined],
    ]);
  });

  it('reads "prescribe amendments" as the President\'s own only with "hereby" or "in order to" (EO 11266, 13825): "is authorized to prescribe amendments" gives a power, not an amendment', () => {
    for (const text of [
      'The Director is authorized to prescribe amendments of the Civil Service Rules prescribed by Executive Order No. 10577.',
      'The Secretary of Defense is directed to prescribe amendments of the Civil Service Rules prescribed by Executive Order No. 10577 within 60 days.',
    ])
      expect(read(text)).toEqual([]);
    expect(
      read(
        'By the authority vested in me as President by the Constitution and the laws of the United States of America, including chapter 47 of title 10, United States Code (Uniform Code of Military Justice, 10 U.S.C. 801-946), and in order to prescribe amendments to the Manual for Courts-Martial, United States, prescribed by Executive Order 12473 of April 13, 1984, as amended, it is hereby ordered as follows:',
      ),
    ).toEqual([['AMENDS', 'eo-12473', false, undefined]]);
  });

  it('reads "to the extent that it has not already been carried out" as limiting the revocation: only a saving for an earlier revocation or supersession makes it whole (EO 10697)', () => {
    expect(
      read(
        'Executive Order No. 7968 is hereby revoked to the extent that it has not already been carried out by the agencies.',
      ),
    ).toEqual([['REVOKES', 'eo-7968', true, undefined]]);
    expect(
      read(
        'To the extent that they have not heretofore been revoked or superseded, Executive Order No. 7968 of September 3, 1938, is hereby revoked.',
      ),
    ).toEqual([['REVOKES', 'eo-7968', false, undefined]]);
  });

  it('reads "(3 CFR Cum. Supp.), is amended" on as one sentence: "Section 2(c) of Executive Order No. 9095 ..." is amended (EO 9567)', () => {
    const text =
      'Section 2(c) of Executive Order No. 9095 of March 11, 1942, as amended by Executive Order No. 9193 of July 6, 1942 (3 CFR Cum. Supp.), is amended to read as follows:';
    expect(read(text)).toEqual([['AMENDS', 'eo-9095', true, 'Section 2(c)']]);
  });
});

describe('a plural head whose numbers a semicolon parts (session 19)', () => {
  it('reads "prescribed by Executive Orders No. 10001 of September 17, 1948; No. 10735 of October 17, 1957; ..." as each order (EO 11606), and no order after a semicolon without its "No." (EO 14015)', () => {
    const text =
      'By virtue of the authority vested in me by the Military Selective Service Act of 1967 (62 Stat. 604, as amended), I hereby prescribe the following amendment of the Selective Service Regulations prescribed by Executive Orders No. 10001 of September 17, 1948; No. 10735 of October 17, 1957; No. 11360 of June 30, 1967; No. 11497 of November 26, 1969; and constituting portions of Chapter XVI of Title 32 of the Code of Federal Regulations:';
    expect(read(text)).toEqual(
      ['eo-10001', 'eo-10735', 'eo-11360', 'eo-11497'].map((id) => ['AMENDS', id, false, undefined]),
    );
    expect(
      findDocumentRefs(
        'Executive Order 13279 of December 12, 2002 (Equal Protection of the Laws for Faith-Based and Community Organizations), as amended by Executive Order 13559 of November 17, 2010; 13280 of December 12, 2002',
      ).map((r) => r.id),
    ).toEqual(['eo-13279', 'eo-13559']);
  });
});

describe('what a revocation leaves out, and where its limits end (session 20)', () => {
  it('reads "Exclusive of Executive Order No. 10952 ..., all prior Executive orders (including ...) are hereby superseded" as superseding the orders included, not the one excluded (EO 10958)', () => {
    const text =
      'SEC. 304. Prior Executive orders. Exclusive of Executive Order No. 10952 of July 20, 1961, all prior Executive orders (including Executive Order No. 10773 of July 1, 1958, as amended, and Executive Order No. 10902 of January 9, 1961) are hereby superseded to the extent that, immediately prior to the issuance of this order and in respect of the functions delegated by the provisions of Parts I and II of this order (to the extent there delegated), they delegate or otherwise assign functions.';
    expect(read(text)).toEqual([
      ['SUPERSEDES', 'eo-10773', true, undefined],
      ['SUPERSEDES', 'eo-10902', true, undefined],
    ]);
    const line = corpusOrder('10958');
    const found = (parseDocument(line.text, hintsOf(line)).relations ?? []).map((r) => r.target.id);
    expect(found).not.toContain('eo-10952');
    expect(found).toContain('eo-10773');
  });

  it('leaves out every order after "other than", "except" or "with the exception of", and still reads a part excepted from the order acted on', () => {
    expect(
      read('All prior Executive orders other than Executive Orders Nos. 10952 and 10773 are hereby revoked.'),
    ).toEqual([]);
    expect(
      read(
        'All prior Executive orders, except Executive Order No. 10952 of July 20, 1961, are hereby superseded. Executive Order No. 10902 of January 9, 1961, is hereby revoked.',
      ),
    ).toEqual([['REVOKES', 'eo-10902', false, undefined]]);
    expect(
      read(
        'With the exception of Executive Order No. 10952, the orders listed in Executive Order No. 10773 are hereby revoked.',
      ),
    ).toEqual([['REVOKES', 'eo-10773', false, undefined]]);
    // the part excepted limits the order acted on, which stays a target
    expect(read('Executive Order No. 10952 of July 20, 1961, except section 3 thereof, is hereby revoked.')).toEqual([
      ['REVOKES', 'eo-10952', true, undefined],
    ]);
  });

  it("ends a carve-out at its first comma outside its citation: the orders after it are the act's", () => {
    expect(read('Except for Executive Order 13003, Executive Order 13000 is hereby revoked.')).toEqual([
      ['REVOKES', 'eo-13000', false, undefined],
    ]);
    for (const words of ['Other than', 'With the exception of', 'Excluding'])
      expect(read(`${words} Executive Order 13003, Executive Orders 13000 and 13001 are hereby revoked.`)).toEqual([
        ['REVOKES', 'eo-13000', false, undefined],
        ['REVOKES', 'eo-13001', false, undefined],
      ]);
    expect(
      read(
        'Exclusive of Executive Order No. 10952 of July 20, 1961, Executive Order No. 10773 and Executive Order No. 10782 are hereby superseded.',
      ),
    ).toEqual([
      ['SUPERSEDES', 'eo-10773', false, undefined],
      ['SUPERSEDES', 'eo-10782', false, undefined],
    ]);
    expect(
      read(
        'The following are hereby revoked: Executive Order 13000, except section 4 of Executive Order 13000, Executive Order 13001, and Executive Order 13002.',
      ),
    ).toEqual([
      // the part excepted limits the order it is of, not the others
      ['REVOKES', 'eo-13000', true, undefined],
      ['REVOKES', 'eo-13001', false, undefined],
      ['REVOKES', 'eo-13002', false, undefined],
    ]);
    expect(
      read(
        'Executive Order 13000 is hereby revoked, except section 2 of Executive Order 13000, and Executive Order 13001 is hereby revoked.',
      ),
    ).toEqual([
      ['REVOKES', 'eo-13000', true, undefined],
      ['REVOKES', 'eo-13001', false, undefined],
    ]);
    expect(
      read(
        'Executive Order 13000 and Executive Order 13001, except section 3 of Executive Order 13000, are hereby revoked.',
      ),
    ).toEqual([
      ['REVOKES', 'eo-13000', true, undefined],
      ['REVOKES', 'eo-13001', false, undefined],
    ]);
    expect(
      read(
        'Nothing in this order shall affect any order other than Executive Order 13003, and Executive Order 13000 is hereby revoked.',
      ),
    ).toEqual([['REVOKES', 'eo-13000', false, undefined]]);
    // the numbers of its own plural head are still carved out
    expect(
      read('All prior Executive orders other than Executive Orders Nos. 10952, 10953, and 10773 are hereby revoked.'),
    ).toEqual([]);
  });

  it("reads an act in a relative clause on an order named as a replacement or a carve-out as on that order, and nothing when the act is not surely this order's", () => {
    expect(
      read('Executive Order 13000 has been superseded by Executive Order 13001, which is hereby revoked.'),
    ).toEqual([['REVOKES', 'eo-13001', false, undefined]]);
    expect(
      read(
        'Except for Executive Order 13003, which is amended as set forth below, Executive Order 13000 is hereby revoked.',
      ),
    ).toEqual([
      ['AMENDS', 'eo-13003', false, undefined],
      ['REVOKES', 'eo-13000', false, undefined],
    ]);
    expect(
      read(
        'Executive Order 13000 has been superseded by Executive Order 13001, which is amended by Executive Order 13005.',
      ),
    ).toEqual([]);
    // "as amended by ..., which": the clause may be on the whole phrase, read as before
    expect(read('Executive Order 13000, as amended by Executive Order 13001, which is hereby revoked.')).toEqual([
      ['REVOKES', 'eo-13000', false, undefined],
    ]);
  });

  it('keeps an act partial when the statement after its semicolon limits the act itself ("provided, however, that such order", "but such revocation")', () => {
    expect(
      read(
        'Executive Order 13000 is hereby superseded; provided, however, that such order shall remain in effect to the extent that it relates to the Department of Defense.',
      ),
    ).toEqual([['SUPERSEDES', 'eo-13000', true, undefined]]);
    expect(
      read(
        'Executive Order 13000 is hereby revoked; but such revocation shall apply only insofar as it relates to the Department of Defense.',
      ),
    ).toEqual([['REVOKES', 'eo-13000', true, undefined]]);
    // a limit on something else after the semicolon leaves it whole
    expect(
      read(
        'Executive Order 13000 is hereby revoked; provided that the Secretary shall continue the program to the extent that funds are available.',
      ),
    ).toEqual([['REVOKES', 'eo-13000', false, undefined]]);
    expect(
      read(
        'Executive Order 13000 is hereby revoked; provided that such revocation shall not affect any proceeding; and the Secretary shall act to the extent that funds allow.',
      ),
    ).toEqual([['REVOKES', 'eo-13000', false, undefined]]);
  });

  it('reads "is revoked; except that, to the extent consistent with this Order, all determinations ... shall continue" as a whole revocation (EO 11958, EO 13637)', () => {
    expect(
      read(
        'Executive Order No. 11501, as amended, is revoked; except that, to the extent consistent with this Order, all determinations, authorizations, regulations, rulings, certificates, orders, directives, contracts, agreements, and other actions made, issued, taken or entered into under the provisions of Executive Order No. 11501, as amended, and not revoked, superseded or otherwise made inapplicable, shall continue in full force and effect until amended, modified or terminated by appropriate authority.',
      ),
    ).toEqual([['REVOKES', 'eo-11501', false, undefined]]);
    const line = corpusOrder('13637');
    const revoked = parseDocument(line.text, hintsOf(line)).revocations.find((r) => r.target.id === 'eo-11958');
    expect(revoked?.inPart).toBe(false);
  });

  it('reads "is hereby revoked; and all provisions of other prior Executive orders ... are hereby modified to the extent of such inconsistency" as a whole revocation (EO 10561)', () => {
    expect(
      read(
        '6. Executive Order No. 9784 of September 25, 1946, entitled "Providing for the More Efficient Use and for the Transfer and Other Disposition of Government Records", is hereby revoked; and all provisions of other prior Executive orders which are inconsistent with this order are hereby modified to the extent of such inconsistency.',
      ),
    ).toEqual([['REVOKES', 'eo-9784', false, undefined]]);
  });

  it('keeps a limit before the semicolon, or inside a subject a semicolon parts, on the act it limits (EO 10804), and off the act after it', () => {
    expect(
      read(
        'Executive Order No. 11501 is revoked to the extent that it is inconsistent with this order; and all other prior orders are amended accordingly.',
      ),
    ).toEqual([['REVOKES', 'eo-11501', true, undefined]]);
    expect(
      read(
        "Executive Order No. 9721 ' of May 10, 1946; Executive Order No. 10103 of February 1, 1950; and Executive Order No. 10774 of July 25, 1958, insofar as it affects any employee covered by section 6 (a) of the International Atomic Energy Agency Participation Act of 1957, are revoked except that each shall be considered to remain in effect with respect to any employee subject thereto.",
      ).map(([, id, inPart]) => [id, inPart]),
    ).toEqual([
      ['eo-9721', true],
      ['eo-10103', true],
      ['eo-10774', true],
    ]);
    expect(
      read(
        'Executive Order No. 4652 is hereby revoked insofar as it affects the following-described lands; and Executive Order No. 5098 is hereby revoked.',
      ),
    ).toEqual([
      ['REVOKES', 'eo-4652', true, undefined],
      ['REVOKES', 'eo-5098', false, undefined],
    ]);
  });

  it('reads "I hereby prescribe, to become effective on this date, the following amendments of the Selective Service Regulations prescribed by Executive Orders No. 10001 ..." as amending each (EO 11527), not a power to prescribe them', () => {
    const text =
      'By virtue of the authority vested in me by the Military Selective Service Act of 1967 (62 Stat. 604, as amended), I hereby prescribe, to become effective on this date, the following amendments of the Selective Service Regulations prescribed by Executive Orders No. 10001 of September 17, 1948, No. 10202 of January 12, 1951, No. 10292 of September 25, 1951, and constituting portions of Chapter XVI of Title 32 of the Code of Federal Regulations:';
    expect(read(text)).toEqual(['eo-10001', 'eo-10202', 'eo-10292'].map((id) => ['AMENDS', id, false, undefined]));
    expect(
      read(
        'The Director is authorized to prescribe, from time to time, amendments of the Selective Service Regulations prescribed by Executive Order No. 10292 of September 25, 1951.',
      ),
    ).toEqual([]);
    // the rules' orders end where the subject of the next act opens
    expect(
      read(
        'I hereby prescribe, after consultation with the Director, the following amendments of the regulations prescribed by Executive Order No. 10001 of September 17, 1948, and Executive Order No. 10002 is revoked.',
      ).filter(([type]) => type === 'AMENDS'),
    ).toEqual([['AMENDS', 'eo-10001', false, undefined]]);
    expect(
      read(
        'I hereby prescribe the following amendments of the regulations prescribed by Executive Order No. 10001, Executive Order No. 10003, and Executive Order No. 10004:',
      ).map(([, id]) => id),
    ).toEqual(['eo-10001', 'eo-10003', 'eo-10004']);
    const line = corpusOrder('11527');
    expect((parseDocument(line.text, hintsOf(line)).relations ?? []).filter((r) => r.type === 'AMENDS')).toHaveLength(
      11,
    );
  });

  it('reads "Whereas Executive Order No. 9835, as amended, has been revoked by section 12 of Executive Order No. 10450" as another order\'s act, not this one\'s (EO 10459)', () => {
    expect(
      read(
        'Whereas the said Executive Order No. 10422 incorporates by reference certain of the procedures provided or authorized by Executive Order No. 9835 of March 21, 1947, as amended; and Whereas Executive Order No. 9835, as amended, has been revoked by section 12 of Executive Order No. 10450 of April 27, 1953, effective thirty days from the date thereof:',
      ),
    ).toEqual([]);
    expect(
      read('Executive Order No. 9835 has been superseded by Executive Order No. 10450 of April 27, 1953.'),
    ).toEqual([]);
    // said of this order, or with no agent, it is this order's act (EO 14183)
    expect(read('Executive Order No. 9835 of March 21, 1947, has been revoked by this order.')).toEqual([
      ['REVOKES', 'eo-9835', false, undefined],
    ]);
    expect(
      read(
        '(a) Pursuant to the Executive Order of January 20, 2025 (Initial Rescissions of Harmful Executive Orders and Actions), Executive Order 14004 of January 25, 2021 (Enabling All Qualified Americans To Serve Their Country in Uniform), has been revoked.',
      ),
    ).toEqual([['REVOKES', 'eo-14004', false, undefined]]);
  });

  it('reads "Executive Order No. 10575 ..., as affected by Executive Order No. 10610 ..., is hereby amended" as amending 10575 only (EO 10625)', () => {
    expect(
      read(
        'SECTION 1. Executive Order No. 10575 of November 6, 1954, 19 F. R. 7249, as affected by Executive Order No. 10610 of May 9, 1955, 20 F. R. 3179, is hereby amended as follows:',
      ),
    ).toEqual([['AMENDS', 'eo-10575', false, undefined]]);
    expect(
      read(
        'Executive Order No. 10575 of November 6, 1954, as affected by Executive Orders Nos. 10610 and 10663, is hereby revoked.',
      ),
    ).toEqual([['REVOKES', 'eo-10575', false, undefined]]);
    // the order itself amended, named after another that it affects, is still the target (EO 10663)
    expect(
      read(
        'Section 104 of Executive Order No. 10610 of May 9, 1955 (20 F. R. 3181), is hereby amended by adding at the end thereof a new subsection (c).',
      ),
    ).toEqual([['AMENDS', 'eo-10610', true, 'Section 104']]);
  });

  it('reads "paragraph numbered 1 of Executive Order No. 6861 ... be and it is hereby revoked" as that paragraph (EO 6871), and "paragraphs numbered 1 and 2 of" (EO 10429)', () => {
    expect(
      read(
        '1. That paragraph numbered 1 of Executive Order No. 6861, dated September 28, 1934, be and it is hereby revoked.',
      ),
    ).toEqual([['REVOKES', 'eo-6861', true, 'paragraph numbered 1']]);
    expect(
      read(
        'it is ordered that paragraphs numbered 1 and 2 of Executive Order No. 10179 of November 8, 1950, entitled "Establishing the Korean Service Medal", be, and they are hereby, amended to read as follows:',
      ),
    ).toEqual([['AMENDS', 'eo-10179', true, 'paragraphs numbered 1 and 2']]);
    // a paragraph named after the order is no part before it, but one the amendment's words tie back to it with
    // "thereof" (EO 6612, 6710)
    expect(
      read(
        'Executive Order No. 6580 of February 1, 1934, is hereby amended by striking out paragraph numbered 2 thereof and inserting in its stead the following paragraph:',
      ),
    ).toEqual([['AMENDS', 'eo-6580', true, 'paragraph numbered 2']]);
  });

  it('reads "Section 1-301(b)of Executive Order No 12163" with its space lost after ")" as that section (EO 12423, EO 12560)', () => {
    expect(
      read(
        'Section 1-301(b)of Executive Order No 12163, as amended, is further amended by deleting "and 635(g)" and inserting in lieu thereof "635(g), and 636(i)".',
      ),
    ).toEqual([['AMENDS', 'eo-12163', true, 'Section 1-301(b)']]);
    expect(
      read(
        'Section 1-201(a)(15)of Executive Order No 12163, as amended, as redesignated by this Order, is further amended by deleting "(other than chapter 4 thereof)".',
      ),
    ).toEqual([['AMENDS', 'eo-12163', true, 'Section 1-201(a)(15)']]);
    // only after a closing parenthesis: a word run into "of" is no label
    expect(read('Section 2of Executive Order No 12163 is further amended by deleting "(a)".')).toEqual([
      ['AMENDS', 'eo-12163', false, undefined],
    ]);
  });
});

describe('session 21: amendments said with "shall be", and orders named in another order\'s title', () => {
  it('reads "it is hereby ordered that Executive Order No. 12675 shall be amended by adding a new Section 1(b)(7)" as an amendment this order makes (EO 12712)', () => {
    expect(
      read(
        'By the authority vested in me as President by the Constitution and laws of the United States of America, and in order to add the Secretary of Energy to the National Space Council, it is hereby ordered that Executive Order No. 12675 shall be amended by adding a new Section 1(b)(7) that shall read "(7) The Secretary of Energy;" and by renumbering the current Sections 1(b)(7) through 1(b)(12), Sections 1(b)(8) through 1(b)(13), respectively.',
      ),
    ).toEqual([['AMENDS', 'eo-12675', false, undefined]]);
  });

  it('reads "section 1 of Executive Order 13295 shall be further amended by replacing subsection (b)" as that section amended, not the amending 13375 (EO 13674)', () => {
    expect(
      read(
        'Based upon the recommendation of the Secretary of Health and Human Services, in consultation with the Acting Surgeon General, and for the purposes set forth in section 1 of Executive Order 13295 of April 4, 2003, as amended by Executive Order 13375 of April 1, 2005, section 1 of Executive Order 13295 shall be further amended by replacing subsection (b) with the following: \u201c(b) Severe acute respiratory syndromes',
      ),
    ).toEqual([['AMENDS', 'eo-13295', true, 'section 1']]);
  });

  it('reads "Section 1-105 of Executive Order No. 12201 shall be amended, effective July 28, 1980, to read as follows" as that section amended (EO 12225)', () => {
    expect(
      read(
        '1-104. Section 1-105 of Executive Order No. 12201 shall be amended, effective July 28, 1980, to read as follows:',
      ),
    ).toEqual([['AMENDS', 'eo-12201', true, 'Section 1-105']]);
    // a dated rule for later, not the amendment itself
    expect(
      read(
        'Section 1-105 of Executive Order No. 12201 shall be amended, effective July 28, 1980, by the Board to conform to this order.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Section 1-105 of Executive Order No. 12201 shall be amended, effective July 28, 1980, to conform to the regulations of the Board.',
      ),
    ).toEqual([]);
  });

  it('leaves "shall be amended" that says no amendment made here: a rule for later, or what a relative clause describes', () => {
    expect(
      read('Executive Order No. 12675 shall be amended by the Secretary of Energy to conform to this order.'),
    ).toEqual([]);
    expect(
      read('Executive Order No. 12675 shall be amended to conform to the recommendations of the Council.'),
    ).toEqual([]);
    expect(
      read(
        'The Council shall report on any provision of Executive Order No. 12675 that shall be amended by adding new members.',
      ),
    ).toEqual([]);
  });

  it('leaves "shall be amended by adding" under a condition or another\'s duty: "If Executive Order 13000 shall be amended by adding new members, the Board shall meet"', () => {
    expect(read('If Executive Order 13000 shall be amended by adding new members, the Board shall meet.')).toEqual([]);
    expect(
      read('Whenever Executive Order 13000 shall be amended by adding new members, the Board shall meet.'),
    ).toEqual([]);
    expect(read('The Secretary shall ensure that Executive Order 13000 shall be amended by adding a section.')).toEqual(
      [],
    );
    expect(
      read(
        'If Executive Order No. 13000 of May 1, 1996, as amended, shall be amended by adding new members, the Board shall meet.',
      ),
    ).toEqual([]);
    // the President's own "that" stays the order's amendment (EO 12712), as a subject after a dated heading does (EO 14259)
    expect(
      read('It is hereby ordered that Executive Order No. 12675 shall be amended by adding a new Section 1(b)(7).'),
    ).toEqual([['AMENDS', 'eo-12675', false, undefined]]);
    expect(
      read(
        'Effective with respect to goods entered on or after 12:01 a.m. eastern daylight time on April 9, 2025: (a) section 2 of Executive Order 14257 shall be amended by deleting "34%" each place that it appears.',
      ),
    ).toEqual([['AMENDS', 'eo-14257', true, 'section 2']]);
  });

  it('does not revoke the orders a revoked order\'s title names: "Executive Order 13897 of October 31, 2019 (Improving Federal Contractor Operations by Revoking Executive Order 13495), is revoked" (EO 14055)', () => {
    expect(
      read(
        'Executive Order 13897 of October 31, 2019 (Improving Federal Contractor Operations by Revoking Executive Order 13495), is revoked. Executive Order 13495 of January 30, 2009 (Nondisplacement of Qualified Workers Under Service Contracts), remains revoked.',
      ),
    ).toEqual([['REVOKES', 'eo-13897', false, undefined]]);
    // nor the order an amending order's title names, in the list of those that amended it (EO 14085)
    expect(
      read(
        'Executive Order 8809 of June 28, 1941 (Good Conduct Medal), as amended by Executive Order 9323 of March 31, 1943 (Amendment of Executive Order No. 8809 of June 28, 1941, Establishing the Good Conduct Medal), and Executive Order 10444 of April 10, 1953 (Amendment of Executive Order No. 8809 of June 28, 1941, Establishing the Good Conduct Medal, As Amended by Executive Order No. 9323 of March 31, 1943), is further amended\u2014',
      ),
    ).toEqual([['AMENDS', 'eo-8809', false, undefined]]);
  });

  it('reads "the said order" in the sentence after "Executive Order No. 9949, entitled \\"Modifying Executive Order No. 9721\\"" as 9949, not the order its title names (EO 10415\'s form)', () => {
    expect(
      read(
        'Executive Order No. 9949, entitled "Modifying Executive Order No. 9721". The said order is hereby revoked.',
      ),
    ).toEqual([['REVOKES', 'eo-9949', false, undefined]]);
    expect(
      read(
        'Executive Order No. 9949, entitled "Modifying Executive Order No. 9721", is hereby amended.',
        'The said order is further amended by adding a section.',
      ).map((r) => r[1]),
    ).toEqual(['eo-9949', 'eo-9949']);
    // two orders named outside a title are still both "the said orders"
    expect(
      read('Executive Order No. 9721 and Executive Order No. 9949 relate to pay. The said orders are hereby revoked.'),
    ).toEqual([
      ['REVOKES', 'eo-9721', false, undefined],
      ['REVOKES', 'eo-9949', false, undefined],
    ]);
  });

  it('reads each later "The said orders" as all the orders named last, once a provision for each act: superseded, amended, then revoked in part in the next', () => {
    expect(
      read(
        'Executive Orders Nos. 9721 and 9949 relate to pay. The said orders are hereby superseded. The said orders are amended accordingly. The said orders are hereby superseded.',
        'The said orders are hereby revoked in part.',
        'The said orders are hereby revoked.',
      ),
    ).toEqual([
      ['SUPERSEDES', 'eo-9721', false, undefined],
      ['SUPERSEDES', 'eo-9949', false, undefined],
      ['AMENDS', 'eo-9721', false, undefined],
      ['AMENDS', 'eo-9949', false, undefined],
      ['REVOKES', 'eo-9721', true, undefined],
      ['REVOKES', 'eo-9949', true, undefined],
      ['REVOKES', 'eo-9721', false, undefined],
      ['REVOKES', 'eo-9949', false, undefined],
    ]);
  });

  it('leaves a recital\'s wish out: "WHEREAS, ... it is appropriate ... that the said Executive order be amended as provided below" (EO 10937, also EO 10569)', () => {
    const recital =
      'WHEREAS the National Agricultural Advisory Commission, established by Executive Order No. 10472 of July 20, 1953, is required by section 2 of that order to review from time to time the policies and administration of farm programs; and WHEREAS, in my judgment, it is appropriate and in the public interest that the said Executive order be amended as provided below in order that the views of the farmer may be more adequately represented:';
    expect(read(recital)).toEqual([]);
    // the act after the recital is read
    expect(
      read(
        recital,
        'NOW THEREFORE, by virtue of the authority vested in me as President, it is ordered that section 1 of Executive Order No. 10472 of July 20, 1953, be, and it is hereby, amended to read as follows: "SECTION 1.',
      ),
    ).toEqual([['AMENDS', 'eo-10472', true, 'section 1']]);
    // a recital that tells an act already made is no act of this order either
    expect(read('WHEREAS Executive Order No. 10472 was amended by Executive Order No. 10500:')).toEqual([]);
  });
});

/** Every relation a corpus order's whole text states, revocations first, as [type, target id]. */
function relationsOfOrder(number: string): [string, string][] {
  const line = corpusOrder(number);
  const model = parseDocument(line.text, hintsOf(line));
  return [
    ...model.revocations.map((r): [string, string] => ['REVOKES', r.target.id]),
    ...(model.relations ?? []).map((r): [string, string] => [r.type, r.target.id]),
  ];
}

describe('lists of the orders acted on, in forms read in the audit of seed 3191', () => {
  it('reads the orders listed after "as amended by" inside an unfinished list as amended too (EO 13831)', () => {
    const amended = relationsOfOrder('13831')
      .filter(([type]) => type === 'AMENDS')
      .map(([, id]) => id);
    expect(amended).toEqual(['eo-13198', 'eo-13279', 'eo-13280', 'eo-13342', 'eo-13397', 'eo-13279']);
    // the order that amended one of them stays a source
    expect(amended).not.toContain('eo-13559');
  });

  it('keeps every order after "as amended by" a source when one order alone precedes it (EO 11618)', () => {
    // the order, then its Sections 6(a) and 8(b), each "of that Order is revised to read": 10713 alone, never its sources
    expect(relationsOfOrder('11618')).toEqual([
      ['AMENDS', 'eo-10713'],
      ['AMENDS', 'eo-10713'],
      ['AMENDS', 'eo-10713'],
    ]);
  });

  it('reads the orders an active amendment ending on its verb lists: "I hereby amend: (a) Executive Order 13464 ..., by removing ...; and (b) Executive Order 13448 ..." (EO 13619)', () => {
    expect(relationsOfOrder('13619')).toEqual([
      ['AMENDS', 'eo-13464'],
      ['AMENDS', 'eo-13448'],
    ]);
  });

  it('amends only the order named right after "I hereby amend", not the orders it says declared and "expanded in" the emergency (EO 13350)', () => {
    // the Annex to Executive Order 13315 "is replaced and superseded" (section 2): that amendment is the one on 13315
    expect(relationsOfOrder('13350').filter(([type]) => type === 'AMENDS')).toEqual([
      ['AMENDS', 'eo-13290'],
      ['AMENDS', 'eo-13315'],
      ['AMENDS', 'eo-13290'],
    ]);
  });

  it('reads "to reflect the action taken in Executive Order 14003, Civil Service Rule VI is amended" as amending the rule, not that order (EO 14029)', () => {
    expect(relationsOfOrder('14029').filter(([type]) => type === 'AMENDS')).toEqual([]);
  });

  it('reads "The Executive Orders listed below are further amended by striking out ...: (1) Executive Order No. 10448 ..." as amending each order listed (EO 11382)', () => {
    const amended = relationsOfOrder('11382').map(([, id]) => id);
    for (const id of [
      'eo-10448',
      'eo-10631',
      'eo-10977',
      'eo-11016',
      'eo-11046',
      'eo-11079',
      'eo-11157',
      'eo-11190',
      'eo-11231',
      'eo-11239',
    ])
      expect(amended).toContain(id);
  });

  it('does not read a recital\'s "be amended as provided below" as announcing a list (EO 10569)', () => {
    expect(relationsOfOrder('10569')).toEqual([['AMENDS', 'eo-10334']]);
  });

  it('reads a list of revoked orders past an item\'s proviso: "Part II of Executive Order No 9830 ...: Provided, That ... shall be considered ..." (EO 10577)', () => {
    expect(relationsOfOrder('10577')).toEqual([
      ['REVOKES', 'eo-9830'],
      ['REVOKES', 'eo-9973'],
      ['REVOKES', 'eo-10440'],
      ['REVOKES', 'eo-10463'],
      ['REVOKES', 'eo-10180'],
    ]);
    // the proviso's own words name nothing revoked: an order it names stays out of the list
    expect(
      read(
        'The following-described executive orders are hereby revoked: Part II of Executive Order No 9830 of February 24, 1947, amending the Civil Service Rules: Provided, That the positions listed under Executive Order No. 9000 shall be considered as listed under this order. Executive Order No. 10180 of November 13, 1950, establishing special personnel procedures.',
      ),
    ).toEqual([
      ['REVOKES', 'eo-9830', true, 'Part II'],
      ['REVOKES', 'eo-10180', false, undefined],
    ]);
  });

  it("still ends a list of revoked orders at an item that states its own act (EO 12110's form) and keeps a revocation's proviso out of it (EO 10011)", () => {
    expect(relationsOfOrder('10011').filter(([type]) => type === 'REVOKES')).toEqual([
      ['REVOKES', 'eo-9870'],
      ['REVOKES', 'eo-9982'],
    ]);
  });
});

describe('"those orders": the orders named since the anaphor before it', () => {
  // "(d) This order supersedes Executive Order 13803 of June 30, 2017 (Reviving the National Space Council), and
  // Executive Order 13906 of February 13, 2020 (...), and those orders are revoked." (EO 14056)
  const line = corpusOrder('14056');
  const sentence = /This order supersedes Executive Order 13803[^.]*?those orders are revoked\./.exec(line.text)![0];

  it('revokes both orders the sentence names (EO 14056)', () => {
    const relations = read(sentence);
    expect(relations).toContainEqual(['REVOKES', 'eo-13803', false, undefined]);
    expect(relations).toContainEqual(['REVOKES', 'eo-13906', false, undefined]);
  });

  it('a later "those orders" in the same clause names the orders after the first one, not those before', () => {
    const relations = read(
      `${sentence.replace(/\.$/, ';')} Executive Orders 12000 and 12001 are superseded, and those orders are amended accordingly.`,
    );
    const amended = relations.filter(([type]) => type === 'AMENDS').map(([, id]) => id);
    expect(amended.sort()).toEqual(['eo-12000', 'eo-12001']);
    expect(relations).toContainEqual(['REVOKES', 'eo-13906', false, undefined]);
  });
});

describe('the part of its order an amendment names after its verb, with "thereof" or "of that order"', () => {
  const amended = (number: string) =>
    (parsedOrder(number).relations ?? [])
      .filter((r) => r.type === 'AMENDS')
      .map((r) => [r.target.id, r.inPart, r.targetProvision]);

  it('reads "is hereby, amended by substituting for Section 3 thereof the following" as amending Section 3 (EO 11084)', () => {
    expect(amended('11084')).toEqual([['eo-10995', true, 'Section 3']]);
  });

  it('reads "is amended by adding to section 5 of that order the following new subsection" as amending section 5 (EO 13208)', () => {
    expect(amended('13208')).toEqual([['eo-13202', true, 'section 5']]);
  });

  it('reads words struck "in subsection (b) of Section 1 thereof" (EO 11159) and a heading that names the order again (EO 13802)', () => {
    expect(amended('11159')).toEqual([['eo-11143', true, 'subsection (b) of Section 1']]);
    expect(amended('13802')).toEqual([['eo-13597', true, 'subsection (b)(ii) of section 2']]);
  });

  it('reads each part of one statement: "by deleting sections 1, 2, 3, and 4 thereof, by renumbering sections 5 and 6 thereof" (EO 10913)', () => {
    expect(amended('10913')).toEqual([
      ['eo-10584', true, 'sections 1, 2, 3, and 4'],
      ['eo-10584', true, 'sections 5 and 6'],
    ]);
  });

  it('leaves a part named only as a place: "by adding a new section after Section 2 thereof" (EO 6895)', () => {
    expect(amended('6895')).toEqual([['eo-6814', false, undefined]]);
  });

  it('leaves a part left out: "by striking section 3, except subsection (c) thereof" keeps the part the subject names (EO 13385)', () => {
    expect(amended('13385')).toContainEqual(['eo-13231', true, 'Section 3']);
  });

  it('leaves "thereof" after another document named before it, which it may point back to (EO 11084\'s statement, with an Act between)', () => {
    expect(
      read(
        'Executive Order No. 10995 of February 16, 1962, be, and it is hereby, amended by striking the reference to the Federal Property and Administrative Services Act and substituting for Section 3 thereof the following.',
      ),
    ).toEqual([['AMENDS', 'eo-10995', false, undefined]]);
  });

  it('leaves "thereof" after a part named without it, which it may point back to', () => {
    expect(
      read(
        'Executive Order No. 10000 is hereby amended by adding a new subsection (c) to section 3, and by redesignating paragraph (b) thereof as paragraph (d).',
      ),
    ).toEqual([['AMENDS', 'eo-10000', false, undefined]]);
  });

  it('leaves "thereof" of a thing the order only holds: "Schedule A of Executive Order No. 10000 is amended by adding to paragraph (3) thereof"', () => {
    expect(
      read('Schedule A of Executive Order No. 10000 is amended by adding to paragraph (3) thereof the following:'),
    ).toEqual([['AMENDS', 'eo-10000', false, undefined]]);
  });
});

describe('"is hereby modified": the older orders\' word for an amendment', () => {
  const amended = (number: string) =>
    (parsedOrder(number).relations ?? [])
      .filter((r) => r.type === 'AMENDS')
      .map((r) => [r.target.id, r.inPart, r.targetProvision]);

  it('reads "paragraph 3 (a) of Executive Order No. 9721 ..., be, and it is hereby, modified as follows" (EO 10054)', () => {
    expect(amended('10054')).toEqual([['eo-9721', true, 'paragraph 3 (a)']]);
  });

  it('reads a withdrawal "is hereby modified so as to permit" (EO 6627) and "the said Executive order is modified accordingly" (EO 9919)', () => {
    expect(amended('6627')).toEqual([['eo-5343', false, undefined]]);
    expect(amended('9919')).toContainEqual(['eo-9630', false, undefined]);
  });

  it('leaves "This order may be modified or revoked at any time" (EO 6111) and a forest "as described by Proclamation No. 2190 ..., are hereby modified" (EO 10850)', () => {
    expect(amended('6111')).toEqual([]);
    expect(amended('10850')).toEqual([]);
  });
});

describe('"This order shall become effective ..., and shall on that date supersede"', () => {
  const related = (number: string) => (parsedOrder(number).relations ?? []).map((r) => [r.type, r.target.id, r.inPart]);

  it('reads the date after "shall" as before it: "and shall on that date supersede Executive Order No. 10738 ..., to the extent" (EO 10906)', () => {
    expect(related('10906')).toEqual([['SUPERSEDES', 'eo-10738', true]]);
  });

  it('leaves the same words quoted as the new text of an amendment "to read as follows:" (EO 10954)', () => {
    expect(related('10954')).toEqual([['AMENDS', 'eo-10906', true]]);
  });
});

describe('a paragraph of an order named by its place: "the third paragraph of Executive Order No. 9080"', () => {
  const amended = (number: string) =>
    (parsedOrder(number).relations ?? [])
      .filter((r) => r.type === 'AMENDS')
      .map((r) => [r.target.id, r.inPart, r.targetProvision]);

  it('reads "The third paragraph of Executive Order No. 9080 ... is hereby amended" (EO 10692) and "the third/fourth paragraph" of two sections (EO 12484)', () => {
    expect(amended('10692')).toEqual([['eo-9080', true, 'third paragraph']]);
    // besides the Manual the order amends as a whole (its preamble)
    expect(amended('12484')).toEqual(
      expect.arrayContaining([
        ['eo-12473', true, 'third paragraph'],
        ['eo-12473', true, 'fourth paragraph'],
      ]),
    );
  });

  it('keeps a part and drops the same order named whole by the heading of its section (EO 13838)', () => {
    expect(amended('13838')).toEqual([['eo-13658', true, 'Section 7(f)']]);
  });

  it('leaves "as amended by the second paragraph of Executive Order No. 6942" a source (EO 7062)', () => {
    expect((parsedOrder('7062').relations ?? []).map((r) => r.target.id)).not.toContain('eo-6942');
  });
});

describe('"is revised": the word orders of 1967-2022 use for an amendment', () => {
  it('reads "Section 1 of Executive Order 13194 ..., is revised to read as follows:" as amending that part (EO 13312)', () => {
    expect(
      read(
        '(a) Section 1 of Executive Order 13194 of January 18, 2001, is revised to read as follows: "Section 1. The importation into the United States of all rough diamonds is prohibited."',
      ),
    ).toEqual([['AMENDS', 'eo-13194', true, 'Section 1']]);
  });

  it('reads "as revised by section 1(a) of Executive Order 13121" as a source, and a sentence telling what another order revised as none (EO 13192)', () => {
    expect(
      read(
        'That order revised and substantially expanded the sanctions imposed pursuant to Executive Order 13088.',
        '(a) Section 1 of Executive Order 13088 of June 9, 1998, as revised by section 1(a) of Executive Order 13121 of April 30, l999, is revised to read as follows:',
      ),
    ).toEqual([['AMENDS', 'eo-13088', true, 'Section 1']]);
  });
});

describe('the part an amendment strikes or rewrites, named right after its verb without "thereof"', () => {
  it('reads "Executive Order 14033 is hereby amended by striking section 1 and inserting, in lieu thereof" as amending section 1 (EO 14140)', () => {
    expect(
      read(
        'Amendments. Executive Order 14033 is hereby amended by striking section 1 and inserting, in lieu thereof, the following: \u201cSection 1. (b) The prohibitions in subsection (a) of this section apply except to the extent provided by statutes.\u201d',
      ),
    ).toEqual([['AMENDS', 'eo-14033', true, 'section 1']]);
  });

  it('reads "by striking out subsection (f) of Section 109 of Part I" and "by amending Section 25(a) to read" as those parts (EO 12394, 12027)', () => {
    expect(
      read(
        'Executive Order No 11157 of June 22, 1964, as amended, is further amended by striking out subsection (f) of Section 109 of Part I and inserting in lieu thereof the following:',
      ),
    ).toEqual([['AMENDS', 'eo-11157', true, 'subsection (f) of Section 109 of Part I']]);
    expect(
      read(
        'SEC. 3. Executive Order No. 11491, as amended, is further amended by amending Section 25(a) to read as follows:',
      ),
    ).toEqual([['AMENDS', 'eo-11491', true, 'Section 25(a)']]);
  });

  it('reads "by substituting for sections 104, 206, and 207 the following" and "by deleting therefrom sections 1 and 5" as those parts (EO 11292, 10884)', () => {
    expect(
      read(
        'Executive Order No. 11157 of June 22, 1964, as amended, is further amended by substituting for sections 104, 206, and 207 the following: "SEC. 104.',
      ),
    ).toEqual([['AMENDS', 'eo-11157', true, 'sections 104, 206, and 207']]);
    expect(
      read(
        'it is ordered that Executive Order No. 10560 of September 9, 1954, as amended, be, and it is hereby, further amended by deleting therefrom sections 1 and 5 and by inserting in lieu thereof the following sections 1 and 5, respectively:',
      ),
    ).toEqual([['AMENDS', 'eo-10560', true, 'sections 1 and 5']]);
  });

  it('EO 9600, EO 10061: an outline label of a Roman part and a letter ("Section IB", "Part ID") is the part amended', () => {
    expect(
      read(
        'By virtue of the authority vested in me by the Constitution and the statutes, it is ordered that Section IB of Executive Order No. 9240 of September 9, 1942, entitled "Regulations Relating to Overtime Wage Compensation", be, and it is hereby, amended to read as follows:',
      ),
    ).toEqual([['AMENDS', 'eo-9240', true, 'Section IB']]);
    expect(
      read(
        'Executive Order No. 9871 of July 8, 1947, as amended by Executive Order No. 9976 of July 12, 1948, is hereby amended and extended as follows:',
        '1. Part ID of the said order is amended to read as follows:',
      ),
    ).toEqual([
      ['AMENDS', 'eo-9871', false, undefined],
      ['AMENDS', 'eo-9871', true, 'Part ID'],
    ]);
    // near miss (EO 13764): "in" after a section's number is no letter of its label
    expect(
      read(
        '(d) Executive Order 13488 is revised by striking section 4 in its entirety, and redesignating sections 5 through 8 as sections 4 through 7, respectively.',
      ),
    ).toEqual([['AMENDS', 'eo-13488', true, 'section 4']]);
  });

  it('EO 13764: "is revised by striking section 4 in its entirety" amends section 4; a part "in" another is not the order\'s', () => {
    expect(
      read(
        '(d) Executive Order 13488 is revised by striking section 4 in its entirety, and redesignating sections 5 through 8 as sections 4 through 7, respectively.',
      ),
    ).toEqual([['AMENDS', 'eo-13488', true, 'section 4']]);
    // near miss: the section struck is one of another part, not the order's section 4
    expect(read('Executive Order 13488 is revised by striking section 4 in Part II.').map((r) => r[3])).toEqual([
      undefined,
    ]);
  });

  it('EO 11565, EO 11557: "is hereby amended by substituting the following for section 2:" amends that part', () => {
    expect(
      read(
        'By virtue of the authority vested in me as President of the United States, Executive Order No. 11145 of March 7, 1964, "Providing for a Curator of the White House and Establishing a Committee for the Preservation of the White House," is hereby amended by substituting the following for section 2:',
      ),
    ).toEqual([['AMENDS', 'eo-11145', true, 'section 2']]);
    expect(
      read(
        'Executive Order No. 11546 of July 1, 1970, is hereby amended by substituting the following for subsection (b) of section 1:',
      ),
    ).toEqual([['AMENDS', 'eo-11546', true, 'subsection (b) of section 1']]);
    // near miss: the part of another document is not the order's
    expect(
      read(
        'Executive Order No. 11145 of March 7, 1964, is hereby amended by substituting the following for section 3 of the Act:',
      ),
    ).toEqual([['AMENDS', 'eo-11145', false, undefined]]);
  });

  it('keeps the part its subject names when the words after the verb name others: "Part IV of Executive Order No. 10161 ... by revoking sections 403 to 410" (EO 10377)', () => {
    expect(
      read(
        'SEC. 2. Part IV of Executive Order No. 10161 of September 9, 1950 (15 F.R. 6105), as amended, is hereby further amended by revoking sections 403 to 410, inclusive, and by inserting after section 402 thereof the following new sections:',
      ),
    ).toEqual([['AMENDS', 'eo-10161', true, 'Part IV']]);
  });

  it('reads "is further amended by revising section 1-208 to read as follows" as amending section 1-208 (EO 13869)', () => {
    expect(
      read(
        '(b) Exclusion. Executive Order 12171 of November 18, 1979, as amended, is further amended by revising section 1-208 to read as follows: \u201c1-208. The Defense Counterintelligence and Security Agency.\u201d',
      ),
    ).toEqual([['AMENDS', 'eo-12171', true, 'section 1-208']]);
  });

  it('keeps the part its subject names when a revised subsection is followed by "to provide" (EO 12450)', () => {
    expect(
      read(
        'it is hereby ordered that Section 1 of Executive Order No. 11830 of January 9, 1975, as amended, is further amended by revising subsection (3) to provide "Secretary of Education, Co-Chairman"; by deleting the word "and" at the end of subsection (13).',
      ),
    ).toEqual([['AMENDS', 'eo-11830', true, 'Section 1']]);
  });
});

describe('the part an amendment changes, named between its verb and the "by" of its change', () => {
  it('reads "is amended in section 3(a) by striking" and "is further amended, in section 1-701(c), by striking" as those parts (EO 13734, 13656)', () => {
    expect(
      read(
        'Amendment to Executive Order 13675 Executive Order 13675 of August 5, 2014, is amended in section 3(a) by striking \u201cshall consist of not more than 15 private sector corporate members\u201d and inserting in lieu thereof \u201cshall consist of not more than 20 private sector corporate members\u201d.',
      ),
    ).toEqual([['AMENDS', 'eo-13675', true, 'section 3(a)']]);
    expect(
      read(
        'Delegation of Certain Determination Functions Executive Order 12163 of September 29, 1979, as amended, is further amended, in section 1-701(c), by striking the semicolon and all subsequent text before the period.',
      ),
    ).toEqual([['AMENDS', 'eo-12163', true, 'section 1-701(c)']]);
  });

  it('reads "is amended in sections 1(a) and (b) by striking" as both parts (EO 13187)', () => {
    expect(
      read(
        "(b) Executive Order 13078 of March 13, 1998, is amended in sections 1(a) and (b) by striking \u201cChair of the President's Committee on Employment of People with Disabilities\u201d and inserting in lieu thereof \u201cSecretary of Labor\u201d.",
      ),
    ).toEqual([['AMENDS', 'eo-13078', true, 'sections 1(a) and (b)']]);
  });

  it('keeps the whole order when "amended in" names no part before a "by": "is amended in the following respects" (EO 12097)', () => {
    expect(
      read(
        '1-302. Executive Order 12084, of September 27, 1978 is amended in the following respects: (1) Section 1-202(d) is amended to read as follows: "(d)',
      ),
    ).toEqual([
      ['AMENDS', 'eo-12084', false, undefined],
      ['AMENDS', 'eo-12084', true, 'Section 1-202(d)'],
    ]);
  });
});

describe('the part whose words an amendment strikes, named right after the quoted words', () => {
  it('reads "is amended by striking \u201cthe Secretary of Transportation\u201d in section 1 and inserting" as amending section 1 (EO 13286)', () => {
    expect(
      read(
        'Executive Order 13154 of May 3, 2000 (\u201cEstablishing the Kosovo Campaign Medal\u201d), is amended by striking \u201cthe Secretary of Transportation\u201d in section 1 and inserting \u201cthe Secretary of Homeland Security\u201d in lieu thereof',
      ),
    ).toEqual([['AMENDS', 'eo-13154', true, 'section 1']]);
  });

  it('reads "is further amended by deleting \\"...\\" in Section 2 and substituting therefor" as amending Section 2 (EO 12148)', () => {
    expect(
      read(
        '5-205. Executive Order No. 11179, as amended, concerning the National Defense Executive Reserve, is further amended by deleting "Director of the Office of Emergency Planning" in Section 2 and substituting therefor "Director of the Federal Emergency Management Agency".',
      ),
    ).toEqual([['AMENDS', 'eo-11179', true, 'Section 2']]);
  });

  it('keeps the whole order when the quoted words name no part, and "in section 3(b) of that order" as before (EO 12148, 12038, 13255)', () => {
    expect(
      read(
        '5-206. Section 7 of Executive Order No. 11912, as amended, concerning energy policy and conservation, is further amended by deleting "Administrator of General Services" and substituting therefor "Director of the Federal Emergency Management Agency".',
      ),
    ).toEqual([['AMENDS', 'eo-11912', true, 'Section 7']]);
    expect(
      read(
        '(e) Executive Order No. 11177 of September 16, 1964, relating to the Columbia River Treaty, is amended by deleting "Secretary of the Interior" and "Department of the Interior" wherever those terms appear and substituting therefor "Secretary of Energy" and "Department of Energy", respectively.',
      ),
    ).toEqual([['AMENDS', 'eo-11177', false, undefined]]);
    expect(
      read(
        "By the authority vested in me as President by the Constitution and the laws of the United States of America, and in order to extend the reporting date of the President's Commission on Excellence in Special Education, it is hereby ordered that Executive Order 13227 of October 2, 2001, is amended by deleting \u201cApril 30, 2002\u201d in section 3(b) of that order and inserting in lieu thereof \u201cJuly 1, 2002\u201d.",
      ),
    ).toEqual([['AMENDS', 'eo-13227', true, 'section 3(b)']]);
  });
});

describe('a part struck out: "is deleted", "is hereby struck"', () => {
  it('reads "Section 7 of Executive Order 13223 is deleted and revised to read as follows" as amending section 7 (EO 13253)', () => {
    expect(
      read(
        'Section 7 of Executive Order 13223 is deleted and revised to read as follows: \u201cBased upon my determination under 10 US.C. 2201(c) that it is necessary to increase the number of members of the armed forces on active duty, the Secretary of Defense may provide for the cost of such additional members.\u201d',
      ),
    ).toEqual([['AMENDS', 'eo-13223', true, 'Section 7']]);
  });

  it('reads "In Section 2-101(b) of Executive Order No. 12107, the reference to Executive Order No. 11636 is deleted" as amending 12107 only (EO 12128)', () => {
    expect(
      read(
        '1-102. In Section 2-101(b) of Executive Order No. 12107, the reference to Executive Order No. 11636 is deleted.',
      ),
    ).toEqual([['AMENDS', 'eo-12107', true, 'Section 2-101(b)']]);
  });

  it('reads "(f) Section 1-201(f) is deleted." among the items of "Executive Order 12072 ... is amended as follows:" (EO 13946)', () => {
    const deleted = (parsedOrder('13946').relations ?? []).filter((r) => r.provisionId === 'eo-13946:1(f)');
    expect(deleted.map((r) => [r.type, r.target.id, r.inPart, r.targetProvision])).toEqual([
      ['AMENDS', 'eo-12072', true, 'Section 1-201(f)'],
    ]);
  });

  it("reads no act where no part of an order is struck: a code's article (EO 6964), a rule for later (EO 12302)", () => {
    expect(
      read(
        'SCHEDULE A Amendment to the Code of Fair Competition for the Paper and Pulp Industry Article V, Section 1, of said Code is hereby deleted in its entirety and in lieu thereof the following is inserted:',
      ),
    ).toEqual([]);
    expect(
      read(
        'Section 8. Whenever the column 1 rate of duty in the TSUS for any item specified in Annex I to this Order is reduced to the same level as, or to a lower level than, the corresponding rate of duty inserted in the column entitled "LDDC" by Annex I or VII of this Order, the rate of duty in the column entitled "LDDC" for such item shall be deleted from the TSUS',
      ),
    ).toEqual([]);
  });
});

describe('a new part added to an order: "A new section 6 is added to Executive Order 13088"', () => {
  it('reads "A new Section 4-207 is added to Executive Order No 12148 as follows" as amending 12148 (EO 12381)', () => {
    expect(
      read(
        'Section 3. A new Section 4-207 is added to Executive Order No 12148 as follows: "Sec. 4-207. The functions vested in the President by Section 502 of the Federal Civil Defense Act of 1950, as amended (50 U.S.C. App. 2302), are delegated to the Director of the Federal Emergency Management Agency."',
      ),
    ).toEqual([['AMENDS', 'eo-12148', false, undefined]]);
  });

  it('reads "New sections 2.6(d), 2.6(e), and 2.6(f) are added to Executive Order 13467" as amending 13467 (EO 13869)', () => {
    expect(
      read(
        '(e) New sections 2.6(d), 2.6(e), and 2.6(f) are added to Executive Order 13467 to read as follows: \u201c(d) Consistent with section 3503 of title 5, United States Code, the Director shall act.\u201d',
      ),
    ).toEqual([['AMENDS', 'eo-13467', false, undefined]]);
  });

  it('reads "In Section 201 of Executive Order No. 10973, as amended, a new subsection (c) is added" as amending section 201 (EO 12118)', () => {
    expect(
      read(
        '1-102. In Section 201 of Executive Order No. 10973, as amended, a new subsection (c) is added as follows: "(c) Those functions under Section 634A of the Act, to the extent they relate to international development assistance."',
      ),
    ).toEqual([['AMENDS', 'eo-10973', true, 'Section 201']]);
  });

  it('reads "The following new subsection is added to Section 2 (...) of Executive Order No. 11514" as amending section 2 (EO 11991)', () => {
    expect(
      read(
        'SEC. 2. The following new subsection is added to Section 2 (relating to responsibilities of Federal agencies) of Executive Order No. 11514, as amended: "(g) In carrying out their responsibilities under the National Environmental Policy Act of 1969, Federal agencies shall act."',
      ),
    ).toEqual([['AMENDS', 'eo-11514', true, 'Section 2']]);
  });

  it('reads "the following new Sections 4-205 and 4-206 are added thereto" as amending the order named before (EO 12155)', () => {
    const added = (parsedOrder('12155').relations ?? []).filter((r) => r.provisionId === 'eo-12155:1-106');
    expect(added.map((r) => [r.type, r.target.id, r.inPart, r.targetProvision])).toEqual([
      ['AMENDS', 'eo-12148', false, undefined],
    ]);
  });

  it('reads no amendment where something else is added: a place to a list an order set up (EO 6942), a new part of no order (EO 11945)', () => {
    expect(
      read(
        'In accordance with section 26(k) of the act of February 23, 1931 (22 U.S.C. Supp. § 21k), Mérida, Mexico, is added to the list of unhealthful posts as established by Executive Order No. 5644, of June 8, 1931.',
      ),
    ).toEqual([]);
    expect(
      read(
        'SEC. 2. The following new subsection is added to Section 5: "(c) Notwithstanding the provisions of any other Executive order, the functions of the President under the Federal Advisory Committee Act shall be performed by the Secretary."',
      ),
    ).toEqual([]);
  });
});

describe('an item of an amendment naming several parts, or its part "of the order"', () => {
  const itemsOf = (number: string, provisionIds: string[]) =>
    (parsedOrder(number).relations ?? [])
      .filter((r) => provisionIds.includes(r.provisionId))
      .map((r) => [r.provisionId, r.type, r.target.id, r.inPart, r.targetProvision]);

  it('reads "Section 1. Paragraphs 3, 4, and 5 are amended to read as follows:" after "Executive Order No. 10204 ... is hereby amended as follows:" (EO 11146)', () => {
    expect(itemsOf('11146', ['eo-11146:1'])).toEqual([
      ['eo-11146:1', 'AMENDS', 'eo-10204', true, 'Paragraphs 3, 4, and 5'],
    ]);
  });

  it('reads "(a) Subsection 7(d) of the order is deleted" and "(b) Subsection 8(b)(i) of the order is amended" (EO 13853)', () => {
    expect(itemsOf('13853', ['eo-13853:5(a)', 'eo-13853:5(b)'])).toEqual([
      ['eo-13853:5(a)', 'AMENDS', 'eo-13845', true, 'Subsection 7(d)'],
      ['eo-13853:5(b)', 'AMENDS', 'eo-13845', true, 'Subsection 8(b)(i)'],
    ]);
  });

  it('reads no act in a regulation\'s part ("section 1631.7 of Part 1631", EO 11119) nor in parts only redesignated (EO 13764)', () => {
    expect(itemsOf('11119', ['eo-11119:1', 'eo-11119:2'])).toEqual([]);
    expect(itemsOf('13764', ['eo-13764:3(g)'])).toEqual([]);
  });
});

describe('a part with no label an item of an amendment names: the title, the preamble, the first paragraph (audit of seed 4561)', () => {
  const itemsOf = (number: string, provisionIds: string[]) =>
    (parsedOrder(number).relations ?? [])
      .filter((r) => provisionIds.includes(r.provisionId))
      .map((r) => [r.provisionId, r.type, r.target.id, r.inPart, r.targetProvision]);

  it('reads "(a) The title is amended to read as follows:" after "Executive Order No. 10168 ... is further amended as follows:" (EO 11120)', () => {
    expect(itemsOf('11120', ['eo-11120:2(a)'])).toEqual([['eo-11120:2(a)', 'AMENDS', 'eo-10168', true, 'title']]);
  });

  it('reads "(a) The first paragraph is amended\u2014" and "(b) The second paragraph is amended\u2014" of Executive Order 9158 (EO 14085)', () => {
    expect(itemsOf('14085', ['eo-14085:1(a)', 'eo-14085:1(b)'])).toEqual([
      ['eo-14085:1(a)', 'AMENDS', 'eo-9158', true, 'first paragraph'],
      ['eo-14085:1(b)', 'AMENDS', 'eo-9158', true, 'second paragraph'],
    ]);
  });

  it('reads "(a) The preamble is amended by" among items naming sections (EO 13355)', () => {
    expect(itemsOf('13355', ['eo-13355:6(a)'])).toEqual([['eo-13355:6(a)', 'AMENDS', 'eo-12333', true, 'preamble']]);
  });

  it('names the part one way whatever its capitals: "(a) The Preamble is amended:" (EO 12823) is the "preamble" EO 13355 amends', () => {
    expect(itemsOf('12823', ['eo-12823:1(a)'])).toEqual([['eo-12823:1(a)', 'AMENDS', 'eo-12757', true, 'preamble']]);
  });

  it('reads no amendment in "The title of section 227 is amended" of regulations no order is amended in (EO 6942)', () => {
    expect(parsedOrder('6942').relations ?? []).toEqual([]);
  });
});

describe('a part of a Proclamation the text calls "Presidential Proclamation" (audit of seed 4561)', () => {
  const partsOf = (number: string, provisionId: string) =>
    (parsedOrder(number).relations ?? [])
      .filter((r) => r.provisionId === provisionId)
      .map((r) => [r.type, r.target.id, r.inPart, r.targetProvision]);

  it('reads "Annexes III and IV of Presidential Proclamation 4707 ..., and Annexes II, III and IV of Presidential Proclamation 4768 ..., are superseded to the extent inconsistent" (EO 12354)', () => {
    expect(partsOf('12354', 'eo-12354:8')).toEqual([
      ['SUPERSEDES', 'proc-4707', true, 'Annexes III and IV'],
      ['SUPERSEDES', 'proc-4768', true, 'Annexes II, III and IV'],
    ]);
  });

  it('reads "Annex III to Presidential Proclamation 4707 of December 13, 1979, is amended by Annex V to this Order" (EO 12204)', () => {
    expect(partsOf('12204', 'eo-12204:7')).toEqual([['AMENDS', 'proc-4707', true, 'Annex III']]);
  });

  it('names no part where the words before "Presidential" name none: "Annex Ill to Presidential Proclamation No 4707", as printed (EO 12413)', () => {
    expect(partsOf('12413', 'eo-12413:5')).toEqual([
      ['AMENDS', 'proc-4707', false, undefined],
      ['AMENDS', 'proc-4768', true, 'Annex III'],
    ]);
  });
});

describe('an amendment said with "shall be deemed to be amended" (audit of seed 4561)', () => {
  it('reads "Section 5 of Executive Order No 12326 ..., shall be deemed to be amended to read as follows:" (EO 12443)', () => {
    expect(
      (parsedOrder('12443').relations ?? []).map((r) => [
        r.provisionId,
        r.type,
        r.target.id,
        r.inPart,
        r.targetProvision,
      ]),
    ).toEqual([['eo-12443:2', 'AMENDS', 'eo-12326', true, 'Section 5']]);
  });

  it('reads no act in "said Executive Order No. 9865 shall not be deemed to be amended or affected by any provision of this Executive order" (EO 10096)', () => {
    const order = parsedOrder('10096');
    expect([...order.revocations, ...(order.relations ?? [])]).toEqual([]);
  });
});
