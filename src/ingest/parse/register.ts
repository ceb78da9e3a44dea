/**
 * The agency register by date: which agency a phrase named on a given day ("the Secretary of
 * Defense" was the National Military Establishment's head until 1949-08-10), and the history
 * around an agency, so a model that names it carries its predecessors and successors too.
 */
import { Agency, Succession } from '../model';
import { AgencyRef } from '../reference';

export function phraseKey(phrase: string): string {
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

/** Days between `date` and the agency's lifetime (0 inside it): the nearest one wins when none existed. */
function distance(ref: AgencyRef, date: string): number {
  const day = (iso: string) => Date.parse(iso) / 86_400_000;
  if (ref.established && date < ref.established) return day(ref.established) - day(date);
  if (ref.abolished && date >= ref.abolished) return day(date) - day(ref.abolished) + 1;
  return 0;
}

export class AgencyRegister {
  readonly byId = new Map<string, AgencyRef>();
  private readonly byPhrase = new Map<string, AgencyRef[]>();
  private readonly predecessors = new Map<string, string[]>();
  /** Keys of phrases already read: the same titles are resolved thousands of times in a long order. */
  private readonly keys = new Map<string, string>();

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
   * day, else the nearest in time (an order may name a body a month before its statute takes effect).
   */
  resolve(phrase: string, date?: string): AgencyRef | undefined {
    const candidates = this.byPhrase.get(this.keyOf(phrase));
    if (!candidates?.length) return undefined;
    if (candidates.length === 1) return candidates[0];
    if (!date) return candidates.find((c) => !c.abolished) ?? candidates[0];
    return [...candidates].sort((a, b) => distance(a, date) - distance(b, date))[0];
  }

  private keyOf(phrase: string): string {
    let key = this.keys.get(phrase);
    if (key === undefined) {
      if (this.keys.size >= 4096) this.keys.clear();
      this.keys.set(phrase, (key = phraseKey(phrase)));
    }
    return key;
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
