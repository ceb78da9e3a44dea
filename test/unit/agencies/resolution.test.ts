/**
 * Each rule of actor resolution, on real lines of the corpus (seed/corpus), quoted with their
 * order and date. The resolver sees the lines as the parser hands them: one provision each.
 */
import { AgencyResolver, Mention } from '../../../src/ingest/parse/agencies';
import { loadReference } from '../../../src/ingest/reference';
import { Provision } from '../../../src/ingest/model';

function resolver(
  docId: string,
  signedOn: string,
  ...texts: string[]
): { resolver: AgencyResolver; provisions: Provision[] } {
  const provisions = texts.map((text, order) => ({
    id: `${docId}:${order + 1}`,
    path: String(order + 1),
    text,
    order,
  }));
  return { resolver: new AgencyResolver(loadReference(), { docId, signedOn, provisions }), provisions };
}

/** What each mention of the last provision resolved to: "words -> KIND id". */
function resolved(docId: string, signedOn: string, ...texts: string[]): string[] {
  const { resolver: r, provisions } = resolver(docId, signedOn, ...texts);
  const last = provisions[provisions.length - 1];
  return r
    .mentions(last.text, last.order)
    .map((m: Mention) => `${m.text} -> ${m.actor}${m.actorId ? ` ${m.actorId}` : ''}`);
}

describe('actor resolution by date', () => {
  it('reads "the Secretary of War" in 1946 as the War Department (EO 9711)', () => {
    const line =
      'upon presentation of a statement by the Secretary of War or the Secretary of the Navy, or their authorized representatives, reciting the date of termination of such civilian employment';
    expect(resolved('eo-9711', '1946-04-11', line)).toEqual([
      'the Secretary of War -> AGENCY war',
      'the Secretary of the Navy -> AGENCY navy',
    ]);
  });

  it('reads "The Secretary of Defense" between 1947 and 1949 as the National Military Establishment, after as the Department of Defense (EO 10001, EO 10210)', () => {
    const line =
      'The Secretary of Defense shall from time to time place with the Director of Selective Service a call or requisition for a specified number of men to be inducted into the armed forces.';
    expect(resolved('eo-10001', '1948-09-17', line)).toEqual([
      'The Secretary of Defense -> AGENCY nme',
      'the Director of Selective Service -> AGENCY sss',
    ]);
    expect(resolved('eo-10001', '1950-09-17', line)[0]).toBe('The Secretary of Defense -> AGENCY dod');
  });

  it('reads older drafting: the Director of the Bureau of the Budget (EO 11182, 1964) and the Civil Service Commission (EO 11202, 1965)', () => {
    expect(
      resolved(
        'eo-11182',
        '1964-10-02',
        'The Director of the Bureau of the Budget shall make such arrangements related to the termination of the said Commission as he may deem necessary.',
      )[0],
    ).toBe('The Director of the Bureau of the Budget -> AGENCY bob');
    expect(
      resolved(
        'eo-11202',
        '1965-03-05',
        'The Civil Service Commission shall prescribe such regulations as may be necessary to carry out the provisions of this Order.',
      ),
    ).toEqual(['The Civil Service Commission -> AGENCY csc']);
  });

  it('splits "the Secretaries of Defense, the Army, the Navy, and the Air Force" into one agency each (EO 10210, 1951)', () => {
    const line =
      'The Secretaries of Defense, the Army, the Navy, and the Air Force shall make available for public inspection so much of such data as they may respectively deem compatible with the public interest.';
    expect(resolved('eo-10210', '1951-02-02', line).map((m) => m.split(' -> ')[1])).toEqual([
      'AGENCY dod',
      'AGENCY army',
      'AGENCY navy',
      'AGENCY air-force',
    ]);
  });
});

describe('lists of Secretaries', () => {
  it('keeps "Health, Education, and Welfare" whole in a list (EO 10499, 1953)', () => {
    const line =
      'the Secretaries of the Treasury, Commerce, and Health, Education, and Welfare, shall prepare for each fiscal year';
    expect(resolved('eo-10499', '1953-11-04', line).map((m) => m.split(' -> ')[1])).toEqual([
      'AGENCY treasury',
      'AGENCY commerce',
      'AGENCY hew',
    ]);
  });

  it('ends the list where other officials begin (EO 12183, 1979)', () => {
    const line =
      'the Secretaries of the Treasury, Commerce, and Transportation, and the heads of other government agencies, shall';
    expect(resolved('eo-12183', '1979-12-21', line).map((m) => m.split(' -> ')[1])).toEqual([
      'AGENCY treasury',
      'AGENCY commerce',
      'AGENCY dot',
      'GROUP executive-departments-and-agencies',
    ]);
  });
});

describe('actor resolution within the order', () => {
  it('reads "The Secretary" as the Secretary the order named before (EO 11185, 1964)', () => {
    const line =
      'Functions of the Secretary of Health, Education, and Welfare The Secretary, with the assistance of the Commissioner of Education (hereinafter referred to as the Commissioner), shall identify the education needs and goals of the Nation';
    expect(resolved('eo-11185', '1964-10-16', line).slice(0, 2)).toEqual([
      'the Secretary of Health, Education, and Welfare -> AGENCY hew',
      'The Secretary -> AGENCY hew',
    ]);
  });

  it('reads "The Commission" as the commission the order named before (EO 11183, 1964)', () => {
    const named =
      'The United States Civil Service Commission shall provide administrative assistance for the Commission';
    expect(
      resolved('eo-11183', '1964-10-03', named, 'The Commission shall prescribe such regulations as may be necessary.'),
    ).toEqual(['The Commission -> AGENCY csc']);
  });

  it('makes a task force the order establishes a body of that order, and "The Task Force" that body (EO 12614, 1987)', () => {
    const text =
      'There is hereby established the Presidential Task Force on Market Mechanisms. The Task Force shall be composed of five persons appointed by the President.';
    const { resolver: r, provisions } = resolver('eo-12614', '1987-11-05', text);
    expect(r.bodies.map((b) => [b.id, b.name, b.establishedBy])).toEqual([
      [
        'body-eo-12614-presidential-task-force-on-market-mechanisms',
        'Presidential Task Force on Market Mechanisms',
        'eo-12614',
      ],
    ]);
    const mentions = r.mentions(provisions[0].text, 0);
    expect(mentions.find((m) => m.text === 'The Task Force')).toMatchObject({
      actor: 'BODY',
      actorId: 'body-eo-12614-presidential-task-force-on-market-mechanisms',
    });
    expect([...r.found.keys()]).not.toContain('task-force');
  });

  it('makes a body continued under a new name a body of that name, and "The Commission" that body (EO 12136, 1979; EO 11789, 1974)', () => {
    const { resolver: r } = resolver(
      'eo-12136',
      '1979-05-15',
      "The President's Commission on Personnel Interchange is continued and renamed the President's Commission on Executive Exchange.",
    );
    expect(r.bodies.map((b) => b.name)).toEqual(["President's Commission on Executive Exchange"]);
    expect(
      r.mentions(
        'The Commission shall be composed of such officials in the Executive agencies and such persons from the private sector as the President may from time to time appoint.',
        1,
      )[0],
    ).toMatchObject({ actor: 'BODY', actorId: r.bodies[0].id });
    const { resolver: renamed } = resolver(
      'eo-11789',
      '1974-06-25',
      "The East-West Trade Policy Committee is hereby redesignated as the President's Committee on East-West Trade Policy (hereinafter referred to as the Committee), and is hereby continued.",
    );
    expect(renamed.bodies.map((b) => b.name)).toEqual(["President's Committee on East-West Trade Policy"]);
  });

  it('does not take a section renumbered by an amendment for a body (EO 11937, 1976), nor a new name it would cut short (EO 13309, 2003)', () => {
    const { resolver: r } = resolver(
      'eo-11937',
      '1976-09-10',
      'Section 6 is redesignated as Section 7 and a new Section 6 is added as follows:',
    );
    expect(r.bodies).toEqual([]);
    // nor a name cut where it runs on past a lower-case word (EO 13309, 2003)
    const { resolver: cut } = resolver(
      'eo-13309',
      '2003-07-25',
      "The President's Committee on Mental Retardation is hereby renamed the President's Committee for People with Intellectual Disabilities",
    );
    expect(cut.bodies.map((b) => b.name)).toEqual([]);
  });

  it('reads "The Director" as the head of the body the order puts under a Director (EO 12530, 1985), and leaves it unresolved when no body is so headed', () => {
    const established = 'There is hereby established the Nicaraguan Humanitarian Assistance Office (the Office).';
    const headed =
      'At the head of the Office there shall be a Director, who shall be an officer of the United States designated by the President.';
    const line = 'The Director shall exercise immediate supervision and direction over the Office.';
    expect(resolved('eo-12530', '1985-08-29', established, headed, line)).toEqual([
      'The Director -> BODY body-eo-12530-nicaraguan-humanitarian-assistance-office',
      'the Office -> BODY body-eo-12530-nicaraguan-humanitarian-assistance-office',
    ]);
    expect(resolved('eo-12530', '1985-08-29', established, line)[0]).toBe('The Director -> UNRESOLVED');
  });

  it('takes a body the order provides for with "There shall be in the Agency a ..." (EO 10161, 1950), and "The Wage Stabilization Board" that body', () => {
    const { resolver: r } = resolver(
      'eo-10161',
      '1950-09-09',
      'There shall be in the Agency a Wage Stabilization Board composed of nine members who shall be appointed by the President.',
    );
    expect(r.bodies.map((b) => b.name)).toEqual(['Wage Stabilization Board']);
    expect(
      r.mentions(
        'The Wage Stabilization Board shall make recommendations to the Administrator regarding the planning and development of wage stabilization policies',
        1,
      )[0],
    ).toMatchObject({ actor: 'BODY', actorId: r.bodies[0].id });
    // an officer so provided for is no body (EO 10588)
    expect(
      resolver(
        'eo-10588',
        '1955-01-14',
        'There shall be an Executive Director of the Commission, who shall be appointed by the Chairman of the Commission.',
      ).resolver.bodies,
    ).toEqual([]);
  });

  it('takes a body named in lower case and its defined term in parentheses (EO 13183, 2000)', () => {
    const { resolver: r } = resolver(
      'eo-13183',
      '2000-12-23',
      "There is established a task force to be known as “The President's Task Force on Puerto Rico's Status” (Task Force).",
    );
    expect(r.bodies.map((b) => b.name)).toEqual(["President's Task Force on Puerto Rico's Status"]);
    expect(r.mentions('The Task Force shall report to the President.', 1)[0]).toMatchObject({
      actor: 'BODY',
      actorId: r.bodies[0].id,
    });
  });
});

describe('groups and unresolved actors', () => {
  it('makes "the heads of executive departments and agencies" and "each agency" a group, never an agency (EO 13147, EO 12291)', () => {
    const heads =
      'To the extent permitted by law, the heads of executive departments and agencies shall provide the Commission, upon request, with such information and assistance as it may require';
    expect(resolved('eo-13147', '2000-03-07', heads)[0]).toBe(
      'the heads of executive departments and agencies -> GROUP executive-departments-and-agencies',
    );
    expect(resolved('eo-12291', '1981-02-17', 'Before approving any final major rule, each agency shall:')).toEqual([
      'each agency -> GROUP executive-departments-and-agencies',
    ]);
  });

  it('makes "each Agency Head", the defined term for the highest-ranking official of each agency, the group of agencies (EO 14222, 2025)', () => {
    expect(
      resolved(
        'eo-14222',
        '2025-02-26',
        '(c) "Agency Head" means the highest-ranking official of an agency, such as the Secretary, Administrator, Chairman, or Director.',
        'Within 30 days of the date of this order, each Agency Head shall promptly identify all termination rights the Agency Head may have under existing leases of Government-owned buildings.',
      ),
    ).toEqual([
      'each Agency Head -> GROUP executive-departments-and-agencies',
      'the Agency Head -> GROUP executive-departments-and-agencies',
    ]);
  });

  it('keeps "the Task Force" of an order that establishes none as unresolved words, not an agency (EO 12291, 1981)', () => {
    const line =
      'The Director, subject to the direction of the Task Force, which shall resolve any issues raised under this Order or ensure that they are presented to the President, is authorized to review any preliminary or final Regulatory Impact Analysis';
    const { resolver: r, provisions } = resolver('eo-12291', '1981-02-17', line);
    expect(r.mentions(provisions[0].text, 0).find((m) => m.text === 'the Task Force')).toEqual(
      expect.objectContaining({ actor: 'UNRESOLVED', text: 'the Task Force' }),
    );
    expect([...r.found.values()].every((a) => loadReference().agencies.some((ref) => ref.id === a.id))).toBe(true);
  });

  it('reads "the Secretary concerned" as the group of Secretaries a case may fall to, not the last Secretary named (EO 11157, 1964)', () => {
    const named =
      'As determined by the Secretary of the Navy, members who, pursuant to competent orders, are attached to a submarine';
    const line =
      '(a) Members who are qualified as glider personnel under such ulations as the Secretary concerned may prescribe';
    expect(resolved('eo-11157', '1964-06-22', named, line)).toEqual([
      'the Secretary concerned -> GROUP secretary-concerned',
    ]);
  });
});

describe('wartime and telecommunications offices of the register', () => {
  it('reads the Director of the Office of Defense Transportation (EO 9736, 1946), the Director of Telecommunications Management (EO 10995, 1962) and the Director of the Office of Telecommunications Policy (EO 11556, 1970)', () => {
    expect(
      resolved(
        'eo-9736',
        '1946-06-14',
        'The Director of the Office of Defense Transportation may request the Secretary of War to furnish protection for persons employed or seeking employment in the plants, facilities, or transportation system of which possession is taken',
      ),
    ).toEqual([
      'The Director of the Office of Defense Transportation -> AGENCY odt',
      'the Secretary of War -> AGENCY war',
    ]);
    expect(
      resolved(
        'eo-10995',
        '1962-02-16',
        'Subject to the authority and control of the President, the Director of Telecommunications Management shall:',
      ),
    ).toEqual(['the Director of Telecommunications Management -> AGENCY dtm']);
    expect(
      resolved(
        'eo-11556',
        '1970-09-04',
        'Subject to the authority and control of the President, the Director of the Office of Telecommunications Policy (hereinafter referred to as the Director) shall:',
        "Serve as the President's principal adviser on telecommunications. The Director shall establish such interagency advisory committees as may be necessary.",
      ),
    ).toEqual(['The Director -> AGENCY otp']);
  });
  it("reads the Farm Credit Administration (EO 6340, 1933), the Veterans' Administration as the corpus spells it (EO 6230, 1933) and the War Manpower Commission (EO 9617, 1945)", () => {
    expect(
      resolved(
        'eo-6340',
        '1933-10-16',
        'The Secretary of Agriculture and the Governor of the Farm Credit Administration are hereby authorized and directed to cause said corporation to be formed',
      ),
    ).toEqual([
      'The Secretary of Agriculture -> AGENCY usda',
      'the Governor of the Farm Credit Administration -> AGENCY fca',
    ]);
    expect(
      resolved(
        'eo-6230',
        '1933-07-28',
        "An application for review on appeal entered by a designated official of the Veterans' Administration shall not operate to deprive the claimant of the right of review on appeal",
      ),
    ).toEqual(["the Veterans' Administration -> AGENCY vadmin"]);
    expect(
      resolved(
        'eo-9617',
        '1945-09-19',
        'All of the functions of the Chairman of the War Manpower Commission are transferred to the Secretary of Labor.',
      ),
    ).toEqual(['the Chairman of the War Manpower Commission -> AGENCY wmc', 'the Secretary of Labor -> AGENCY labor']);
  });
});

describe('the title of the order', () => {
  it('reads a bare "The Commission" the text never names in full as the body its title names (EO 11134, 1963)', () => {
    const text = 'The Commission shall terminate not later than March 30, 1964.';
    const provisions = [{ id: 'eo-11134:1', path: '1', text, order: 0 }];
    const titled = new AgencyResolver(loadReference(), {
      docId: 'eo-11134',
      signedOn: '1963-12-20',
      provisions,
      title: "Extension of the President's Commission on Registration and Voting Participation",
    });
    expect(titled.mentions(text, 0)[0]).toMatchObject({
      actor: 'BODY',
      actorId: 'body-eo-11100-president-s-commission-on-registration-and-voting-participation',
    });
    // without the title the words stay unresolved: nothing else in the text says which commission
    const untitled = new AgencyResolver(loadReference(), { docId: 'eo-11134', signedOn: '1963-12-20', provisions });
    expect(untitled.mentions(text, 0)[0]).toMatchObject({ actor: 'UNRESOLVED' });
  });
});

describe('names of register agencies as the orders write them', () => {
  it('reads "the Administrator" defined as the Administrator of the Office of Federal Public Procurement Policy as OFPP (EO 14275, 2025)', () => {
    expect(
      resolved(
        'eo-14275',
        '2025-04-15',
        '(b) “Administrator” refers to the Administrator of the Office of Federal Public Procurement Policy.',
        'With respect to such proposals, the Administrator shall direct the appropriate agency and its subordinate agencies to adhere to the ten-for-one requirement described in Executive Order 14192.',
      ),
    ).toEqual([
      'the Administrator -> AGENCY ofpp',
      'the appropriate agency -> GROUP executive-departments-and-agencies',
    ]);
  });
});

describe('the Secretary of the Department in which the Coast Guard is operating', () => {
  it('is the Secretary of Transportation in 1980 (EO 12234) and of Homeland Security in 2013 (EO 13638)', () => {
    const line =
      'The Secretary of the Department in which the Coast Guard is operating shall promulgate regulations necessary to implement the provisions of the Convention.';
    expect(resolved('eo-12234', '1980-09-03', line)).toEqual([
      'The Secretary of the Department in which the Coast Guard is operating -> AGENCY dot',
    ]);
    expect(
      resolved(
        'eo-13638',
        '2013-03-15',
        'The following functions vested in the President by section 1004(d) of OPA are delegated to the Secretary of the department in which the Coast Guard is operating, acting in consultation with the Administrator',
      ).find((m) => m.includes('Coast Guard')),
    ).toBe('the Secretary of the department in which the Coast Guard is operating -> AGENCY dhs');
    expect(resolved('eo-x', '1943-06-01', line)[0]).toBe(
      'The Secretary of the Department in which the Coast Guard is operating -> AGENCY navy',
    );
  });
});
