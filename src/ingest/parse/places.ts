/** Programs, countries, regions and named agreements recognised from curated names. */
import { CountryRef, NamedRef, AgreementRef, ReferenceData } from '../reference';
import { EntityStore } from './entities';
import { matchAll, Span, startsWithOneOf, trieAlternation } from './patterns';

export interface NamedHit extends Span {
  id: string;
}

function finder<T extends NamedRef>(refs: T[]): (text: string) => { ref: T; hit: NamedHit }[] {
  const byName = new Map<string, T>();
  for (const r of refs) for (const n of [r.name, ...r.aliases]) byName.set(n.toLowerCase(), r);
  const names = refs.flatMap((r) => [r.name, ...r.aliases]);
  // a trie of words: each of a provision's capitalised words is tried once, not against every name
  const re = new RegExp(`${startsWithOneOf(names)}(?<![\\w-])(?:${trieAlternation(names)})`, 'g');
  const none: { ref: T; hit: NamedHit }[] = [];
  return (text) => {
    const found = matchAll(re, text);
    // most texts name none: no new list for them (called for every provision, four times)
    return !found.length
      ? none
      : found.flatMap((m) => {
          const ref = byName.get(m[0].replace(/\s+/g, ' ').toLowerCase());
          return ref ? [{ ref, hit: { id: ref.id, start: m.index, end: m.index + m[0].length } }] : [];
        });
  };
}

const NO_PROGRAMS: NamedHit[] = [];

export class NamedThings {
  private readonly programs;
  private readonly countries;
  private readonly regions;
  private readonly agreements;

  constructor(
    private readonly ref: ReferenceData,
    private readonly store: EntityStore,
  ) {
    this.programs = finder(ref.programs);
    this.countries = finder(ref.countries.filter((c) => c.id !== 'country-united-states'));
    this.regions = finder(ref.regions);
    this.agreements = finder(ref.agreements);
  }

  programsIn(text: string): NamedHit[] {
    const found = this.programs(text);
    // kept per text for the whole parse (index.ts): most name no program, and share one empty list (read only)
    if (!found.length) return NO_PROGRAMS;
    return found.map(({ ref, hit }) => {
      this.store.add(ref.id, 'Program', ref.name, ref.acronym ? { acronym: ref.acronym } : {});
      return hit;
    });
  }

  agreementsIn(text: string): NamedHit[] {
    return this.agreements(text).map(({ ref, hit }) => {
      this.addAgreement(ref);
      return hit;
    });
  }

  placesIn(text: string): void {
    this.countries(text).forEach(({ ref }) => this.addCountry(ref.id));
    this.regions(text).forEach(({ ref }) => this.store.add(ref.id, 'Region', ref.name));
  }

  addAgreement(ref: AgreementRef): void {
    this.store.add(ref.id, 'Agreement', ref.name, ref.acronym ? { acronym: ref.acronym } : {});
    ref.parties.forEach((p) => this.store.link(ref.id, this.addCountry(p), 'PARTY'));
  }

  /** A country always comes with its regions, so IN_REGION edges have both ends. */
  addCountry(id: string): string {
    const c: CountryRef | undefined = this.ref.countries.find((x) => x.id === id);
    if (!c) return id;
    this.store.add(c.id, 'Country', c.name);
    for (const r of c.regions) {
      const region = this.ref.regions.find((x) => x.id === r);
      if (region) this.store.add(region.id, 'Region', region.name);
      this.store.link(c.id, r, 'IN_REGION');
    }
    return c.id;
  }

  /** The country a title names: "…the Republic of Guatemala on Cooperation…" → country-guatemala. */
  countryNamedIn(text: string): string | undefined {
    return this.countries(text)[0]?.ref.id;
  }
}
