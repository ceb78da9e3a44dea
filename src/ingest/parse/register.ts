/**
 * The agency register by date: which agency a phrase named on a given day ("the Secretary of
 * Defense" was the National Military Establishment's head until 1949-08-10), and the history
 * around an agency, so a model that names it carries its predecessors and successors too.
 */
import { remembered } from './remembered';
import { Agency, Succession } from '../model';
import { AgencyRef } from '../reference';

/**
 * Anything the key's clean-up below would change (a superset: "u.s." of any case, any pair of spaces): a phrase without
 * any is only lower-cased. Most phrases are single-spaced words, and a long order asks for thousands of distinct ones
 * ("the Task Force on Item 7"), each of which went through six replacements and the cache of keys.
 */
const NEEDS_CLEANING = /[’‘,]|U\.S\.|^the\s|\s\s|[^\S ]|^ | $/i;

export function phraseKey(phrase: string): string {
  if (!NEEDS_CLEANING.test(phrase)) return phrase.toLowerCase();
  return phrase
    .replace(/[’‘]/g, "'")
    .replace(/,/g, '')
    .replace(/\bU\.S\.\s*/g, 'United States ')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Did the agency exist on `date` (ISO)? An agency without dates always did. */
export function existedOn(ref: AgencyRef, date: string): boolean {
  return (!ref.established || ref.established <= date) && (!ref.abolished || date < ref.abolished);
}

/** Days between `date` and the agency's lifetime: negative before it, positive after it, 0 inside it. */
function offset(ref: AgencyRef, date: string): number {
  const day = (iso: string) => Date.parse(iso) / 86_400_000;
  if (ref.established && date < ref.established) return day(date) - day(ref.established);
  if (ref.abolished && date >= ref.abolished) return day(date) - day(ref.abolished) + 1;
  return 0;
}

/**
 * How far outside its lifetime an order may still name an agency. Before: an order prepares for an
 * agency its statute creates a few months later (EO 12107 of 1978-12-28 for the Office of Personnel
 * Management, 1979-01-01; EO 6084 of 1933-03-27 for the Farm Credit Administration, 1933-05-27).
 * After: orders wind up an abolished agency's functions for some years ("the War Manpower
 * Commission" in EO 9994, 1948; "the Atomic Energy Commission" in EO 12038, 1978). Beyond these
 * the words name something else: "OPA" in EO 12777 (1991) is the Oil Pollution Act, "the ICC" in
 * EO 13717 (2016) the International Code Council, and the National Labor Relations Board of
 * EO 6763 (1934) is the board that order creates, a year before the Wagner Act's.
 */
export const NAMED_BEFORE_DAYS = 183;
export const NAMED_AFTER_DAYS = 5 * 365;

/** Could an order signed on `date` name the agency (its lifetime, with the margins above)? */
export function nameableOn(ref: AgencyRef, date: string): boolean {
  return isNameable(offset(ref, date));
}

function isNameable(days: number): boolean {
  return days >= -NAMED_BEFORE_DAYS && days <= NAMED_AFTER_DAYS;
}

/** Keys of phrases already read: the same titles are resolved thousands of times in a long order. */
const keyOf = remembered(phraseKey, 4096);

/** A phrase's key; only one that needs cleaning up goes through the cache (a lower-cased copy costs less than a look-up). */
function keyFor(phrase: string): string {
  return NEEDS_CLEANING.test(phrase) ? keyOf(phrase) : phrase.toLowerCase();
}

export class AgencyRegister {
  readonly byId = new Map<string, AgencyRef>();
  private readonly byPhrase = new Map<string, AgencyRef[]>();
  private readonly predecessors = new Map<string, string[]>();

  constructor(readonly refs: AgencyRef[]) {
    for (const ref of refs) {
      this.byId.set(ref.id, ref);
      for (const phrase of this.phrasesOf(ref)) {
        const list = this.byPhrase.get(phraseKey(phrase)) ?? [];
        if (!list.includes(ref)) list.push(ref);
        this.byPhrase.set(phraseKey(phrase), list);
      }
      for (const next of ref.succeededBy ?? [])
        this.predecessors.set(next.id, [...(this.predecessors.get(next.id) ?? []), ref.id]);
    }
  }

  /** The phrases the text may use for an agency: its name, officials' titles, acronym (3+ letters). */
  phrasesOf(ref: AgencyRef): string[] {
    return [ref.name, ...ref.officials, ...(ref.acronym && ref.acronym.length > 2 ? [ref.acronym] : [])];
  }

  allPhrases(): string[] {
    return this.refs.flatMap((ref) => this.phrasesOf(ref));
  }

  /**
   * The agency a phrase names on `date`: of those the phrase can name, the one that existed that
   * day, else the nearest in time within the margins of `nameableOn`; none when no agency it names
   * could be named that day. Without a date, the one that exists today.
   */
  resolve(phrase: string, date?: string): AgencyRef | undefined {
    const candidates = this.byPhrase.get(keyFor(phrase));
    if (!candidates?.length) return undefined;
    if (!date) return candidates.find((c) => !c.abolished) ?? candidates[0];
    // the first of the nearest, as a stable sort by distance would put it: one loop, each offset worked out once
    // (a title is resolved for every mention of it)
    let best: AgencyRef | undefined;
    let bestDistance = Infinity;
    for (const c of candidates) {
      const days = offset(c, date);
      if (!isNameable(days)) continue;
      if (Math.abs(days) < bestDistance) {
        best = c;
        bestDistance = Math.abs(days);
      }
    }
    return best;
  }

  /** The agency, its parents and every agency before or after it in history, each once. */
  closure(id: string, into = new Map<string, Agency>()): Map<string, Agency> {
    const ref = this.byId.get(id);
    if (!ref || into.has(id)) return into;
    into.set(id, toAgency(ref));
    const related = [ref.parentId, ...(ref.succeededBy ?? []).map((s) => s.id), ...(this.predecessors.get(id) ?? [])];
    for (const next of related) if (next) this.closure(next, into);
    return into;
  }

  /** Every succession between agencies of `agencies`. */
  successionsAmong(agencies: Map<string, Agency>): Succession[] {
    return [...agencies.keys()].flatMap((from) =>
      (this.byId.get(from)?.succeededBy ?? [])
        .filter((s) => agencies.has(s.id))
        .map((s) => ({ from, to: s.id, on: s.on, basis: s.basis })),
    );
  }
}

function toAgency(ref: AgencyRef): Agency {
  const optional = { acronym: ref.acronym, established: ref.established, abolished: ref.abolished, frSlug: ref.frSlug };
  const given = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));
  return { id: ref.id, name: ref.name, curated: true, parentId: ref.parentId, ...given };
}
