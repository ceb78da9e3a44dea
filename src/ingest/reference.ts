/**
 * Curated reference data (seed/reference/*.json): the agencies, programs, places, agreements,
 * authorities and presidents the parser recognises by name. Read once, then cached.
 */
import fs from 'fs';
import path from 'path';
import { PROJECT_ROOT } from '../config';
import { Body } from './model';
import { DatedOrderTable } from './parse/dated-orders';

export interface AgencyRef {
  id: string;
  name: string;
  acronym?: string;
  parentId?: string;
  /** Phrases, without a leading "the", that point to this agency: "Secretary of Homeland Security". */
  officials: string[];
  frSlug?: string;
  /** ISO dates; a phrase shared by several agencies resolves to the one existing on the document's date. */
  established?: string;
  abolished?: string;
  succeededBy?: { id: string; on: string; basis: string }[];
  /** The act or order that ended an agency no other agency succeeded (the Office of Censorship, EO 9631). */
  endedBy?: string;
  /** Bare titles ("Administrator") that name this agency's head in orders issued under an act it administers. */
  actsUnder?: { act: string; titles: string[] }[];
}

/** A body an order of the corpus established (seed/reference/bodies.json, written by `npm run corpus:bodies`). */
export interface KnownBodyRef extends Body {
  signedOn: string;
}

/** A set of agencies the text names as one (seed/reference/agency-groups.json). */
export interface AgencyGroupRef {
  id: string;
  name: string;
  /** RegExp sources (no flags) of the phrases that name the group. */
  patterns: string[];
}

export interface NamedRef {
  id: string;
  name: string;
  acronym?: string;
  aliases: string[];
}

export interface CountryRef extends NamedRef {
  regions: string[];
}

export interface AgreementRef extends NamedRef {
  parties: string[];
}

export interface PresidentRef {
  name: string;
  aliases: string[];
  terms: [string, string][];
}

export interface ReferenceData {
  agencies: AgencyRef[];
  agencyGroups: AgencyGroupRef[];
  bodies: KnownBodyRef[];
  programs: NamedRef[];
  countries: CountryRef[];
  regions: NamedRef[];
  agreements: AgreementRef[];
  authorities: NamedRef[];
  presidents: PresidentRef[];
  /** The corpus's orders by signing date (seed/reference/dated-orders.json, written by `npm run corpus:dated-orders`). */
  datedOrders: DatedOrderTable;
}

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as T;
}

let cached: ReferenceData | undefined;

export function loadReference(dir = path.join(PROJECT_ROOT, 'seed', 'reference')): ReferenceData {
  if (cached) return cached;
  cached = {
    agencies: readJson<AgencyRef[]>(dir, 'agencies.json'),
    agencyGroups: readJson<AgencyGroupRef[]>(dir, 'agency-groups.json'),
    bodies: readJson<KnownBodyRef[]>(dir, 'bodies.json'),
    programs: readJson<NamedRef[]>(dir, 'programs.json'),
    countries: readJson<CountryRef[]>(dir, 'countries.json').map((c) => ({ ...c, aliases: c.aliases ?? [] })),
    regions: readJson<NamedRef[]>(dir, 'regions.json'),
    agreements: readJson<AgreementRef[]>(dir, 'agreements.json'),
    authorities: readJson<NamedRef[]>(dir, 'authorities.json'),
    presidents: readJson<PresidentRef[]>(dir, 'presidents.json'),
    datedOrders: readJson<DatedOrderTable>(dir, 'dated-orders.json'),
  };
  return cached;
}
