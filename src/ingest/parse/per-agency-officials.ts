/**
 * Officials the order names once for every agency ("The Chief FOIA Officer of each agency shall ..."): the title,
 * then used bare ("the Chief FOIA Officer shall also consider ..."), speaks of the same officer of each agency, so it
 * resolves to the group "of each agency" names, never to one agency.
 */
import { Provision } from '../model';
import { matchAll } from './patterns';

/** A capitalised title of two words or more, "of each agency" / "of every agency" after it. */
const TITLE_OF_EACH =
  /\b(?:[Tt]he|[Ee]ach)\s+((?:[A-Z][\w-]*\s+)+(?:Officer|Official))\s+of\s+((?:each|every)\s+agency)\b/g;

/** What every match of it ends with, looked for first: the whole pattern tried each "the" of a long text. */
const OF_EACH_AGENCY = /Offic(?:er|ial)\s+of\s+(?:each|every)\s+agency\b/;

export interface PerAgencyTitle {
  /** Where the order first names it so. */
  order: number;
  /** The words naming the agencies ("each agency"), for the group resolver. */
  agencies: string;
}

/** Each such title, lower-cased, with where it is first named. */
export function perAgencyTitles(provisions: Provision[]): Map<string, PerAgencyTitle> {
  const out = new Map<string, PerAgencyTitle>();
  for (const p of provisions) {
    if (!OF_EACH_AGENCY.test(p.text)) continue;
    for (const m of matchAll(TITLE_OF_EACH, p.text)) {
      const title = m[1].trim().toLowerCase();
      if (!out.has(title)) out.set(title, { order: p.order, agencies: m[2] });
    }
  }
  return out;
}
