/**
 * Offices an act of Congress set up, named in the orders issued under it by their bare title:
 * the codes of fair competition approved "pursuant to the authority vested in me by title I of the
 * National Industrial Recovery Act" say only "the Administrator" for the Administrator for
 * Industrial Recovery (EO 6353, 1933). The register lists such titles under the agency (`actsUnder`).
 */
import { Provision } from '../model';
import { AgencyRef } from '../reference';
import { existedOn } from './register';

/** Bare title -> agency id, for the acts an order names and the agencies that existed on its date. */
export function officesUnderActs(
  agencies: AgencyRef[],
  provisions: Provision[],
  signedOn?: string,
): Map<string, string> {
  const offices = new Map<string, string>();
  const withActs = agencies.filter((a) => a.actsUnder?.length && (!signedOn || existedOn(a, signedOn)));
  if (!withActs.length) return offices;
  const text = provisions.map((p) => p.text).join(' ');
  for (const agency of withActs) {
    for (const { act, titles } of agency.actsUnder ?? []) {
      if (text.includes(act)) for (const title of titles) if (!offices.has(title)) offices.set(title, agency.id);
    }
  }
  return offices;
}
