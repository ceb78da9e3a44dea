/**
 * Agencies named by the part they play in the order's procedure ("each contracting agency", "the head of each covered
 * agency", "each war agency", "the issuing agency") are the group "each agency" names, a member at a time: the word
 * before "agency" picks which agencies, it does not make them someone else (issue 15). A word that names what a
 * private or State body does ("every transporting agency", a carrier; "the licensing agency of the jurisdiction") is
 * not one of them.
 */
import { actorsOf as actors, directiveOf as directive, parsedOrder } from './corpus-lines';

function directivesMatching(number: string, words: RegExp) {
  return parsedOrder(number).directives.filter((d) => words.test(d.text));
}

describe('agencies named by their part in the procedure', () => {
  it('"The head of each contracting agency shall take appropriate measures" orders each agency (EO 10479, 1953)', () => {
    expect(actors(directive('10479', /^The head of each contracting agency shall take appropriate measures/))).toEqual([
      'LEAD:executive-departments-and-agencies',
    ]);
  });

  it('"Each war agency shall report to the Congress quarterly" orders each agency (EO 9786, 1946)', () => {
    expect(actors(directive('9786', /^Each war agency shall report to the Congress quarterly/))).toEqual([
      'LEAD:executive-departments-and-agencies',
    ]);
  });

  it('"The head of each covered agency shall also ... direct the CIO to chair any such board" (EO 13833, 2018)', () => {
    expect(actors(directive('13833', /^The head of each covered agency shall also/))).toEqual([
      'LEAD:executive-departments-and-agencies',
    ]);
  });

  it('consults "all affected departments and agencies" after consultation with them (EO 12106, 1978)', () => {
    const d = directive('12106', /after consultation with all affected departments and agencies, shall issue/);
    expect(actors(d)).toEqual(['LEAD:eeoc', 'CONSULTATION:executive-departments-and-agencies']);
  });

  it('orders no carrier: "Every transporting agency shall be held responsible for the truth of its records" (EO 6980, 1935)', () => {
    expect(directivesMatching('6980', /^Every transporting agency shall be held responsible/)).toEqual([]);
  });

  it('leaves "the licensing agency of the jurisdiction whence the applicant comes" out of the Board\'s sentence (EO 6219, 1933)', () => {
    const d = directive('6219', /readiness of the licensing agency of the jurisdiction/);
    expect(actors(d)).not.toContain('LEAD:executive-departments-and-agencies');
  });
});

describe('every department, named as one (bare "department", or a list of kinds of agency)', () => {
  it('"The head of each department shall designate an official thereof as Fair Employment Officer" orders each agency (EO 9980, 1948)', () => {
    expect(actors(directive('9980', /^The head of each department shall designate an official thereof/))).toEqual([
      'LEAD:executive-departments-and-agencies',
    ]);
    expect(actors(directive('9980', /^All departments are directed to furnish to the Board/))).toEqual([
      'LEAD:executive-departments-and-agencies',
    ]);
  });

  it('"Every executive department and every independent establishment of the Government shall furnish" (EO 6869, 1934)', () => {
    expect(actors(directive('6869', /^Every executive department and every independent establishment/))).toEqual([
      'LEAD:executive-departments-and-agencies',
    ]);
  });

  it('"All executive departments and administrative agencies of the Federal Government are authorized and directed to cooperate" (EO 10934, 1961)', () => {
    expect(actors(directive('10934', /^All executive departments and administrative agencies/))).toEqual([
      'LEAD:executive-departments-and-agencies',
    ]);
  });

  it('leaves out the departments a list of the order names: "Each department and office included in section 2(a) shall report" (EO 13266, 2002), "Each department the head of which is named in section 1 (b)" (EO 11256, 1965)', () => {
    for (const [number, words] of [
      ['13266', /Each department and office included in section 2\(a\) shall report/],
      ['11256', /Each department the head of which is named in section 1 \(b\)/],
    ] as const) {
      expect(parsedOrder(number).provisions.some((p) => words.test(p.text))).toBe(true);
      expect(directivesMatching(number, words).flatMap(actors)).not.toContain(
        'LEAD:executive-departments-and-agencies',
      );
    }
  });

  it('leaves out "the head of each department in the national Military Establishment" (EO 10007, 1948): the military departments', () => {
    expect(
      actors(directive('10007', /the head of each department in the national Military Establishment/)),
    ).not.toContain('LEAD:executive-departments-and-agencies');
  });

  it('orders no department of "Each department\'s Center shall begin operations" (EO 13198, 2001): the Center acts', () => {
    expect(actors(directive('13198', /^Each department's Center shall begin operations/))).not.toContain(
      'LEAD:executive-departments-and-agencies',
    );
  });
});

describe('agencies named again as "those" or "these"', () => {
  it('"Those departments and agencies shall provide timely reports" orders the agencies the sentence before names (EO 13779, 2017)', () => {
    expect(actors(directive('13779', /^Those departments and agencies shall provide timely reports/))).toEqual([
      'LEAD:executive-departments-and-agencies',
    ]);
  });

  it('consults "those departments and agencies which have responsibilities" (EO 11093, 1963)', () => {
    const d = directive('11093', /in consultation with those departments and agencies/);
    expect(actors(d)).toEqual(['LEAD:gsa', 'CONSULTATION:executive-departments-and-agencies']);
  });

  it('orders nothing of "These agency programs shall comply" (EO 13150, 2000): the programs are not agencies', () => {
    expect(directivesMatching('13150', /^These agency programs shall comply/)).toEqual([]);
  });
});

describe('one agency in a procedure, and agencies just named, are not each agency (review of session 22)', () => {
  it('"NOAA is designated as the lead agency for aquaculture projects" leads NOAA only (EO 13921, 2020)', () => {
    expect(actors(directive('13921', /^NOAA is designated as the lead agency/))).toEqual(['LEAD:noaa']);
  });

  it('"the lead agency shall keep the Committee fully informed" is the one member so designated (EO 13456, 2008)', () => {
    expect(actors(directive('13456', /the lead agency shall keep the Committee fully informed/))).not.toContain(
      'LEAD:executive-departments-and-agencies',
    );
  });

  it('"by the Department of Defense or the Department of State, as those agencies shall agree" names those two (EO 10827, 1959)', () => {
    expect(actors(directive('10827', /as those agencies shall agree/)).sort()).toEqual(['LEAD:dod', 'LEAD:state']);
  });
});
