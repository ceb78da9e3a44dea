/** Resolves officials and offices named in the text ("the Attorney General") to agencies. */
import { Agency } from '../model';
import { AgencyRef } from '../reference';
import { slug } from './ids';
import { alternation, matchAll, overlaps, Span } from './patterns';

export interface Mention extends Span {
  agencyId: string;
}

const GENERIC_OFFICIAL =
  /\b(?:[Tt]he\s+)?(Secretary|Administrator|Director|Commissioner|Chair(?:man)?|Chief|Head) of (?:the\s+)?((?:[A-Z][\w.'-]*)(?:\s+(?:[A-Z][\w.'-]*|of|and|for|on|the))*)/g;
const ALL_AGENCIES =
  /\b(?:[Tt]he\s+)?(?:heads? of (?:each|every) executive department and agency|heads? of (?:all |each |any other |other |the )?(?:relevant )?(?:executive departments and agencies|Federal agencies|agencies)|[Ee]xecutive departments and agencies)/g;
const BARE_SECRETARY = /\b[Tt]he\s+Secretary(?!\s+of\b)(?:'s)?/g;

export const ALL_AGENCIES_ID = 'executive-departments-and-agencies';

export class AgencyResolver {
  private readonly curated: RegExp;
  private readonly byPhrase = new Map<string, AgencyRef>();
  private readonly byId = new Map<string, AgencyRef>();
  readonly found = new Map<string, Agency>();

  private readonly definedSecretary?: string;

  /** definedSecretaryPhrase: what "the Secretary" means when the document defines it. */
  constructor(refs: AgencyRef[], definedSecretaryPhrase?: string) {
    const phrases: string[] = [];
    for (const ref of refs) {
      this.byId.set(ref.id, ref);
      const own = [ref.name, ...ref.officials, ...(ref.acronym && ref.acronym.length > 2 ? [ref.acronym] : [])];
      own.forEach((p) => this.byPhrase.set(key(p), ref));
      phrases.push(...own);
    }
    this.curated = new RegExp(`\\b(?:[Tt]he\\s+)?(${alternation(phrases)})`, 'g');
    this.definedSecretary = definedSecretaryPhrase ? this.byPhrase.get(key(definedSecretaryPhrase))?.id : undefined;
  }

  /** Every agency named in the text, in order; a bare "the Secretary" takes the last Secretary named before it. */
  mentions(text: string): Mention[] {
    const out: Mention[] = [];
    for (const m of matchAll(this.curated, text)) {
      const ref = this.byPhrase.get(key(m[1]));
      if (ref) out.push({ start: m.index, end: m.index + m[0].length, agencyId: this.use(ref.id) });
    }
    for (const m of matchAll(ALL_AGENCIES, text)) this.addGeneric(out, m, ALL_AGENCIES_ID, 'Executive departments and agencies');
    for (const m of matchAll(GENERIC_OFFICIAL, text)) {
      const name = m[2].replace(/\s+(?:of|and|for|on|the)$/g, '').replace(/[.,]$/, '');
      const agencyName = m[1] === 'Secretary' ? `Department of ${name}` : name;
      this.addGeneric(out, m, slug(agencyName), agencyName);
    }
    for (const m of matchAll(BARE_SECRETARY, text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      const agencyId = this.definedSecretary ?? lastSecretary(out, span.start, this.byId);
      if (agencyId && !overlaps(span, out)) out.push({ ...span, agencyId: this.use(agencyId) });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  private addGeneric(out: Mention[], m: RegExpExecArray, id: string, name: string): void {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, out) || !id) return;
    if (!this.found.has(id)) this.found.set(id, { id, name, curated: false });
    out.push({ ...span, agencyId: id });
  }

  /** Records a curated agency and its parents, so PART_OF edges always have both ends. */
  private use(id: string): string {
    const ref = this.byId.get(id);
    if (!ref || this.found.has(id)) return id;
    this.found.set(id, { id, name: ref.name, acronym: ref.acronym, parentId: ref.parentId, curated: true });
    if (ref.parentId) this.use(ref.parentId);
    return id;
  }
}

function key(phrase: string): string {
  return phrase.replace(/\s+/g, ' ').toLowerCase();
}

function lastSecretary(before: Mention[], at: number, byId: Map<string, AgencyRef>): string | undefined {
  const candidates = before.filter((m) => m.end <= at && byId.get(m.agencyId)?.officials.some((o) => o.startsWith('Secretary of')));
  return candidates.length ? candidates[candidates.length - 1].agencyId : undefined;
}

/** "the Secretary" shall refer to the Secretary of Homeland Security → that agency's phrase. */
export function definedSecretaryPhrase(text: string): string | undefined {
  const m = /"the Secretary" (?:shall )?(?:refers? to|means?|shall mean) (?:the )?(Secretary of [A-Z][\w ]*?)[.,;]/i.exec(text);
  return m?.[1];
}
