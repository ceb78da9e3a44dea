/** Programs, countries, regions and named agreements recognised from curated names. */
import { CountryRef, NamedRef, AgreementRef, ReferenceData } from '../reference';
import { EntityStore } from './entities';
import { matchAll, Span, startsWithOneOf, trieAlternation } from './patterns';
import { oncePer } from './remembered';

export interface NamedHit extends Span {
  id: string;
}

const namesOf = (refs: NamedRef[]) => refs.flatMap((r) => [r.name, ...r.aliases]);

/** Any of `names` where a word starts: a trie of words, so each capitalised word of a text is tried once, not against every name. */
const namesPattern = (names: string[], flags: string) =>
  new RegExp(`${startsWithOneOf(names)}(?<![\\w-])(?:${trieAlternation(names)})`, flags);

/** A list's names by lower-cased name, and their pattern. */
interface NameTable<T> {
  byName: Map<string, T>;
  re: RegExp;
}

function nameTable<T extends NamedRef>(refs: T[]): NameTable<T> {
  const byName = new Map<string, T>();
  for (const r of refs) for (const n of [r.name, ...r.aliases]) byName.set(n.toLowerCase(), r);
  return { byName, re: namesPattern(namesOf(refs), 'g') };
}

/**
 * The four lists' tables and the pattern of all their names, built once per reference data: each document's parse
 * wrote out five alternations of hundreds of names (5 ms a document, most of a short order's parse).
 */
interface NameTables {
  anyName: RegExp;
  programs: NameTable<NamedRef>;
  countries: NameTable<CountryRef>;
  regions: NameTable<NamedRef>;
  agreements: NameTable<AgreementRef>;
}

const tablesOf = oncePer((ref: ReferenceData): NameTables => {
  const countries = ref.countries.filter((c) => c.id !== 'country-united-states');
  return {
    anyName: namesPattern(namesOf([...ref.programs, ...countries, ...ref.regions, ...ref.agreements]), ''),
    programs: nameTable(ref.programs),
    countries: nameTable(countries),
    regions: nameTable(ref.regions),
    agreements: nameTable(ref.agreements),
  };
});

function finder<T extends NamedRef>(
  { byName, re }: NameTable<T>,
  namesAnyIn: (text: string) => boolean,
): (text: string) => { ref: T; hit: NamedHit }[] {
  const none: { ref: T; hit: NamedHit }[] = [];
  return (text) => {
    if (!namesAnyIn(text)) return none;
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

/** The one empty list of hits, for the texts that name none (callers only read it). */
const NO_PROGRAMS: NamedHit[] = [];

export class NamedThings {
  private readonly programs;
  private readonly countries;
  private readonly regions;
  private readonly agreements;
  /** Whether the last text asked about names any program, country, region or agreement: see namesAnyIn. */
  private readonly anyName: RegExp;
  private lastText: string | undefined;
  private lastHolds = false;

  constructor(
    private readonly ref: ReferenceData,
    private readonly store: EntityStore,
  ) {
    const tables = tablesOf(ref);
    this.anyName = tables.anyName;
    const namesAnyIn = (text: string) => this.namesAnyIn(text);
    this.programs = finder(tables.programs, namesAnyIn);
    this.countries = finder(tables.countries, namesAnyIn);
    this.regions = finder(tables.regions, namesAnyIn);
    this.agreements = finder(tables.agreements, namesAnyIn);
  }

  /**
   * One test of all four lists of names for a text, kept for the next question about the same text: each
   * provision is asked for its programs, agreements, countries and regions in turn, and most name none (four
   * scans of a text of 50,000 provisions were a tenth of the regex time of its parse). A text where one list's
   * pattern matches is one where the union of the names matches, so a text that fails this names none.
   */
  private namesAnyIn(text: string): boolean {
    if (text !== this.lastText) {
      this.lastText = text;
      this.lastHolds = this.anyName.test(text);
    }
    return this.lastHolds;
  }

  programsIn(text: string): NamedHit[] {
    const found = this.programs(text);
    // most texts name no program: they share one empty list (read only)
    if (!found.length) return NO_PROGRAMS;
    return found.map(({ ref, hit }) => {
      this.store.add(ref.id, 'Program', ref.name, ref.acronym ? { acronym: ref.acronym } : {});
      return hit;
    });
  }

  agreementsIn(text: string): NamedHit[] {
    const found = this.agreements(text);
    // most texts name none: no new empty list for them (asked for every text scanned)
    if (!found.length) return NO_PROGRAMS;
    return found.map(({ ref, hit }) => {
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
