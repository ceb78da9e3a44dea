/**
 * Actors resolved by the form of the text: bodies named after their kind ("a board ..., which shall be known as the
 * X"), the body of an order another order amends, roles that stand for one of a set of officials. Real lines of the
 * corpus, quoted with their order and date; each provision is one string, as the parser hands it to the resolver.
 */
import { AgencyResolver } from '../../../src/ingest/parse/agencies';
import { loadReference } from '../../../src/ingest/reference';

function resolverOf(docId: string, signedOn: string, texts: string[], title?: string): AgencyResolver {
  const provisions = texts.map((text, order) => ({
    id: `${docId}:${order + 1}`,
    path: String(order + 1),
    text,
    order,
  }));
  return new AgencyResolver(loadReference(), { docId, signedOn, provisions, ...(title ? { title } : {}) });
}

/** What each mention of the last of `texts` resolved to: "words -> KIND id". */
function resolved(docId: string, signedOn: string, texts: string[], title?: string): string[] {
  const r = resolverOf(docId, signedOn, texts, title);
  return r
    .mentions(texts[texts.length - 1], texts.length - 1)
    .map((m) => `${m.text} -> ${m.actor}${m.actorId ? ` ${m.actorId}` : ''}`);
}

describe('bodies named after their kind', () => {
  it('takes "a board ..., which shall be known as the Presidential Clemency Board" for that body (EO 11803, 1974)', () => {
    const established =
      'There is hereby established in the Executive Office of the President a board of 9 members, which shall be known as the Presidential Clemency Board. The members of the Board shall be appointed by the President, who shall also designate its Chairman.';
    const later =
      'The Board shall report to the President its findings and recommendations as to whether Executive clemency should be granted or denied in any case.';
    const r = resolverOf('eo-11803', '1974-09-16', [established, later]);
    expect(r.bodies.map((b) => b.name)).toEqual(['Presidential Clemency Board']);
    expect(resolved('eo-11803', '1974-09-16', [established, later])).toEqual([
      'The Board -> BODY body-eo-11803-presidential-clemency-board',
    ]);
  });

  it('does not take the officer of "the head of which shall be known as the High Commissioner" for a body (EO 11010, 1962)', () => {
    const r = resolverOf('eo-11010', '1962-03-19', [
      "There is established, under the jurisdiction of the Secretary of Defense, a civil administration of the Ryukyu Islands, the head of which shall be known as the High Commissioner of the Ryukyu Islands (hereinafter referred to as the 'High Commissioner').",
    ]);
    expect(r.bodies).toEqual([]);
  });

  it('reads the whole of a name with a series in it: "the National Prevention, Health Promotion, and Public Health Council (Council)" (EO 13544, 2010), "a State, Local, and Tribal Leaders Task Force" (EO 13653, 2013)', () => {
    const established =
      'There is established within the Department of Health and Human Services, the National Prevention, Health Promotion, and Public Health Council (Council).';
    const later = 'The Council shall meet at the call of the Chair.';
    expect(resolverOf('eo-13544', '2010-06-10', [established, later]).bodies.map((b) => b.name)).toEqual([
      'National Prevention, Health Promotion, and Public Health Council',
    ]);
    expect(resolved('eo-13544', '2010-06-10', [established, later])).toContain(
      'The Council -> BODY body-eo-13544-national-prevention-health-promotion-and-public-health-council',
    );
    const taskForce = resolverOf('eo-13653', '2013-11-01', [
      'To inform Federal efforts to support climate preparedness and resilience, there is established a State, Local, and Tribal Leaders Task Force on Climate Preparedness and Resilience (Task Force).',
    ]);
    expect(taskForce.bodies.map((b) => b.name)).toEqual([
      'State, Local, and Tribal Leaders Task Force on Climate Preparedness and Resilience',
    ]);
  });

  it('takes no name that opens on "of", "for" or "in": "an official bulletin board of the National Recovery Administration" (EO 6527, 1933), "salary classes with titles for the Senior Foreign Service" (EO 13374, 2005); an office takes the name after its "of" (EO 6196, 1933)', () => {
    expect(
      resolverOf('eo-6527', '1933-12-21', [
        'That there is hereby established an official bulletin board of the National Recovery Administration which shall be situated in the building of the Department of Commerce in the City of Washington, D.C., and shall be continuously maintained therein until removed',
      ]).bodies.map((b) => b.name),
    ).not.toContain('of the National Recovery Administration');
    expect(
      resolverOf('eo-13374', '2005-03-14', [
        'Pursuant to section 402 of the Foreign Service Act (22 U.S.C. 3962), and subject to any restrictions therein, there are established the following salary classes with titles for the Senior Foreign Service, at the following ranges of basic rates of pay:',
      ]).bodies,
    ).toEqual([]);
    const office =
      'In order to foster and protect interstate commerce in relation to railroad transportation by preventing and relieving obstructions and burdens thereon resulting from the present acute economic emergency, and in order to safeguard and maintain an adequate national system of transportation, there is hereby created the office of Federal Coordinator of Transportation, who shall be appointed by the President, with the advice and consent of the Senate.';
    const later = 'The Coordinator shall have such powers and duties as are hereinafter set forth and prescribed.';
    expect(resolverOf('eo-6196', '1933-07-06', [office, later]).bodies.map((b) => b.name)).toEqual([
      'Federal Coordinator of Transportation',
    ]);
    expect(resolved('eo-6196', '1933-07-06', [office, later])).toEqual([
      'The Coordinator -> BODY body-eo-6196-federal-coordinator-of-transportation',
    ]);
  });

  it('reads a quoted name without its article: there is hereby created a committee which shall be known as "the Committee on National Land Problems." (EO 6693, 1934)', () => {
    expect(
      resolverOf('eo-6693', '1934-04-28', [
        'Now, Therefore, by virtue of the authority vested in me as President of the United States, there is hereby created a committee which shall be known as "the Committee on National Land Problems." The members of the Committee shall be appointed by the President.',
      ]).bodies.map((b) => b.name),
    ).toContain('Committee on National Land Problems');
  });

  it('sets up no board where a fact is "established to the satisfaction of the local board" (EO 9988, 1948; EO 10292, 1951)', () => {
    expect(
      resolverOf('eo-9988', '1948-08-20', [
        'Each registrant between the ages of 19 and 26 will be considered as available for military service until his status in a deferred or exempt classification is clearly established to the satisfaction of the local board. The local board will receive and consider all information, pertinent to the classification of a registrant, presented to it.',
      ]).bodies,
    ).toEqual([]);
    expect(
      resolverOf('eo-10292', '1951-09-25', [
        'Each special registrant who has not attained the fifty-first anniversary of the day of his birth shall be considered by the local board as available for military service until his eligibility for deferment or exemption from military service is clearly established to the satisfaction of the local board.',
      ]).bodies,
    ).toEqual([]);
  });

  it('reads the head word of a name that goes on with "in" (EO 11849, 1975)', () => {
    const established =
      'There is hereby established the Collective Bargaining Committee in Construction (hereinafter referred to as the Committee).';
    const later =
      'The Committee shall facilitate the collective bargaining process at local and area levels, assist in providing a data bank of wage and benefit information.';
    expect(resolved('eo-11849', '1975-04-01', [established, later])).toEqual([
      'The Committee -> BODY body-eo-11849-collective-bargaining-committee-in-construction',
    ]);
  });
});

describe('bodies set up in the Executive Office of the President or by an official', () => {
  it('reads past "the President" of where the body sits: "There is hereby established in the Executive Office of the President a Special Action Office for Drug Abuse Prevention" (EO 11599, 1971)', () => {
    const established =
      'There is hereby established in the Executive Office of the President a Special Action Office for Drug Abuse Prevention. The Office shall be under the immediate supervision and direction of a Director, who shall be designated by the President.';
    const line =
      'The Director shall prescribe policies, guidelines, standards, and criteria for the maximum achievement of the goals and objectives of this order.';
    expect(resolved('eo-11599', '1971-06-17', [established, line])).toEqual([
      'The Director -> BODY body-eo-11599-special-action-office-for-drug-abuse-prevention',
    ]);
    // and keeps only the body's name of "within the Executive Office of the President the ... Task Force" (EO 14052, 2021)
    const r = resolverOf('eo-14052', '2021-11-15', [
      'There is established within the Executive Office of the President the Infrastructure Implementation Task Force (Task Force). The function of the Task Force is to coordinate effective implementation of the Infrastructure Investment and Jobs Act.',
    ]);
    expect(r.bodies.map((b) => b.name)).toEqual(['Infrastructure Implementation Task Force']);
  });

  it('reads past the "of the" of where the body sits: "within the Office of the United States Trade Representative (USTR) an Interagency Trade Enforcement Center (Center)" (EO 13601, 2012)', () => {
    const established =
      'There is established within the Office of the United States Trade Representative (USTR) an Interagency Trade Enforcement Center (Center).';
    const line =
      'The Center shall coordinate matters relating to enforcement of U.S. trade rights under international trade agreements and enforcement of domestic trade laws among USTR and the following agencies:';
    expect(resolved('eo-13601', '2012-02-28', [established, line])[0]).toBe(
      'The Center -> BODY body-eo-13601-interagency-trade-enforcement-center',
    );
  });

  it('takes a board "reestablished as" a new one for a body of the order (EO 11533, 1970)', () => {
    const r = resolverOf('eo-11533', '1970-06-04', [
      'The Export Control Review Board established by section 2 of Executive Order No. 10945 of May 24, 1961, is hereby reestablished as the Export Administration Review Board (hereinafter referred to as the Board).',
    ]);
    expect(r.bodies.map((b) => b.name)).toEqual(['Export Administration Review Board']);
  });

  it('takes an office an official "shall provide for the establishment" of (EO 11676, 1972)', () => {
    const established =
      'The Attorney General of the United States shall provide for the establishment within the Department of Justice of an "Office of National Narcotics Intelligence." This Office shall be headed by a Director.';
    const line =
      'The Director shall be responsible for the development and maintenance of a National Narcotics Intelligence System.';
    expect(resolved('eo-11676', '1972-07-27', [established, line])).toEqual([
      'The Director -> BODY body-eo-11676-office-of-national-narcotics-intelligence',
    ]);
  });
});

describe('Secretaries named together', () => {
  it('reads "the Secretaries" after "The Secretary of Education and the Secretary of Health and Human Services" as both (EO 14000, 2021)', () => {
    const named =
      'The Secretary of Education and the Secretary of Health and Human Services shall submit a report to the Assistant to the President for Domestic Policy and the COVID-19 Response Coordinator identifying strategies to address the impact of COVID-19 on educational outcomes.';
    const line =
      'In developing these strategies, the Secretaries shall, as appropriate and consistent with applicable law, consult with such officials, as well as with education experts;';
    expect(resolved('eo-14000', '2021-01-21', [named, line]).map((m) => m.split(' -> ')[1])).toEqual([
      'AGENCY ed',
      'AGENCY hhs',
    ]);
  });
});

describe('roles that stand for one of a set', () => {
  it('reads "The Secretaries concerned" as the group of Secretaries concerned, never one agency (EO 11157, 1964)', () => {
    const line =
      'The Secretaries concerned (within the meaning of section 101 (5) of title 37 of the United States Code), with respect to personnel of the uniformed services within their respective departments, are hereby authorized to issue such regulations as may be necessary.';
    expect(resolved('eo-11157', '1964-06-22', [line])).toEqual([
      'The Secretaries concerned -> GROUP secretary-concerned',
    ]);
  });

  it('reads "the Code Authority" of a code of fair competition as the group of code authorities (EO 6686, 1934)', () => {
    const line =
      'Three months after the effective date of this Code, the Code Authority shall submit to the Administrator a study of the hours of labor, rates of pay, and other conditions of employment within this Industry';
    expect(resolved('eo-6686', '1934-04-20', [line])[0]).toBe('the Code Authority -> GROUP code-authorities');
  });

  it('reads "each Principal Agency", a kind of agency the order defines, as the group of agencies (EO 13693, 2015), but not "Each National Agency Check"', () => {
    const line =
      'each Principal Agency shall prepare and distribute internally, where appropriate, performance evaluations of agency implementation of this order';
    expect(resolved('eo-13693', '2015-03-19', [line])[0]).toBe(
      'each Principal Agency -> GROUP executive-departments-and-agencies',
    );
    const check = resolved('eo-11890', '1975-12-10', [
      'Each National Agency Check shall include reference to the following: (1) Federal Bureau of Investigation files; (2) Civil Service Commission files;',
    ]);
    expect(check.some((m) => m.includes('GROUP'))).toBe(false);
  });
});

describe('the body of the order an order amends', () => {
  it('reads "The Committee" in the text an order writes into another as the body that order established (EO 12429, 1983, amending EO 12369)', () => {
    const line =
      'By the authority vested in me as President by the Constitution and laws of the United States of America, including the Federal Advisory Committee Act, as amended (5 U.S.C. App. I), and in order to extend the life of the President\'s Private Sector Survey on Cost Control in the Federal Government, it is hereby ordered that Section 4(b) of Executive Order No. 12369 of June 30, 1982, as amended, is further amended to read: "The Committee shall terminate on October 30, 1983, unless sooner extended.".';
    const r = resolverOf('eo-12429', '1983-06-28', [line]);
    const committee = r.mentions(line, 0).find((m) => m.text === 'The Committee');
    expect(committee).toMatchObject({ actor: 'BODY' });
    expect(r.namedBodies.get(committee!.actorId!)).toMatchObject({ establishedBy: 'eo-12369' });
  });

  it('reads the amended order from the title too: "Amending Executive Order No. 11647 Relating to Federal Regional Councils" (EO 11731, 1973)', () => {
    const line =
      'Each Council shall be composed of the principal regional officials of the Departments of Labor, Health, Education, and Welfare, Housing and Urban Development, Agriculture, the Interior, and Transportation.';
    const title = 'Amending Executive Order No. 11647 Relating to Federal Regional Councils';
    expect(resolved('eo-11731', '1973-07-23', [line], title)[0]).toBe(
      'Each Council -> BODY body-eo-11647-federal-regional-council',
    );
    expect(resolved('eo-11731', '1973-07-23', [line])[0]).toBe('Each Council -> UNRESOLVED');
  });

  it('takes the amended order, not the one that amended it before: "Executive Order No. 11126 ..., as amended by Executive Order No. 11221 ..., is further amended" (EO 12007, 1977)', () => {
    const line =
      'Executive Order No. 11126 of November 1, 1963, as amended by Executive Order No. 11221 of May 6, 1965, is further amended as follows: Section 103, in order to delete a reference to the Council, is amended to read as follows: "Annually the Committee shall transmit a report to the President concerning the status of women."';
    const committee = resolved('eo-12007', '1977-08-22', [line]).find((m) => m.startsWith('the Committee'));
    expect(committee).toBe('the Committee -> UNRESOLVED');
  });
});

describe('section headings', () => {
  /** Provisions as the outline gives them: a heading and a text each. */
  function headed(docId: string, signedOn: string, parts: [string, string][]): string[] {
    const provisions = parts.map(([heading, text], order) => ({
      id: `${docId}:${order + 1}`,
      path: String(order + 1),
      heading,
      text,
      order,
    }));
    const r = new AgencyResolver(loadReference(), { docId, signedOn, provisions });
    const last = provisions[provisions.length - 1];
    return r.mentions(last.text, last.order).map((m) => `${m.text} -> ${m.actor}${m.actorId ? ` ${m.actorId}` : ''}`);
  }

  it('reads "The Administrator" under the heading "Administrator of General Services." as GSA (EO 12073, 1978)', () => {
    expect(
      headed('eo-12073', '1978-08-16', [
        [
          'Administrator of General Services.',
          'The Administrator shall coordinate with and advise State and local officials with regard to Federal efforts to encourage procurement in labor surplus areas.',
        ],
      ]),
    ).toEqual(['The Administrator -> AGENCY gsa']);
  });

  it('reads "the Chair of the Commission" under the heading "Equal Employment Opportunity Commission (Commission)" as the EEOC (EO 13703, 2015)', () => {
    expect(
      headed('eo-13703', '2015-07-30', [
        [
          'Equal Employment Opportunity Commission (Commission)',
          'Within 100 days of the date of this order, the Chair of the Commission shall submit to ONAP and OMB recommendations for increasing employment opportunities for people living with HIV.',
        ],
      ])[0],
    ).toBe('the Chair of the Commission -> AGENCY eeoc');
  });
});

describe('laws, forms and awards named like actors', () => {
  it('reads no actor in a law named with its date, a form or a badge (EO 9815, 1946; EO 11926, 1976)', () => {
    expect(
      resolved('eo-9815', '1946-12-23', [
        'By virtue of the authority vested in me by the Civil Service Act of January 16, 1883 (22 Stat. 403), and section 1753 of the Revised States',
      ]),
    ).toEqual([]);
    expect(
      resolved('eo-11926', '1976-07-19', [
        'The Vice Presidential Service Badge shall be accompanied by a certificate, the design of which is attached hereto and is made a part of this Order.',
      ]),
    ).toEqual([]);
  });
});

describe('the military departments with capitals', () => {
  it('reads "The Secretaries of the Military Departments" (EO 12754, 1991) and "each Military Department" (EO 12092, 1978) as the military departments, as their lower-case spelling is', () => {
    expect(
      resolved('eo-12754', '1991-03-12', [
        'The Secretaries of the Military Departments, with the approval of the Secretary of Defense, and the Secretary of Transportation with respect to the Coast Guard when it is not operating as a service in the Navy, are directed to prescribe uniform regulations governing the award and wearing of the Southwest Asia Service Medal.',
      ])[0],
    ).toBe('The Secretaries of the Military Departments -> GROUP military-departments');
    expect(
      resolved('eo-12092', '1978-11-01', [
        'Each Executive agency and each Military Department shall comply with the directions of the Administrator for Federal Procurement Policy.',
      ]),
    ).toContain('each Military Department -> GROUP military-departments');
  });
});

describe('all agencies named at the head of a sentence', () => {
  it('reads "Each agency", "All agencies", "Heads of departments" and "Executive agencies" with their capital as the group of executive departments and agencies (EO 11616, EO 13717, EO 9578, EO 12250)', () => {
    const lines: [string, string, string][] = [
      [
        'eo-11616',
        '1971-08-26',
        'Each agency shall issue appropriate policies and regulations consistent with this Order for its implementation.',
      ],
      [
        'eo-13717',
        '2016-02-02',
        'All agencies shall adopt subsequent editions of the Standards as expeditiously as practicable, but no later than 2 years following their issuance.',
      ],
      [
        'eo-9578',
        '1945-06-30',
        'Heads of departments or independent establishments or agencies, including Government-owned or controlled corporations, shall establish by general public regulation',
      ],
      [
        'eo-12250',
        '1980-11-02',
        'Within 60 days after a date set by the Attorney General, Executive agencies shall submit to the Attorney General their plans',
      ],
      ['eo-13410', '2006-08-22', 'Agencies shall comply with the requirements of this order by January 1, 2007.'],
      [
        'eo-12044',
        '1978-03-23',
        'Agency heads shall establish criteria for determining which regulations require regulatory analyses.',
      ],
      [
        'eo-14008',
        '2021-01-27',
        'Within 60 days of the recommendations described in subsection (a) of this section, agency heads shall identify applicable program investment funds',
      ],
      [
        'eo-12217',
        '1980-06-18',
        'Each Executive agency shall cooperate with the Secretary of Energy, hereinafter referred to as the Secretary, in the achievement of the requirements',
      ],
    ];
    for (const [docId, signedOn, text] of lines)
      expect(
        resolved(docId, signedOn, [text]).filter((m) => m.endsWith('GROUP executive-departments-and-agencies')).length,
      ).toBe(1);
  });

  it('takes no group from what agencies own: "Agencies\' procedures should fit their own needs" (EO 12044, 1978)', () => {
    const text =
      "Agencies' procedures should fit their own needs but, at a minimum, these procedures shall include the following:";
    expect(resolved('eo-12044', '1978-03-23', [text])).toEqual([]);
  });
});
