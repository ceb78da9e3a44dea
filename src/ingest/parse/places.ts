/** Programs, countries, regions and named agreements recognised from curated names. */
import { CountryRef, NamedRef, AgreementRef, ReferenceData } from '../reference';
import { matchesAtStarts, Opening, openingOf, placesOpening } from './anchored';
import { EntityStore } from './entities';
import { Span, startsWithOneOf, trieAlternation } from './patterns';
import { lastOf, oncePer } from './remembered';

export interface NamedHit extends Span {
  id: string;
}

const namesOf = (refs: NamedRef[]) => refs.flatMap((r) => [r.name, ...r.aliases]);

/** Any of `names` where a word starts: a trie of words, so each capitalised word of a text is tried once, not against every name. */
const namesPattern = (names: string[], flags: string) =>
  new RegExp(`${startsWithOneOf(names)}(?<![\\w-])(?:${trieAlternation(names)})`, flags);

/** A list's names by lower-cased name, and their pattern, sticky: tried only where some list's name starts. */
interface NameTable<T> {
  byName: Map<string, T>;
  at: RegExp;
}

function nameTable<T extends NamedRef>(refs: T[]): NameTable<T> {
  const byName = new Map<string, T>();
  for (const r of refs) for (const n of [r.name, ...r.aliases]) byName.set(n.toLowerCase(), r);
  return { byName, at: namesPattern(namesOf(refs), 'y') };
}

/**
 * The four lists' tables and the pattern of all their names, built once per reference data: each document's parse
 * wrote out five alternations of hundreds of names (5 ms a document, most of a short order's parse).
 */
interface NameTables {
  /** Where a name of any list starts (a name of one list starts where the pattern of all the names matches). */
  nameStarts: Opening;
  programs: NameTable<NamedRef>;
  countries: NameTable<CountryRef>;
  regions: NameTable<NamedRef>;
  agreements: NameTable<AgreementRef>;
}

const tablesOf = oncePer((ref: ReferenceData): NameTables => {
  const countries = ref.countries.filter((c) => c.id !== 'country-united-states');
  return {
    nameStarts: openingOf(
      new RegExp(
        `(?=${namesPattern(namesOf([...ref.programs, ...countries, ...ref.regions, ...ref.agreements]), '').source})`,
        'g',
      ),
    ),
    programs: nameTable(ref.programs),
    countries: nameTable(countries),
    regions: nameTable(ref.regions),
    agreements: nameTable(ref.agreements),
  };
});

function finder<T extends NamedRef>(
  { byName, at }: NameTable<T>,
  nameStartsIn: (text: string) => number[],
): (text: string) => { ref: T; hit: NamedHit }[] {
  const none: { ref: T; hit: NamedHit }[] = [];
  return (text) => {
    const starts = nameStartsIn(text);
    // most texts name none: no new list for them (called for every provision, four times)
    if (!starts.length) return none;
    const found: { ref: T; hit: NamedHit }[] = [];
    // what a scan of the whole text finds
    for (const m of matchesAtStarts(at, text, starts)) {
      const ref = byName.get(m[0].replace(/\s+/g, ' ').toLowerCase());
      if (ref) found.push({ ref, hit: { id: ref.id, start: m.index, end: m.index + m[0].length } });
    }
    return found.length ? found : none;
  };
}

/** The one empty list of hits, for the texts that name none (callers only read it). */
const NO_PROGRAMS: NamedHit[] = [];

export class NamedThings {
  private readonly programs;
  private readonly countries;
  private readonly regions;
  private readonly agreements;
  /** Where the last text asked about names anything: see nameStartsIn. */
  private readonly nameStarts: Opening;

  constructor(
    private readonly ref: ReferenceData,
    private readonly store: EntityStore,
  ) {
    const tables = tablesOf(ref);
    this.nameStarts = tables.nameStarts;
    const nameStartsIn = this.nameStartsIn;
    this.programs = finder(tables.programs, nameStartsIn);
    this.countries = finder(tables.countries, nameStartsIn);
    this.regions = finder(tables.regions, nameStartsIn);
    this.agreements = finder(tables.agreements, nameStartsIn);
  }

  /**
   * Where a name of any of the four lists starts in a text, found in one scan and kept for the next question about
   * the same text: each provision is asked for its programs, agreements, countries and regions in turn, and each list's
   * pattern is then tried at those places only (a scan of a long text for each list was most of the time of places).
   */
  private readonly nameStartsIn = lastOf((text: string) => placesOpening(this.nameStarts, text));

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
