/**
 * The register's entries and its phrases by date, on real lines of the corpus: each quoted
 * passage is checked to be in its order's text before the resolver reads it at the order's date.
 */
import { AgencyResolver } from '../../../src/ingest/parse/agencies';
import { AgencyRegister, NAMED_AFTER_DAYS, NAMED_BEFORE_DAYS } from '../../../src/ingest/parse/register';
import { loadReference } from '../../../src/ingest/reference';
import { corpusOrder } from '../corpus-lines';

/** The mentions of `passage` of EO `number` (which must say it), read at the order's date: "words -> KIND id". */
function resolvedIn(number: string, passage: string): string[] {
  const line = corpusOrder(number);
  expect(line.text.replace(/\s+/g, ' ')).toContain(passage);
  const provisions = [{ id: `eo-${number}:1`, path: '1', text: passage, order: 0 }];
  const resolver = new AgencyResolver(loadReference(), { docId: `eo-${number}`, signedOn: line.signedOn, provisions });
  return resolver.mentions(passage, 0).map((m) => `${m.text} -> ${m.actor}${m.actorId ? ` ${m.actorId}` : ''}`);
}

const register = new AgencyRegister(loadReference().agencies);

describe("a phrase resolves only to an agency that could be named on the order's date", () => {
  it('reads "OPA" in 1991 as no agency: it is the Oil Pollution Act there, and the Office of Price Administration ended in 1946 (EO 12777)', () => {
    const line = corpusOrder('12777');
    expect(line.text).toContain('by the Oil Pollution Act of 1990 (Public Law 101 - 380) ("OPA")');
    expect(register.resolve('OPA', line.signedOn)).toBeUndefined();
    expect(register.resolve('OPA', '1943-01-01')?.id).toBe('opa');
  });

  it('reads "the ICC" in 2016 as no agency: the International Code Council, twenty years after the Interstate Commerce Commission (EO 13717)', () => {
    expect(resolvedIn('13717', 'When the ICC releases a new version of the IRC or IBC')).toEqual([]);
  });

  it('reads "the Postmaster General" in 1988 as the Postal Service, not the Post Office Department (EO 12656)', () => {
    expect(
      resolvedIn(
        '12656',
        'the Postmaster General shall prepare plans and programs to provide essential postal services during national security emergencies.',
      ),
    ).toEqual(['the Postmaster General -> AGENCY usps']);
  });

  it('reads the National Labor Relations Board of 1934 as the board EO 6763 created, not the Wagner Act board of 1935', () => {
    expect(resolvedIn('6858', 'the National Labor Relations Board').map((m) => m.split(' -> ')[1])).toEqual([
      'AGENCY nlrb-1934',
    ]);
    expect(register.resolve('National Labor Relations Board', '1936-01-01')?.id).toBe('nlrb');
  });

  it('keeps the margins: half a year before an agency (EO 12107 for OPM), five years after it (EO 12038 for the AEC)', () => {
    expect(NAMED_BEFORE_DAYS).toBeLessThan(366);
    expect(
      resolvedIn('12107', 'the Director of the Office of Personnel Management').map((m) => m.split(' -> ')[1]),
    ).toEqual(['AGENCY opm']);
    expect(resolvedIn('12038', 'the Atomic Energy Commission').map((m) => m.split(' -> ')[1])).toEqual(['AGENCY aec']);
    const aec = register.byId.get('aec')!;
    const day = (n: number) => new Date(Date.parse(aec.abolished!) + n * 86_400_000).toISOString().slice(0, 10);
    expect(register.resolve('Atomic Energy Commission', day(NAMED_AFTER_DAYS - 2))?.id).toBe('aec');
    expect(register.resolve('Atomic Energy Commission', day(NAMED_AFTER_DAYS + 2))).toBeUndefined();
  });

  it('reads "the Archivist of the United States" by date: the National Archives and Records Service in 1982, NARA after 1985 (EO 12356)', () => {
    expect(
      resolvedIn('12356', 'The Archivist of the United States shall, in accordance with procedures and time frames'),
    ).toEqual(['The Archivist of the United States -> AGENCY nars']);
    expect(register.resolve('Archivist of the United States', '2009-12-29')?.id).toBe('nara');
    expect(register.resolve('Archivist of the United States', '1940-01-01')?.id).toBe('national-archives');
  });
});

describe('agencies and officials added to the register from the unresolved list', () => {
  it.each([
    [
      '14057',
      'The Federal Chief Sustainability Officer shall lead the development of policies',
      'The Federal Chief Sustainability Officer -> AGENCY ceq',
    ],
    [
      '11603',
      'The Director of ACTION (hereinafter referred to as the Director) shall provide for its continuance',
      'The Director of ACTION -> AGENCY action',
    ],
    [
      '9540',
      'The Petroleum Administrator is hereby authorized and directed',
      'The Petroleum Administrator -> AGENCY paw',
    ],
    [
      '6580',
      'Whenever the National Labor Board shall determine, in such manner as it sees fit',
      'the National Labor Board -> AGENCY nlb',
    ],
    [
      '10249',
      'the following regulations with respect to the reporting functions of the Foreign Service of the United States',
      'the Foreign Service of the United States -> AGENCY state',
    ],
    [
      '10003',
      'the Displaced Persons Commission is hereby designated as the agency',
      'the Displaced Persons Commission -> AGENCY dpc-displaced',
    ],
    [
      '7034',
      'To this end, the Works Progress Administration shall have the following powers and duties',
      'the Works Progress Administration -> AGENCY wpa',
    ],
    [
      '6127',
      'on request of the Director of Emergency Conservation Work or the Secretaries of War, Interior, Agriculture, and Labor shall',
      'the Director of Emergency Conservation Work -> AGENCY ecw',
    ],
    [
      '11094',
      'The Board of Governors of the Federal Reserve System, the Federal Home Loan Bank Board, the Farm Credit Administration',
      'the Federal Home Loan Bank Board -> AGENCY fhlbb',
    ],
    [
      '6913',
      'The Commissioner of Narcotics of the United States, with the approval of the Secretary of the Treasury, shall make all needful rules',
      'The Commissioner of Narcotics -> AGENCY fbn',
    ],
    [
      '14170',
      'and the Administrator of the Department of Government Efficiency (DOGE), shall develop',
      'the Administrator of the Department of Government Efficiency -> AGENCY usds',
    ],
    [
      '10062',
      'The United States High Commissioner for Germany, hereinafter referred to as the High Commissioner, shall be the supreme United States authority in Germany.',
      'The United States High Commissioner for Germany -> AGENCY hicog',
    ],
    [
      '11761',
      'The Secretary, with the assistance of the Assistant Secretary for Education, shall identify the education needs',
      'the Assistant Secretary for Education -> AGENCY hew',
    ],
    [
      '11571',
      'I hereby designate the Commissioner of the District of Columbia as the Authority',
      'the Commissioner of the District of Columbia -> AGENCY dc-commissioner',
    ],
    [
      '14147',
      'a report to be submitted to the President, through the Deputy Chief of Staff for Policy and the Counsel to the President',
      'the Deputy Chief of Staff for Policy -> AGENCY wh-office',
    ],
    [
      '13747',
      'The Director of the U.S. Centers for Disease Control and Prevention, in coordination with the Secretary of Health and Human Services',
      'The Director of the U.S. Centers for Disease Control and Prevention -> AGENCY cdc',
    ],
    [
      '7060',
      'are istered with the employment offices designated by the United States Employment Service',
      'the United States Employment Service -> AGENCY uses',
    ],
    [
      '13960',
      'the Federal Chief Information Officers Council (CIO Council), in coordination with other interagency bodies',
      'the Federal Chief Information Officers Council -> AGENCY cio-council',
    ],
    [
      '11556',
      'To the extent he deems it necessary to continue the Interdepartment Radio Advisory Committee, that Committee shall serve',
      'the Interdepartment Radio Advisory Committee -> AGENCY irac',
    ],
    [
      '10006',
      'he shall transmit it to the Director of the Division of the Federal Register, the National Archives.',
      'the Director of the Division of the Federal Register -> AGENCY ofr',
    ],
    [
      '14144',
      'the Secretary of Homeland Security, acting through the Under Secretary for Science and Technology;',
      'the Under Secretary for Science and Technology -> AGENCY dhs',
    ],
    [
      '6131',
      'Disbursements on account of the Indian Service shall be made through the bonded disbursing agent',
      'the Indian Service -> AGENCY bia',
    ],
    [
      '12512',
      '(a) The Domestic Policy Council shall serve as the forum for approving government-wide real property management policies',
      'The Domestic Policy Council -> AGENCY dpc-1985',
    ],
    [
      '14177',
      'The Assistant to the President for Science and Technology (APST) and the Special Advisor for AI & Crypto shall be members',
      'the Special Advisor for AI & Crypto -> AGENCY wh-office',
    ],
    ['14141', 'the Permitting Council', 'the Permitting Council -> AGENCY fpisc'],
  ])('EO %s: "%s"', (number, passage, expected) => {
    expect(resolvedIn(number, passage)).toContain(expected);
  });
});

describe('names used as modifiers', () => {
  it('does not read "Foreign Service" in "the Foreign Service Act of 1946" or "Foreign Service staff officers" as the Department of State (EO 10000)', () => {
    expect(
      resolvedIn(
        '10000',
        'Pursuant to section 443 of the Foreign Service Act of 1946, the rates of salary provided for positions of Foreign Service staff officers',
      ),
    ).toEqual([]);
  });
});

describe('the histories the new entries carry', () => {
  const next = (id: string) => (register.byId.get(id)?.succeededBy ?? []).map((s) => `${s.id}@${s.on}`);

  it('follows the archives, labor boards and war agencies to their successors on the dates the orders and acts give', () => {
    expect(next('national-archives')).toEqual(['nars@1949-07-01']);
    expect(next('nars')).toEqual(['nara@1985-04-01']);
    expect(next('nlb')).toEqual(['nlrb-1934@1934-07-09']);
    expect(next('nlrb-1934')).toEqual(['nlrb@1935-07-05']);
    expect(next('paw')).toEqual(['doi@1946-05-03']);
    expect(next('action')).toEqual(['cncs@1994-04-04']);
    expect(next('nsrb')).toEqual(['odm@1953-06-12']);
    expect(next('feo')).toEqual(['fea@1974-06-28']);
    expect(next('wsa')).toEqual(['usmc-maritime@1946-09-01']);
    expect(next('usmc-maritime')).toEqual(['marad@1950-05-24']);
    expect(next('fera')).toEqual(['wpa@1938-06-30']);
    expect(next('ecw')).toEqual(['ccc@1937-07-01']);
    expect(next('fhlbb')).toEqual(['ots@1989-08-09']);
    expect(next('ots')).toEqual(['occ@2011-07-21']);
    expect(next('fbn')).toEqual(['bndd@1968-04-08']);
    expect(next('bndd')).toEqual(['dea@1973-07-01']);
    expect(next('dss')).toEqual(['dcsa@2019-06-20']);
    expect(next('oss').sort()).toEqual(['state@1945-10-01', 'war@1945-10-01']);
    expect(next('dpc-displaced')).toEqual(['state@1952-08-31']);
    expect(next('dmpa')).toEqual(['gsa@1953-08-14']);
    expect(next('ohe')).toEqual(['hhfa@1951-07-31']);
    expect(next('dc-commissioners')).toEqual(['dc-commissioner@1967-11-03']);
    expect(next('dlf')).toEqual(['usaid@1961-11-03']);
    expect(next('fpha')).toEqual(['pha@1947-07-27']);
    expect(next('ciao')).toEqual(['dhs@2003-03-01']);
    expect(next('fedcirc')).toEqual(['dhs@2003-03-01']);
    expect(next('dpc-1985')).toEqual(['dpc@1993-08-16']);
    expect(next('epc-1985')).toEqual(['nec@1993-01-25']);
  });

  it('ends an agency no other succeeded with the act that ended it: the Office of Censorship (EO 9631)', () => {
    const censorship = register.byId.get('censorship')!;
    expect(censorship.abolished).toBe('1945-11-15');
    expect(censorship.endedBy).toMatch(/EO 9631/);
    expect(corpusOrder('9631').text).toContain('until the close of business on November 15, 1945');
  });
});
