/**
 * Chairs an order gives to an official it names: "(1) The Deputy Director of the Office of Management and Budget, who
 * shall be Chairman of the Council" (EO 12479), "The Secretary of Commerce shall serve as Chairman of the Board", "The
 * Chairman of the Committee shall be the Secretary of Labor", "The Secretary of Energy shall chair the Council". Later
 * in that order "the Chairman shall ..." is that official acting, not the body he chairs. A chair the order leaves to
 * be chosen ("The Chairman shall be designated by the President", "a member ..., who shall be Chairman") names no one.
 */
import { Provision } from '../model';
import { matchAll } from './patterns';
import { inDocumentOrder } from './positions';

/** A chair's title, as every reader of chairs spells it: "Chair", "Chairman", "Chairperson", "Chairwoman". */
export const CHAIR = String.raw`Chair(?:man|person|woman)?`;
/** The body chaired, when named: "Chairman of the Council", "chair the Interagency Working Group". */
const OF_BODY = String.raw`(?:\s+(?:(?:of|for)\s+)?the\s+((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,8}|(?:[a-z]+\s+)?[a-z]+\b))?`;
/**
 * A designee beside the official: ", or his or her designee," (EO 13689), ", or the designee of the Assistant to the
 * President for Domestic Policy," (EO 13853), " (or the Attorney General's designee)" (EO 13459).
 */
const OR_DESIGNEE = String.raw`,?\s+or\s+(?:his|her|his\s+or\s+her|an?|the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}['’]s)\s+(?:representative|designee),?|,\s+or\s+the\s+designee\s+of\s+[^,;.]{1,120},|\s+\(or\s+[^()]{1,80}\)`;
/**
 * The chair's office given to the subject before it: ", who shall be Chairman", "(1) The Deputy Director of the Office
 * of Management and Budget who shall be the Chairman of the Council" (EO 12301), "shall serve as the Chair", "The
 * Secretary of Commerce or his representative shall be the Chairman" (EO 12661), "The Secretary of Transportation, or the
 * Secretary's designee, shall serve as the Chairperson" (EO 13330).
 */
const GIVEN_TO_SUBJECT = new RegExp(
  String.raw`(,?\s+who|${OR_DESIGNEE})?\s+shall\s+(?:be|serve\s+as|act\s+as|chair)\b(?:\s+(?:the\s+)?(${CHAIR})\b)?(?!\s+(?:and|or)\b)${OF_BODY}`,
  'g',
);
/** "The Chairman of the Council shall be the Secretary of Labor": the holder after the verb. */
const CHAIR_SHALL_BE = new RegExp(
  String.raw`\bThe\s+${CHAIR}${OF_BODY}\s+shall\s+be\s+(the\s+[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|on|the|and)){0,16})`,
  'g',
);
/**
 * The official named as subject, ending where the window ends: a title of capitalised words opening a clause ("(1) The
 * Deputy Director of ...", ". The Secretary of ...") or a body's list of members ("The Council shall be composed of the
 * Deputy Director for Management of the Office of Management and Budget, who shall serve as Chairman", EO 12816), with
 * its office between commas ("The Deputy Director for Management, Office of Management and Budget, shall serve as
 * Chair", EO 13467) or an acronym in brackets ("the Director of the Office of Personnel Management (OPM) and ...", EO
 * 13522), never one inside another phrase ("A person designated by the Vice President shall serve as").
 */
const HOLDER_BEFORE =
  /(?:^|[.;:]\s+|\)\s+|\b(?:composed|comprised|consist(?:ing)?)\s+of\s+)([Tt]he\s+[A-Z][\w'’.-]*(?:,?\s+(?:[A-Z][\w'’.-]*|\([A-Z]+\)|of|for|on|to|the|and))*),?$/;
/** How far back a holder may start: the longest title of the corpus is under 120 characters. */
const WINDOW = 160;

export interface NamedChair {
  /** The official's words as written ("The Deputy Director of the Office of Management and Budget"). */
  holder: string;
  /** The last word of the body chaired, when named ("Council"). */
  of?: string;
  order: number;
  start: number;
}

/** Every chair `provisions` give a named official, in document order. */
export function namedChairs(provisions: Provision[]): NamedChair[] {
  return inDocumentOrder(provisions).flatMap((p) => (/Chair|chair/.test(p.text) ? chairsIn(p.text, p.order) : []));
}

function chairsIn(text: string, order: number): NamedChair[] {
  const out: NamedChair[] = [];
  for (const m of matchAll(GIVEN_TO_SUBJECT, text)) {
    // "shall chair" names the office by its verb; "shall be"/"serve as" only with the title after it
    const chairs = m[2] !== undefined || /chair$/.test(m[0]);
    if (!chairs) continue;
    const holder = HOLDER_BEFORE.exec(text.slice(Math.max(0, m.index - WINDOW), m.index))?.[1];
    if (holder) out.push({ holder, of: headWord(m[3]), order, start: m.index });
  }
  for (const m of matchAll(CHAIR_SHALL_BE, text)) out.push({ holder: m[2], of: headWord(m[1]), order, start: m.index });
  return out.sort((a, b) => a.start - b.start);
}

/** A vice chair's title: "Vice Chair", "Vice Chairman", "Vice-Chairperson". */
export const VICE_CHAIR = String.raw`Vice[- ]${CHAIR}`;
/**
 * The vice chair's office given to the one official named before it: "(b) the Under Secretary for Border and
 * Transportation Security, Department of Homeland Security, who shall serve as Vice Chair" (EO 13353), "The Director of
 * the Office of Personnel Management (OPM) shall serve as Vice Chair of the Council" (EO 13518), "The Secretary of
 * Labor, who is hereby designated Vice Chairman of the Committee" (EO 10925). Not one of several ("who shall serve as a
 * Vice Chair", EO 14011; "... and the Assistant to the President for Economic Policy ... shall be Vice Chairs", EO
 * 13878): "the Vice Chair" then names none of them.
 */
const VICE_CHAIR_GIVEN = new RegExp(
  String.raw`(?:,?\s+who|${OR_DESIGNEE})?\s+(?:shall\s+(?:be|serve\s+as|act\s+as)|is\s+(?:hereby\s+)?designated(?:\s+as)?)\s+(?:the\s+)?${VICE_CHAIR}\b${OF_BODY}`,
  'g',
);
/** Two officials named together: "The Assistant to the President for Domestic Policy and the Assistant to ...". */
const TWO_HOLDERS = /\s(?:and|or)\s+the\s+[A-Z]/;

/** Every vice chair `provisions` give one named official, in document order. */
export function namedViceChairs(provisions: Provision[]): NamedChair[] {
  return inDocumentOrder(provisions).flatMap((p) =>
    /Vice[- ]Chair/.test(p.text) ? viceChairsIn(p.text, p.order) : [],
  );
}

function viceChairsIn(text: string, order: number): NamedChair[] {
  const out: NamedChair[] = [];
  for (const m of matchAll(VICE_CHAIR_GIVEN, text)) {
    const holder = HOLDER_BEFORE.exec(text.slice(Math.max(0, m.index - WINDOW), m.index))?.[1];
    if (holder && !TWO_HOLDERS.test(holder)) out.push({ holder, of: headWord(m[1]), order, start: m.index });
  }
  return out;
}

/**
 * A co-chair's title, one or several, as every reader of co-chairs spells it: "Co-Chair", "Co-Chairman", "Co-Chairs",
 * "Co-Chairmen", "Co-chairpersons" (EO 13151).
 */
export const CO_CHAIR = String.raw`Co-[Cc]hair(?:m[ae]n|persons?|wom[ae]n|s)?`;
/** The co-chairs together: "the Co-Chairs", "the Co-Chairmen", "the Co-chairpersons of the Committee" (EO 13151). */
export const CO_CHAIRS = String.raw`Co-[Cc]hair(?:s|m[ae]n|persons|women)`;
/**
 * The co-chair's office given to the subject before it: "(i) the Attorney General, who shall serve as Co-Chair" (EO
 * 13493), "The Secretary of Homeland Security and the Secretary of Defense shall serve as Co-Chairs of the Council" (EO
 * 14180), "the Secretary of Defense, who shall be a Co-Chair of the Working Group" (EO 13486), "the Department of
 * Agriculture (Co-Chair)" (EO 13546).
 */
const CO_CHAIR_GIVEN = new RegExp(
  String.raw`(?:(?:,?\s+who)?\s+(?:shall|will)\s+(?:be|serve\s+as|act\s+as)\s+(?:an?\s+|the\s+)?${CO_CHAIR}\b${OF_BODY}|\s*\(${CO_CHAIR}\))`,
  'g',
);
/**
 * The holders named after the verb: "The Council shall be co-chaired by the Secretary of the Interior and the Secretary
 * of Agriculture" (EO 13955), "to be chaired by the Secretary of Housing and Urban Development and the Assistant to the
 * President for Domestic Policy (Co-Chairs)" (EO 13602). The names run to a stop or a bracket other than an acronym's
 * ("the Director of the Office of Science and Technology Policy (OSTP) and ...", EO 13702); the words bounded, so a
 * text of no stops is not read on to its end from each "co-chaired".
 */
const CO_CHAIRED_BY =
  /\bco-chaired\s+by\s+((?:[^.;:()]|\([A-Z]+\)){1,300})|\bchaired\s+by\s+((?:[^.;:()]|\([A-Z]+\)){1,300})\((?:the\s+)?Co-Chairs\)/gi;
/** Where the holders' names end inside what CO_CHAIRED_BY took: "..., or their designees", "..., who shall report to". */
const AFTER_HOLDERS = /,\s+(?!and\b|the\b|[A-Z])|\s+(?:shall|will|who|which)\b/;

/** An official or officials an order names co-chairs of a body, in the words the order writes them. */
export interface NamedCoChair {
  /** "the Secretary of the Interior and the Secretary of Agriculture". */
  holders: string;
  /** The last word of the body co-chaired, when named ("Council"). */
  of?: string;
  order: number;
  start: number;
}

/** Every co-chair `provisions` give a named official, in document order. */
export function namedCoChairs(provisions: Provision[]): NamedCoChair[] {
  return inDocumentOrder(provisions).flatMap((p) => (/co-chair/i.test(p.text) ? coChairsIn(p.text, p.order) : []));
}

function coChairsIn(text: string, order: number): NamedCoChair[] {
  const out: NamedCoChair[] = [];
  for (const m of matchAll(CO_CHAIR_GIVEN, text)) {
    const holders = HOLDER_BEFORE.exec(text.slice(Math.max(0, m.index - WINDOW), m.index))?.[1];
    if (holders) out.push({ holders, of: headWord(m[1]), order, start: m.index });
  }
  for (const m of matchAll(CO_CHAIRED_BY, text)) {
    out.push({ holders: holdersOf(m[1] ?? m[2]), order, start: m.index });
  }
  return out.sort((a, b) => a.start - b.start);
}

function holdersOf(named: string): string {
  const end = named.search(AFTER_HOLDERS);
  return end < 0 ? named : named.slice(0, end);
}

function headWord(name: string | undefined): string | undefined {
  return name ? /(\S+)$/.exec(name)?.[1] : undefined;
}

/**
 * A body a text speaks of by its kind ("the Board", "a Committee decision", "the Chairman of the Commission"): its last
 * word, as a chair's body is known by.
 */
const BODY_WORD = /\b(?:Council|Committee|Board|Commission|Group|Force|Panel|Conference)\b/g;

/**
 * Whether a text whose body words (bodyWordsIn) are `bodyWords` speaks of a body of another kind than the one `chair` chairs: there "the Chairman" is that body's
 * (the Pay Board's chairman where the Secretary of the Treasury chairs the Council, EO 11640; the Committee's where
 * the Secretary of Commerce chairs an interagency group, EO 12661).
 */
export function speaksOfAnotherBody(bodyWords: ReadonlySet<string>, chair: { of?: string }): boolean {
  const of = chair.of?.toLowerCase();
  if (!of) return false;
  for (const w of bodyWords) if (w !== of) return true;
  return false;
}

/** The kinds of body `text` speaks of, in lower case: read once a text, not once a chair in it. */
export function bodyWordsIn(text: string): Set<string> {
  return new Set(matchAll(BODY_WORD, text).map((m) => m[0].toLowerCase()));
}
