/**
 * "the Secretary of the Department in which the Coast Guard is operating" (EO 12234, 1980; EO 12807,
 * 1992): the statutes' way of naming whichever Secretary the Coast Guard answers to. Which one is
 * a matter of the order's date, so the mention resolves by date like any register title.
 */
export const COAST_GUARD_SECRETARY =
  /\b[Tt]he\s+(?:Secretary\s+of\s+the\s+)?[Dd]epartment\s+in\s+which\s+the\s+Coast\s+Guard\s+is\s+operating\b/g;

/** Where the Coast Guard was, from each date on (ISO dates, in order). */
const HOMES: { from: string; id: string }[] = [
  // Act of January 28, 1915: the Coast Guard created in the Treasury Department
  { from: '1915-01-28', id: 'treasury' },
  // EO 8929 of 1941-11-01: it operates as a part of the Navy; EO 9666 (corpus): back to the Treasury on and after 1946-01-01
  { from: '1941-11-01', id: 'navy' },
  { from: '1946-01-01', id: 'treasury' },
  // Department of Transportation Act, sec. 6(b)(1), effective 1967-04-01
  { from: '1967-04-01', id: 'dot' },
  // Homeland Security Act of 2002, sec. 888(b): transferred on 2003-03-01
  { from: '2003-03-01', id: 'dhs' },
];

/** The register id of the department the Coast Guard was in on `date`; undefined without a date. */
export function coastGuardDepartment(date: string | undefined): string | undefined {
  if (!date) return undefined;
  return HOMES.filter((h) => h.from <= date).pop()?.id;
}
