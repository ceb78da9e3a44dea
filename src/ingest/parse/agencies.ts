/**
 * Resolves the actors a document names ("the Secretary of War", "the Council", "each agency") to
 * a register agency as of the document's date, a group of agencies, or a body the document
 * establishes. A mention that resolves to none of them keeps its words and stays UNRESOLVED:
 * nothing recognised by form alone becomes an agency.
 */
import { ActorKind, Agency, AgencyGroup, Body, Provision, Succession } from '../model';
import { AgencyGroupRef, AgencyRef, KnownBodyRef } from '../reference';
import { officesUnderActs } from './acts';
import { actorsByReference } from './by-reference';
import { AmendedIndex, amendedOrders } from './amended-orders';
import { AppointedOfficer, appointedBefore, appointedOfficers } from './appointed-officers';
import {
  bodyWordsIn,
  CHAIR,
  CO_CHAIR,
  CO_CHAIRS,
  VICE_CHAIR,
  NamedChair,
  namedChairs,
  namedViceChairs,
  NamedCoChair,
  namedCoChairs,
  speaksOfAnotherBody,
} from './named-chairs';
import { Antecedents, SaidText } from './antecedents';
import { definedBodies, EstablishedBody, findBodies, headOf, lastAtOrBefore } from './bodies';
import { BodyHead, bodyHeads, headedBefore } from './body-heads';
import { COAST_GUARD_SECRETARY, coastGuardDepartment } from './coast-guard';
import { Definition, DefinedTerms } from './defined-terms';
import { KnownBodies } from './known-bodies';
import { lowerCaseBodies, lowerCaseBodyMentions } from './lower-case-bodies';
import { selectiveServiceBoards, speaksOfSelectiveService } from './selective-service';
import { AgencyGroups } from './groups';
import { PerAgencyTitle, perAgencyTitles } from './per-agency-officials';
import {
  exactSize,
  isSpaceCode,
  isWordCode,
  matchAll,
  matchAllIf,
  NameMatcher,
  nameMatcher,
  Span,
  SpanSet,
} from './patterns';
import { firstNotBefore, listIn } from './lists';
import { FirstWithPrefix } from './first-with-prefix';
import { oncePer } from './remembered';
import { AgencyRegister } from './register';
import { countBefore, inDocumentOrder, lastBefore } from './positions';
import { matchesJoined } from './joined';

export interface Mention extends Span {
  actor: ActorKind;
  actorId?: string;
  text: string;
  /** An unresolved bare word's fuller name from earlier in the order. */
  name?: string;
}

/** Keeps a mention at `m`'s span: its actor, its id when resolved, a fuller name, and the words naming it (`m`'s own). */
type AddMention = (m: RegExpExecArray, actor: ActorKind, actorId?: string, name?: string, words?: string) => void;

export interface ResolverInput {
  docId: string;
  signedOn?: string;
  provisions: Provision[];
  /** The order's title: what it names is what a bare word names when the text has not named it ("the Council"). */
  title?: string;
}

/** "the Secretary of X", "the Director of the X": the agency named after the title, looked up by name. */
const GENERIC_TITLE = String.raw`(Secretary|Administrator|Director|Commissioner|Chair(?:man|person)?|Chief|Head) of (?:the\s+)?((?:[A-Z][\w.'’-]*)(?:\s+(?:[A-Z][\w.'’-]*|of|and|for|on|the))*)`;
const GENERIC_TITLED = new RegExp(String.raw`\b${GENERIC_TITLE}`, 'g');
/**
 * Words that make a capitalised phrase look like an actor, so that unresolved it is still counted.
 * Not "Corps": "an officer of the Regular Corps" (Public Health Service orders) names personnel, not an actor.
 */
const ACTOR_WORDS = String.raw`(?:Secretary|Secretaries|Director|Administrator|Commissioner|${CHAIR}|${CO_CHAIR}|${VICE_CHAIR}|Chief|Coordinator|Archivist|Counsel|Representative|Advis[eo]r|Postmaster General|Council|Commission|Board|Committee|Task Force|Working Group|Group|Panel|Office|Center|Agency|Department|Bureau|Service|Administration|Authority|Corporation|Institute|Initiative|Team|Conference|Foundation|Staff)`;
const CAPITALISED = String.raw`[A-Z][\w'’-]*`;
/**
 * At most 20 capitalised words between "the" and the actor word (the corpus has 7 at most: "the Director of the ... "):
 * unbounded, every "the" of a long run of capitalised words ("The The The ...") read on to the run's end, quadratic.
 */
const ACTOR_LIKE = new RegExp(
  String.raw`\b(?:[Tt]he|[Ee]ach|[Aa]ny)\s+(?:${CAPITALISED}\s+){0,20}?${ACTOR_WORDS}\b(?:\s+${CAPITALISED})*` +
    String.raw`(?:\s+(?:of|for|on)\s+(?:the\s+)?${CAPITALISED}(?:(?:\s+(?:of|and|for|on|the))*\s+${CAPITALISED})*)?(?!\s+Acts?\b)`,
  'g',
);
/**
 * Capitalised phrases with an actor word inside that name a law, a rule, a form or an award, not an actor:
 * "the Civil Service Rules" (EO 9961), "the Armed Forces Service Medal", "the Agency Plan", also with the date or
 * number that follows the law's name ("the Civil Service Act of January 16, 1883", EO 9815; "Civil Service Rule VI"),
 * "the Foreign Service Regulations of the United States" (EO 10473), "the Local Board Action Report (SSS Form No.
 * 112)" (EO 10809), "The Vice Presidential Service Badge" (EO 11926).
 */
const NOT_ACTORS =
  /\b(?:(?:Acts?|Rules?|Regulations?)(?:\s+(?:[IVX]+|of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))?|Schedule|Plan|Medal|Certificate|Report|Badge)$/;
/** "the Secretaries of State and Homeland Security": one mention per Secretary, each resolved. */
/** One department of such a list; the names that hold "and" or commas first. */
const DEPARTMENT_IN_LIST = new RegExp(
  String.raw`Health,? Education,? and Welfare|Health and Human Services|Housing and Urban Development|(?:the\s+)?${CAPITALISED}(?:\s+${CAPITALISED})*`,
  'g',
);
const SECRETARIES = new RegExp(
  String.raw`\b[Tt]he\s+Secretaries\s+of\s+((?:the\s+)?${CAPITALISED}(?:(?:,\s*|\s+)(?:and\s+|the\s+|of\s+)*(?:the\s+)?${CAPITALISED})*)`,
  'g',
);
/**
 * "The Departments of Defense, Veterans Affairs, and Education": the departments a list names, as "the Secretaries of"
 * does; not after a preposition ("projects of", "requested by", "positions in"), where they are not who acts, nor as
 * members of a group named before them ("executive departments and agencies, including the Departments of").
 */
const DEPARTMENTS = new RegExp(
  String.raw`(?<!\b(?:of|in|by|between|from|to|for|with|including)\s+)` +
    SECRETARIES.source.replace('Secretaries', 'Departments'),
  'g',
);
// The first Secretary of a pair, spelled once: where a pair may start, the run read through, and the pair itself.
const THE_SECRETARY_OF = String.raw`[Tt]he Secretary of `;
const FIRST_SECRETARY = String.raw`${THE_SECRETARY_OF}(?:the )?[A-Z][\w'’]*(?: (?:[A-Z][\w'’]*|and|of|the))*`;
/**
 * "the Secretary of Defense and the Secretary of Energy": two Secretaries named as one subject; the second name may hold
 * "and" ("the Secretary of Education and the Secretary of Health and Human Services", EO 14000). The first name's words
 * are read lazily ("*?"): its "and" may be the one that joins the second.
 */
const SECRETARY_PAIR = new RegExp(
  String.raw`\b${FIRST_SECRETARY}? and the Secretary of (?:the )?[A-Z][\w'’]*(?: (?:and )?[A-Z][\w'’]*)*`,
  'y',
);
/** Where a SECRETARY_PAIR may start, and the run of name words it reads on through for its second Secretary. */
const SECRETARY_OF = new RegExp(String.raw`\b${THE_SECRETARY_OF}`, 'g');
const SECRETARY_RUN = new RegExp(FIRST_SECRETARY, 'y');
/** One Secretary of a series, with what he acts through: "the Secretary of the Treasury (acting through the Coast Guard)". */
const SERIES_ITEM = String.raw`the Secretary of (?:the )?[A-Z][\w'’]*(?:,? (?:and )?[A-Z][\w'’]*)*(?: \([^()]{0,80}\))?`;
/** Three Secretaries or more in a row (EO 11239: "The Secretary of State, the Secretary of the Treasury (...), the Secretary of Commerce (...), and ..."). */
const SECRETARY_SERIES = new RegExp(
  String.raw`\b[Tt]${SERIES_ITEM.slice(1)}(?:,\s+(?:and\s+)?${SERIES_ITEM}){2,}`,
  'g',
);
/** Two departments named together, whose Secretaries "the Secretaries" then are ("Authorizing the Department of Defense and the Department of Commerce to Exercise ...", EO 10210 as EO 10216 quotes it). */
const DEPARTMENT_PAIR =
  /\b[Tt]he Department of (?:the )?[A-Z][\w'’]*(?: (?:and )?[A-Z][\w'’]*)*? and the Department of (?:the )?[A-Z][\w'’]*(?: (?:and )?[A-Z][\w'’]*)*/g;
/** An officer's title over a name: "Director of the Energy Policy Office" -> "Energy Policy Office". */
const OFFICER_OF_NAME = new RegExp(
  String.raw`^(?:(?:Executive|Deputy|Staff)\s+)?(?:Director|Administrator|${CHAIR}|${VICE_CHAIR}|Coordinator|Executive\s+Secretary)\s+of\s+(?:the\s+)?(.+)$`,
);
/** The officers of a body the order establishes. */
const BODY_OFFICER = new RegExp(
  String.raw`\b[Tt]he\s+(?:${CO_CHAIR}|${CHAIR}|${VICE_CHAIR}|Executive Director|Executive Secretary|Staff Director|members)(?:\s+of\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?(?!\s+of\s+(?:the\s+)?[A-Z])`,
  'g',
);
/** A word each match of BODY_OFFICER holds one of: most provisions name no officer of a body. */
const MAY_NAME_OFFICER = /Chair|-chair|Executive|Staff Director|members/;
/** Before a department head's title, the words of an officer under him ("Assistant Secretary of Labor for ..."). */
const UNDER_HEAD = /^(?:Assistant|Under|Deputy|Associate)\s+$/;
/** A bare title or body word of one or two words after its article ("the Commission", "the Pay Board"). */
const BARE = /^(?:the|each|any)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)$/i;
const BARE_SECRETARY = /\b[Tt]he\s+Secretary(?!\s+of\b)(?!\s+concerned\b)(?:'s)?/g;
/** "the Secretary concerned": whichever Secretary a case falls to; no one agency. */
const SECRETARY_CONCERNED = /\b[Tt]he\s+Secretar(?:y|ies)\s+concerned\b/g;

/**
 * What a text that names no agency, or no actor, is kept with: one shared empty list (read only). Kept per text for the
 * whole parse, a new empty list for each of tens of thousands of provisions lived long enough to be copied by every
 * young-generation collection.
 */
const NO_HITS: { match: RegExpExecArray; ref: AgencyRef }[] = [];
const NO_MENTIONS: Mention[] = [];
const NO_MATCHES: RegExpExecArray[] = [];
const NO_IDS: readonly string[] = [];
/** A place after all the order says: a look-back from it finds the last statement of the order, if any. */
const ANYWHERE = Number.MAX_SAFE_INTEGER;

/** What the parser makes of the reference data, built once rather than once per document. */
const registerOf = oncePer((agencies: AgencyRef[]) => new AgencyRegister(agencies));
const phrasesOf = oncePer((register: AgencyRegister) => nameMatcher(['The', 'the'], register.allPhrases()));
const knownBodiesOf = oncePer((refs: KnownBodyRef[]) => new KnownBodies(refs));
const groupsOf = oncePer((refs: AgencyGroupRef[]) => new AgencyGroups(refs));

/**
 * The matches of SECRETARY_PAIR in `text`, as `matchAll` gives them. A "the Secretary of" with no pair reads on to the
 * end of its run of name words, and so would every later one in that run, none of which can find a pair either (it
 * reads the same words to the same end): the search goes on after the run. Tried at each, thousands of "the Secretary
 * of X" with no "and the Secretary" were quadratic.
 */
function secretaryPairs(text: string): RegExpExecArray[] {
  const pairs: RegExpExecArray[] = [];
  SECRETARY_OF.lastIndex = 0;
  for (let start = SECRETARY_OF.exec(text); start; start = SECRETARY_OF.exec(text)) {
    SECRETARY_PAIR.lastIndex = start.index;
    const pair = SECRETARY_PAIR.exec(text);
    if (pair) {
      pairs.push(pair);
      SECRETARY_OF.lastIndex = SECRETARY_PAIR.lastIndex;
      continue;
    }
    SECRETARY_RUN.lastIndex = start.index;
    if (SECRETARY_RUN.test(text)) SECRETARY_OF.lastIndex = SECRETARY_RUN.lastIndex;
  }
  return pairs;
}

export class AgencyResolver {
  readonly register: AgencyRegister;
  readonly groups: AgencyGroups;
  readonly bodies: EstablishedBody[];
  /**
   * The bodies the order establishes by a form of establishing, without those it names by a defined term alone (see
   * definedBodies): an officer's bare title ("The Chair") is of the latest of these, not of a group the order only names.
   */
  private readonly establishedBodies: EstablishedBody[];
  /** Agencies the document names, with their parents and history. */
  readonly found = new Map<string, Agency>();
  readonly groupsFound = new Map<string, AgencyGroup>();
  /** Bodies of other documents that this one names in full. */
  readonly namedBodies = new Map<string, Body>();
  private readonly knownBodies: KnownBodies;
  private readonly phrases: NameMatcher;
  private readonly resolved = new Map<string, AgencyRef | null>();
  private readonly listedSecretaries = new Map<string, AgencyRef | null>();
  /** What each "Title of Name" reads as, by title, then name. */
  private readonly formsRead = new Map<string, Map<string, AgencyRef | null>>();
  /** The bodies a phrase that is no bare word names, by its words (another order's body, or an officer's). */
  private readonly bodiesOfWords = new Map<string, string | null>();
  /** What `bareWords` and `headOf` read each phrase as. */
  private readonly bareOf = new Map<string, string | null>();
  private readonly headsOf = new Map<string, string | null>();
  /** The agencies recorded with their parents and history. */
  private readonly used = new Set<string>();
  private readonly directHits = new Map<string, { match: RegExpExecArray; ref: AgencyRef }[]>();
  private readonly actorLikeHits = new Map<string, RegExpExecArray[]>();
  private readonly bodyNames?: NameMatcher;
  /** The bodies the order names in lower case ("a board of three members"), by their noun. */
  private readonly lowerBodies: Map<string, EstablishedBody[]>;
  private readonly antecedents: Antecedents;
  private readonly definedSecretary?: string;
  /** Bodies by head word and by short name, in document order, so a bare word finds its body by binary search. */
  private readonly bodiesByHead = new Map<string, EstablishedBody[]>();
  private readonly bodiesByName = new Map<string, EstablishedBody[]>();
  /** The first body of each name, in lower case. */
  private readonly bodiesByLowerName = new Map<string, EstablishedBody>();
  /** The bodies' names in lower case, for the first that starts with a definition's words (see readDefinition). */
  private bodyPrefixes?: FirstWithPrefix;
  /** The first body of each name or short name, as written. */
  private readonly bodiesByAnyName = new Map<string, EstablishedBody>();
  /** What each appointment's office is of, read once (null: nothing): a long text says "the Chairman" thousands of times. */
  private readonly appointedOwners = new Map<AppointedOfficer, { actor: ActorKind; id: string } | null>();
  private readonly definitionReadings = new Map<Definition, { actor: ActorKind; id: string } | null>();
  /** Whether the order defines each term (any at all). */
  private readonly termsDefined = new Map<string, boolean>();
  /** What `amendedBody` read each word as where one order is amended, by the word, then that order (null: none). */
  private readonly amendedBodies = new Map<string, Map<string, string | null>>();
  /** Where several orders are amended: each word's reading of each run's orders, by the word, then the run. */
  private readonly amendedRunBodies = new Map<string, Map<readonly string[], AmendedRunReading>>();
  /**
   * Each provision's mentions of its own text, by its order: the document's agencies and its directives read every
   * provision for them. Other texts read at a provision (a listed official) are in `otherMentions`: a Map for every
   * provision was a tenth of the garbage of an order of 50,000 provisions.
   */
  private readonly mentionsOf = new Map<number, { text: string; found: Mention[] }>();
  private readonly otherMentions = new Map<number, Map<string, Mention[]>>();
  private readonly defined: DefinedTerms;
  private readonly actOffices: Map<string, string>;
  private secretaryLists?: { order: number; start: number; ids: string[] }[];
  private heads?: BodyHead[];
  private perAgency?: Map<string, PerAgencyTitle>;
  private amended?: AmendedIndex;
  private appointed?: AppointedOfficer[];
  private chairs?: NamedChair[];
  private viceChairs?: NamedChair[];
  /** The body words of the text whose chairs were read last. */
  private chairText?: { text: string; words: Set<string> };
  private coChairs?: NamedCoChair[];
  /** The agencies of each naming of co-chairs, read once. */
  private readonly coChairAgencies = new Map<NamedCoChair, string[]>();
  /** The agency of each named chair's official, read once (null: none the register knows). */
  private readonly chairAgencies = new Map<NamedChair, string | null>();
  /** The Selective Service System where the order speaks of it (its boards are the System's), else null. */
  private selectiveService?: string | null;

  constructor(
    refs: { agencies: AgencyRef[]; agencyGroups: AgencyGroupRef[]; bodies?: KnownBodyRef[] },
    private readonly input: ResolverInput,
  ) {
    this.register = registerOf(refs.agencies);
    this.groups = groupsOf(refs.agencyGroups);
    this.phrases = phrasesOf(this.register);
    this.defined = new DefinedTerms(input.provisions);
    this.knownBodies = knownBodiesOf(refs.bodies ?? []);
    const established = (this.establishedBodies = findBodies(input.docId, input.provisions, (name) =>
      // dated: a body an order creates before the register's agency of that name is the order's own (EO 6763's NLRB, 1934)
      Boolean(this.resolve(name)),
    ));
    const defined = definedBodies(
      input.docId,
      input.provisions,
      this.defined.all,
      established,
      // a name holding an agency's is that agency's body or a definition's stray words before the name ("the
      // Department of Commerce the Federal Fire Council", EO 11654)
      (name) =>
        Boolean(this.resolve(name) ?? this.knownBodies.named(name, input.docId, input.signedOn)) ||
        this.direct(name).length > 0,
    );
    // most orders name no body by a defined term alone: the list found stays as it is
    this.bodies = defined.length ? [...established, ...defined].sort((a, b) => a.order - b.order) : established;
    const names = this.bodies.flatMap((b) => b.shortNames);
    if (names.length) this.bodyNames = nameMatcher(['The', 'the', 'Each', 'each', 'Any', 'any'], names);
    this.lowerBodies = lowerCaseBodies(this.bodies);
    for (const b of this.bodies) {
      const head = headOf(b.name);
      if (head) listIn(this.bodiesByHead, head).push(b);
      if (!this.bodiesByAnyName.has(b.name)) this.bodiesByAnyName.set(b.name, b);
      for (const name of new Set(b.shortNames)) {
        listIn(this.bodiesByName, name).push(b);
        if (!this.bodiesByAnyName.has(name)) this.bodiesByAnyName.set(name, b);
      }
      const lower = b.name.toLowerCase();
      if (!this.bodiesByLowerName.has(lower)) this.bodiesByLowerName.set(lower, b);
    }
    this.antecedents = new Antecedents(
      withTitle(input),
      (text) => this.direct(text),
      (text) => this.actorLike(text),
    );
    this.actOffices = officesUnderActs(refs.agencies, input.provisions, input.signedOn);
    this.definedSecretary = definedSecretary(input.provisions, (phrase) => this.agencyAt(phrase));
  }

  /** Keeps `mention` in `out` unless it overlaps one `taken` already; records the agency or group it names. */
  private keep(mention: Mention, taken: SpanSet, out: Mention[]): void {
    if (!taken.take(mention)) return;
    out.push(mention);
    const { actor, actorId } = mention;
    if (actor === 'AGENCY' && actorId) this.use(actorId);
    if (actor === 'GROUP' && actorId) this.groupsFound.set(actorId, { id: actorId, name: this.groups.name(actorId) });
  }

  /** Every actor named in `text` (provision `order`'s text, or a phrase), in order. */
  mentions(text: string, order = Number.MAX_SAFE_INTEGER): Mention[] {
    const own = this.mentionsOf.get(order);
    if (own?.text === text) return own.found;
    if (!own) {
      const found = this.read(text, order);
      this.mentionsOf.set(order, { text, found });
      return found;
    }
    const atOrder = listIn(this.otherMentions, order, () => new Map<string, Mention[]>());
    let found = atOrder.get(text);
    if (!found) atOrder.set(text, (found = this.read(text, order)));
    return found;
  }

  private read(text: string, order: number): Mention[] {
    const out: Mention[] = [];
    const taken = new SpanSet();
    const add: AddMention = (m, actor, actorId, name, words = m[0]) => {
      const start = m.index;
      const end = start + m[0].length;
      // built in place, keys in the order a spread gave them: the spreads were four objects a mention
      const mention: Mention = actorId
        ? { start, end, actor, actorId, text: words }
        : { start, end, actor, text: words };
      if (name) mention.name = name;
      this.keep(mention, taken, out);
    };
    // a span found with no match of its own (a group, a department of a list): no match made up for it to be read from
    const addSpan = (start: number, end: number, actor: ActorKind, actorId: string) =>
      this.keep({ start, end, actor, actorId, text: text.slice(start, end) }, taken, out);
    // before the register's phrases: "the Coast Guard" inside it is not the actor
    // each pattern below only on a text holding a word every match of it holds: most provisions name one actor or none
    for (const m of matchAllIf('Coast', COAST_GUARD_SECRETARY, text)) {
      const id = coastGuardDepartment(this.input.signedOn);
      if (id) add(m, 'AGENCY', id);
    }
    for (const m of this.direct(text)) add(m.match, 'AGENCY', m.ref.id);
    for (const m of selectiveServiceBoards(text)) {
      // asked once per order: null (no System here) is an answer, which `??=` would ask again at every board
      if (this.selectiveService === undefined)
        this.selectiveService = speaksOfSelectiveService(this.input.provisions)
          ? (this.resolve('Selective Service System')?.id ?? null)
          : null;
      if (this.selectiveService) add(m, 'AGENCY', this.selectiveService);
    }
    // before the groups: "the heads of agencies identified in section 3(a)" are those agencies, not every agency
    for (const m of actorsByReference(text)) add(m, 'UNRESOLVED');
    for (const g of this.groups.find(text)) addSpan(g.start, g.end, 'GROUP', g.groupId);
    if (this.bodyNames)
      for (const m of this.bodyNames.all(text)) {
        // the body's short name inside the name of a law ("the Federal Advisory Committee Act") is no mention of it
        if (/^\s+Acts?\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
        add(m, 'BODY', this.bodyNamed(m[1], order)?.id);
      }
    if (this.lowerBodies.size)
      for (const { match, body } of lowerCaseBodyMentions(text, order, this.lowerBodies)) add(match, 'BODY', body.id);
    for (const m of matchAllIf(MAY_NAME_OFFICER, BODY_OFFICER, text)) {
      const officer = this.officerOf(m, order);
      if (officer) {
        add(m, officer.actor, officer.id);
        continue;
      }
      const coChairs = this.namedCoChairAgencies(text, m, order);
      if (coChairs.length) {
        addEach(m, coChairs, add);
        continue;
      }
      const chair = this.namedChairAgency(text, m, order);
      if (chair) {
        add(m, 'AGENCY', chair);
        continue;
      }
      // only in an order that establishes no body: where it does, its latest body is the surer reading ("a representative
      // of the Atomic Energy Commission, who shall be the Chairman of the Commission", EO 10807, chairs no Council)
      const appointed = this.establishedBodies.length ? undefined : this.appointedOwner(m[0], order, m.index);
      if (appointed) {
        add(m, appointed.actor, appointed.id);
        continue;
      }
      const body = this.establishedBodies.length ? this.latestBody(order) : undefined;
      const agency = body ? undefined : this.antecedents.before(order, m.index, 'Chairman');
      if (body) add(m, 'BODY', body.id);
      else if (agency) add(m, 'AGENCY', agency);
    }
    for (const m of genericOfficials(text)) {
      const ref = this.byForm(m[1], m[2]);
      if (ref) add(m, 'AGENCY', ref.id);
    }
    for (const m of matchAllIf('concerned', SECRETARY_CONCERNED, text)) add(m, 'UNRESOLVED');
    for (const m of matchAllIf('Secretary', BARE_SECRETARY, text)) {
      // the order's own short name first: "the Secretary of Education (Secretary)" (EO 14045), not the last department
      // a list named before it
      const defined = this.definedAs('Secretary', order, m.index);
      if (defined) {
        add(m, defined.actor, defined.id);
        continue;
      }
      const id = this.definedSecretary ?? this.antecedents.before(order, m.index, 'Secretary');
      if (id) add(m, 'AGENCY', id);
    }
    for (const m of matchAllIf('Secretaries', SECRETARIES, text))
      this.secretaries(m, (start, end, id) => addSpan(start, end, 'AGENCY', id));
    for (const m of matchAllIf('Departments', DEPARTMENTS, text))
      this.secretaries(m, (start, end, id) => addSpan(start, end, 'AGENCY', id));
    for (const m of this.actorLike(text)) {
      if (!NOT_ACTORS.test(m[0])) this.addBare(m, order, add);
    }
    if (!out.length) return NO_MENTIONS;
    if (out.length > 1) sortByStart(out);
    // kept per provision for the whole parse: at its own size
    return chairsOfTheirBodies(text, exactSize(out));
  }

  /** A bare title or body word ("the Commission", "the Administrator"): a body of the order, else the last agency so named. */
  private addBare(m: RegExpExecArray, order: number, add: AddMention): void {
    const bare = this.bareWords(m[0]);
    if (bare) {
      const defined = this.definedAs(bare, order, m.index);
      if (defined) return add(m, defined.actor, defined.id);
      if (bare === 'Secretaries') {
        const each = this.secretariesBefore(order, m.index);
        if (each.length > 1) return addEach(m, each, add);
      }
      const head = this.headOf(bare);
      const body = head ? lastAtOrBefore(this.bodiesByHead.get(head) ?? [], order) : undefined;
      if (body) return add(m, 'BODY', body.id);
      const appointed = this.appointedOwner(m[0], order, m.index);
      if (appointed) return add(m, appointed.actor, appointed.id);
      const agency = this.antecedents.before(order, m.index, bare);
      if (agency) return add(m, 'AGENCY', agency);
      const office = this.actOffices.get(bare);
      if (office) return add(m, 'AGENCY', office);
      const headed = this.headedBody(bare, order, m.index);
      if (headed) return add(m, 'BODY', headed.id);
      const ofAmended = this.amendedBody(bare, order, m.index);
      if (ofAmended) return add(m, 'BODY', ofAmended);
      const name = this.antecedents.nameBefore(order, m.index, bare);
      // two words may be a board's whole name ("The Pay Board and Price Commission established by sections 7 and 8 of
      // Executive Order No. 11627 ... are hereby continued", EO 11640); plain ones ("the Executive Committee") are not,
      // nor a service or office ("the Foreign Service" is the law's, whatever order once named it)
      const known =
        (name ? this.bodyOfAnother(name) : undefined) ??
        (/^\S+\s+(?:Board|Commission|Council|Committee|Panel|Group)$/.test(bare)
          ? this.bodyOfAnother(bare)
          : undefined);
      return known ? add(m, 'BODY', known) : add(m, 'UNRESOLVED', undefined, name);
    }
    const words = m[0].replace(/^(?:the|each|any)\s+/i, '');
    // a term of three words the order defined ("(Chief Executive Officer)", EO 13331)
    const defined = /^\S+\s+\S+\s+\S+$/.test(words) ? this.definedAs(words, order, m.index) : undefined;
    if (defined) return add(m, defined.actor, defined.id);
    const group = this.perAgencyGroup(words, order);
    if (group) return add(m, 'GROUP', group);
    const known = this.bodyOfWords(words);
    add(m, known ? 'BODY' : 'UNRESOLVED', known);
  }

  /**
   * The word or two of a bare title or body word ("the Commission" -> "Commission"), or undefined; read once per
   * phrase, as the body word's head: a long text says the same few thousands of times.
   */
  private bareWords(phrase: string): string | undefined {
    let words = this.bareOf.get(phrase);
    if (words === undefined) this.bareOf.set(phrase, (words = BARE.exec(phrase)?.[1] ?? null));
    return words ?? undefined;
  }

  private headOf(word: string): string | undefined {
    let head = this.headsOf.get(word);
    if (head === undefined) this.headsOf.set(word, (head = headOf(word) ?? null));
    return head ?? undefined;
  }

  /** Another order's body named in full, or the body whose officer the words name; asked once per words. */
  private bodyOfWords(words: string): string | undefined {
    let id = this.bodiesOfWords.get(words);
    if (id === undefined)
      this.bodiesOfWords.set(words, (id = this.bodyOfAnother(words) ?? this.officerOfBody(words) ?? null));
    return id ?? undefined;
  }

  /**
   * "the Director of the Energy Policy Office" (EO 11743), "The Chairman of the Cost of Living Council": the officer of
   * a body this order or another established, named in full.
   */
  private officerOfBody(words: string): string | undefined {
    const of = OFFICER_OF_NAME.exec(words);
    if (!of) return undefined;
    const name = of[1].toLowerCase();
    const own = this.bodiesByLowerName.get(name);
    return own ? own.id : this.bodyOfAnother(of[1]);
  }

  /** "the Chief FOIA Officer" where the order has named "The Chief FOIA Officer of each agency": that group. */
  private perAgencyGroup(title: string, order: number): string | undefined {
    this.perAgency ??= perAgencyTitles(this.input.provisions);
    // most orders name no such title: no lower-case copy of each phrase to look up
    if (!this.perAgency.size) return undefined;
    const named = this.perAgency.get(title.toLowerCase());
    if (!named || named.order > order) return undefined;
    return this.groups.find(named.agencies)[0]?.groupId;
  }

  /** "the Director" after "The Office shall be headed by a Director": the body of the order so headed. */
  private headedBody(title: string, order: number, start: number): EstablishedBody | undefined {
    if (!this.bodies.length) return undefined;
    this.heads ??= bodyHeads(this.input.provisions);
    const word = headedBefore(this.heads, title, order, start);
    const head = word ? this.headOf(word) : undefined;
    return head ? lastAtOrBefore(this.bodiesByHead.get(head) ?? [], order) : undefined;
  }

  /**
   * "The Committee shall terminate on October 30, 1983" in "Section 4(b) of Executive Order No. 12369 ... is further
   * amended to read" (EO 12429): the one body the amended order established under that head word, if it established
   * exactly one (a word two of its bodies share stays unresolved).
   */
  private amendedBody(word: string, order: number, start: number): string | undefined {
    const head = this.headOf(word);
    if (!head) return undefined;
    this.amended ??= new AmendedIndex(amendedOrders(this.input.provisions, this.input.title));
    if (!this.amended.size) return undefined;
    const here = this.amended.at(order, start);
    if (!here) return undefined;
    if (here.count !== 1) return this.bodyAmongAmended(word, here.ids, here.count);
    // read once per word and amended order: an order amending thousands says "the Committee" after each; the body
    // found was recorded as named the first time. By word, then order: the order's id string is the amended list's
    // own, so no key is built for each mention
    const docId = here.ids[0];
    let ofWord = this.amendedBodies.get(word);
    if (!ofWord) this.amendedBodies.set(word, (ofWord = new Map()));
    let id = ofWord.get(docId);
    if (id === undefined) ofWord.set(docId, (id = this.bodyReadIn(this.readAmendedRun(word, [docId]), 1) ?? null));
    return id ?? undefined;
  }

  /**
   * The one body the first `count` of a run's amended orders established under `word`. The run is read once per word:
   * the bodies only accumulate along it, so a mention's answer is where the first and the second different body
   * appear (a provision amending thousands of orders, each followed by "the Board", was quadratic).
   */
  private bodyAmongAmended(word: string, ids: readonly string[], count: number): string | undefined {
    let ofWord = this.amendedRunBodies.get(word);
    if (!ofWord) this.amendedRunBodies.set(word, (ofWord = new Map()));
    let reading = ofWord.get(ids);
    if (!reading) ofWord.set(ids, (reading = this.readAmendedRun(word, ids)));
    return this.bodyReadIn(reading, count);
  }

  /** The one body a reading finds among the first `count` orders of its run, recorded as named; none or two: undefined. */
  private bodyReadIn({ first, firstAt, secondAt }: AmendedRunReading, count: number): string | undefined {
    return first && count >= firstAt && count < secondAt ? this.named(first) : undefined;
  }

  private readAmendedRun(word: string, ids: readonly string[]): AmendedRunReading {
    let first: KnownBodyRef | undefined;
    let firstAt = Infinity;
    for (let i = 0; i < ids.length; i++)
      for (const ref of this.knownBodies.establishedBy(ids[i])) {
        if (!namesBody(word, ref)) continue;
        if (!first) [first, firstAt] = [ref, i + 1];
        else if (ref.id !== first.id) return { first, firstAt, secondAt: i + 1 };
      }
    return { first, firstAt, secondAt: Infinity };
  }

  /** A body another order established under this full name, recorded as named by this document. */
  private bodyOfAnother(name: string): string | undefined {
    const ref = this.knownBodies.named(name, this.input.docId, this.input.signedOn);
    if (!ref) return undefined;
    return this.named(ref);
  }
  /** Records a body another order established as named by this document; its id. */
  private named(ref: KnownBodyRef): string {
    this.namedBodies.set(ref.id, {
      id: ref.id,
      name: ref.name,
      establishedBy: ref.establishedBy,
      provisionId: ref.provisionId,
    });
    return ref.id;
  }

  /**
   * What a term the order defined ("the Administrator of the Environmental Protection Agency (\"the
   * Administrator\")") stands for: the register agency its full name ends on, a body of the order so
   * named, or the body an office of that name heads ("Economic Stabilization Administrator" of the
   * Economic Stabilization Agency the order establishes).
   */
  private definedAs(term: string, order: number, start: number): { actor: ActorKind; id: string } | undefined {
    let any = this.termsDefined.get(term);
    if (any === undefined)
      this.termsDefined.set(term, (any = this.defined.before(term, ANYWHERE, ANYWHERE) !== undefined));
    if (!any) return undefined;
    const d = this.defined.before(term, order, start);
    if (!d || term === 'Secretaries') return undefined;
    // read once per definition: a long text says its defined words thousands of times
    let reading = this.definitionReadings.get(d);
    if (reading === undefined) this.definitionReadings.set(d, (reading = this.readDefinition(d) ?? null));
    return reading ?? undefined;
  }

  private readDefinition(d: Definition): { actor: ActorKind; id: string } | undefined {
    // an officer under a department's head is of that department: '"Assistant Secretary" means the Assistant Secretary
    // of Labor for Labor-Management Relations' (EO 11491)
    const hit = this.direct(d.name)
      .filter(
        (h) =>
          h.match.index + h.match[0].length === d.name.length ||
          (UNDER_HEAD.test(d.name.slice(0, h.match.index)) &&
            /^\s+for\s+[A-Z]/.test(d.name.slice(h.match.index + h.match[0].length))),
      )
      .pop();
    if (hit) return { actor: 'AGENCY', id: hit.ref.id };
    const key = d.name.toLowerCase();
    const stem = key.replace(/\s+\S+$/, ' ');
    const body =
      this.bodiesByLowerName.get(key) ??
      (/\s\S/.test(stem.trim()) && !headOf(d.name) ? this.firstBodyStarting(stem) : undefined);
    if (body) return { actor: 'BODY', id: body.id };
    const other = this.bodyOfAnother(d.name);
    return other ? { actor: 'BODY', id: other } : undefined;
  }

  /**
   * The first body whose name in lower case starts with `prefix`: a search of every body for each of thousands of
   * definitions was quadratic.
   */
  private firstBodyStarting(prefix: string): EstablishedBody | undefined {
    this.bodyPrefixes ??= new FirstWithPrefix(this.bodies.map((b) => b.name.toLowerCase()));
    const k = this.bodyPrefixes.firstStarting(prefix);
    return k < 0 ? undefined : this.bodies[k];
  }

  /**
   * "the Chairman of the Council": the officer of whatever "the Council" names there, read as the
   * bare word would be (a defined term, a body of the order, an agency named before).
   */
  private officerOf(m: RegExpExecArray, order: number): { actor: ActorKind; id: string } | undefined {
    const of = /\s+of\s+the\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)$/.exec(m[0]);
    return of ? this.ownerWord(of[1], order, m.index) : undefined;
  }

  /** What a body word an officer is "of" ("the Council") names at (`order`, `start`). */
  private ownerWord(word: string, order: number, start: number): { actor: ActorKind; id: string } | undefined {
    const defined = this.definedAs(word, order, start);
    if (defined) return defined;
    const head = this.headOf(word);
    const body = head ? lastAtOrBefore(this.bodiesByHead.get(head) ?? [], order) : undefined;
    if (body) return { actor: 'BODY', id: body.id };
    const agency = this.antecedents.before(order, start, word);
    if (agency) return { actor: 'AGENCY', id: agency };
    const ofAmended = this.amendedBody(word, order, start);
    return ofAmended ? { actor: 'BODY', id: ofAmended } : undefined;
  }

  /**
   * "the Chairman" after "The Deputy Director of the Office of Management and Budget, who shall be Chairman of the
   * Council" (EO 12479): the official the order made chair acts, as the agency he is of. Only a chair named since the
   * latest body the order established: a body set up after it has a chair of its own.
   */
  private namedChairAgency(text: string, mention: RegExpExecArray, order: number): string | undefined {
    // "the Vice Chair" after "the Director of OPM shall serve as Vice Chair" (EO 13518) is that official, as the chair is
    const vice = BARE_VICE_CHAIR.test(mention[0]);
    if (!vice && !BARE_CHAIR.test(mention[0])) return undefined;
    // "as the Committee, through the Chairman, may request" (EO 13366), "as deemed appropriate by the Chair, the Council
    // shall" (EO 14213): the body acts, by its chair
    if (/\b(?:through|by)\s+$/.test(text.slice(Math.max(0, mention.index - 10), mention.index))) return undefined;
    const start = mention.index;
    const chairs = vice
      ? (this.viceChairs ??= namedViceChairs(this.input.provisions))
      : (this.chairs ??= namedChairs(this.input.provisions));
    if (!chairs.length) return undefined;
    const chair = lastBefore(chairs, order, start);
    if (!chair) return undefined;
    if (this.establishedBodies.length && chair.order < this.latestBody(order).order) return undefined;
    // the text's body words read once, not once a chair: a long text naming a chair thousands of times was quadratic
    if (this.chairText?.text !== text) this.chairText = { text, words: bodyWordsIn(text) };
    if (speaksOfAnotherBody(this.chairText.words, chair)) return undefined;
    let agency = this.chairAgencies.get(chair);
    if (agency === undefined) this.chairAgencies.set(chair, (agency = this.holderAgency(chair.holder) ?? null));
    return agency ?? undefined;
  }

  /**
   * "The Co-Chairs shall convene meetings of the Council" after "The Secretary of Homeland Security and the Secretary of
   * Defense shall serve as Co-Chairs of the Council" (EO 14180): the officials the order made co-chairs act, each as his
   * agency, as a named chair does. Only where each naming of co-chairs since the latest body names officials the register
   * knows, two or more in all: a co-chair left to be chosen ("a Co-Chair of the Interagency Group", EO 13183) leaves the
   * body acting for them.
   */
  private namedCoChairAgencies(text: string, mention: RegExpExecArray, order: number): readonly string[] {
    if (!BARE_CO_CHAIRS.test(mention[0])) return NO_IDS;
    // "as determined by the Co-Chairs": the body acts, by its co-chairs
    if (/\b(?:through|by)\s+$/.test(text.slice(Math.max(0, mention.index - 10), mention.index))) return NO_IDS;
    this.coChairs ??= namedCoChairs(this.input.provisions);
    const since = this.establishedBodies.length ? this.latestBody(order).order : -1;
    const namings: NamedCoChair[] = [];
    for (let k = countBefore(this.coChairs, order, mention.index); k > 0 && this.coChairs[k - 1].order >= since; k--) {
      // a body has a few co-chairs: past that, the namings are of many bodies, and reading back each time was quadratic
      if (namings.length === MOST_CO_CHAIR_NAMINGS) return NO_IDS;
      namings.push(this.coChairs[k - 1]);
    }
    if (!namings.length) return NO_IDS;
    if (this.chairText?.text !== text) this.chairText = { text, words: bodyWordsIn(text) };
    if (speaksOfAnotherBody(this.chairText.words, namings[0])) return NO_IDS;
    const ids: string[] = [];
    for (const naming of namings.reverse()) {
      const its = this.coChairHolderAgencies(naming);
      if (!its.length) return NO_IDS;
      for (const id of its) if (!ids.includes(id)) ids.push(id);
    }
    return ids.length > 1 ? ids : NO_IDS;
  }

  /** The register agencies of the officials a naming of co-chairs names, in its order, read once a naming. */
  private coChairHolderAgencies(naming: NamedCoChair): string[] {
    let ids = this.coChairAgencies.get(naming);
    if (!ids) {
      const found = this.direct(naming.holders).map((h) => ({ start: h.match.index, id: h.ref.id }));
      // "to be co-chaired by the Secretaries of Labor and Veterans Affairs" (EO 13518): the Secretary of each department,
      // in the order named ("the Secretaries of Defense, Agriculture, and HHS", EO 13676, not HHS first for its acronym)
      for (const m of matchAllIf('Secretaries', SECRETARIES, naming.holders))
        this.secretaries(m, (start, _end, id) => found.push({ start, id }));
      found.sort((a, b) => a.start - b.start);
      this.coChairAgencies.set(naming, (ids = [...new Set(found.map((f) => f.id))]));
    }
    return ids;
  }

  /** The register agency whose official `holder` names: the phrase must end the holder's words ("Deputy Director of the Office of ..."). */
  private holderAgency(holder: string): string | undefined {
    // its acronym after it is no more words of the title: "The Director of the Office of Personnel Management (OPM)"
    const end = holder.replace(/(?:\s+(?:of|for|on|the|and|\([A-Z]+\)))+$/, '').length;
    return this.direct(holder).find((h) => h.match.index + h.match[0].length === end)?.ref.id;
  }

  /**
   * "the Chairman" after "The Vice President, who shall be Chairman of the Council" (EO 12675): the officer of what the
   * appointment names, a register agency, a body of this order or of another, or a body word read where it was said.
   */
  private appointedOwner(mention: string, order: number, start: number): { actor: ActorKind; id: string } | undefined {
    // an order that appoints no one (most) needs no title read
    this.appointed ??= appointedOfficers(this.input.provisions);
    if (!this.appointed.length) return undefined;
    const title = /^(?:the|each|any)\s+(.+)$/i.exec(mention)?.[1];
    if (!title) return undefined;
    const o = appointedBefore(this.appointed, title, order, start);
    if (!o) return undefined;
    let owner = this.appointedOwners.get(o);
    if (owner === undefined) this.appointedOwners.set(o, (owner = this.ownerAppointed(o) ?? null));
    return owner ?? undefined;
  }

  /**
   * What an appointment's office is of. Read once an appointment, and its body by name: a mention after an appointment
   * to a name of thousands of words read that name again (26 s at 400 kB), and one after each of thousands of
   * appointments read every body of the order (15 s at 2 MB).
   */
  private ownerAppointed(o: AppointedOfficer): { actor: ActorKind; id: string } | undefined {
    const hit = this.direct(o.of).find((h) => h.match.index === 0 && h.match[0].length === o.of.length);
    if (hit) return { actor: 'AGENCY', id: hit.ref.id };
    const body = this.bodiesByAnyName.get(o.of);
    if (body) return { actor: 'BODY', id: body.id };
    const word = /^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$/.test(o.of) ? this.ownerWord(o.of, o.order, o.start) : undefined;
    if (word) return word;
    const other = this.bodyOfAnother(o.of);
    return other ? { actor: 'BODY', id: other } : undefined;
  }

  /**
   * "the Secretaries": the Secretaries the order named together last, as a pair ("the Secretary of
   * Defense and the Secretary of Energy", EO 14141), a list ("the Secretaries of the Interior and
   * Agriculture") or a definition ("the Secretary of the Interior and the Secretary of Agriculture
   * (the Secretaries)", EO 13855).
   */
  private secretariesBefore(order: number, start: number): string[] {
    // every list of Secretaries in the order, read once (not once per "the Secretaries")
    this.secretaryLists ??= inDocumentOrder(this.input.provisions).flatMap((p) =>
      [
        ...secretaryPairs(p.text),
        ...matchAll(SECRETARIES, p.text),
        ...matchAll(SECRETARY_SERIES, p.text),
        ...matchAll(DEPARTMENT_PAIR, p.text),
      ]
        .sort((a, b) => a.index - b.index)
        .map((m) => ({ order: p.order, start: m.index, ids: this.secretaryIds(m) })),
    );
    return lastBefore(this.secretaryLists, order, start)?.ids ?? [];
  }

  private secretaryIds(m: RegExpExecArray): string[] {
    const ids: string[] = [];
    if (/^[Tt]he Secretaries/.test(m[0])) this.secretaries(m, (_start, _end, id) => ids.push(id));
    else
      this.direct(m[0])
        // not what a Secretary acts through ("(acting through the Coast Guard)")
        .filter((hit) => /^(?:the\s+)?(?:Secretary|Department)\b/i.test(hit.match[0]))
        .forEach((hit) => ids.push(hit.ref.id));
    return [...new Set(ids)];
  }

  /**
   * Each department a "Secretaries of X, Y, and Z" names, handed to `each` with the span of its own name (the first from
   * "the Secretaries"): no list of them, nor a match made up of a slice, a list and a span for each (a list of 2 MB
   * names 170,000 departments).
   */
  private secretaries(m: RegExpExecArray, each: (start: number, end: number, id: string) => void): void {
    const listStart = m.index + m[0].indexOf(m[1]);
    const names = matchAll(DEPARTMENT_IN_LIST, m[1]);
    // by index: a for..of made an object per step here (3 MB in a list of 1 MB)
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      const ref = this.secretaryOf(name[0]);
      if (!ref) break; // the list has moved on to other officials ("..., and the United States Trade Representative")
      each(k ? listStart + name.index : m.index, listStart + name.index + name[0].length, ref.id);
    }
  }

  /**
   * The Secretary of a department as a "Secretaries of" list names it ("the Treasury", "Defense"), asked once per name:
   * a list of 2 MB names a few departments a hundred thousand times, and two phrases made for each were its garbage.
   */
  private secretaryOf(department: string): AgencyRef | undefined {
    let ref = this.listedSecretaries.get(department);
    if (ref === undefined) {
      const bare = department.replace(/^the\s+/, '');
      ref = this.resolve(`Secretary of ${bare}`) ?? this.resolve(`Secretary of the ${bare}`) ?? null;
      this.listedSecretaries.set(department, ref);
    }
    return ref ?? undefined;
  }

  /**
   * Register phrases in `text`, each resolved as of the document's date. Kept per text: each
   * provision is read for them three times (antecedents, the document's agencies, its
   * directives), and the phrase pattern is the parser's costliest.
   */
  private direct(text: string): { match: RegExpExecArray; ref: AgencyRef }[] {
    let hits = this.directHits.get(text);
    if (!hits) {
      const found = this.phrases.all(text);
      hits = found.length ? this.resolvedHits(found, text) : NO_HITS;
      this.directHits.set(text, hits);
    }
    return hits;
  }

  /** The phrases found that the register resolves, with what they resolve to; at their own size, kept for the parse. */
  private resolvedHits(found: RegExpExecArray[], text: string): { match: RegExpExecArray; ref: AgencyRef }[] {
    const hits: { match: RegExpExecArray; ref: AgencyRef }[] = [];
    for (let k = 0; k < found.length; k++) {
      if (isSectionHead(found[k], text)) continue;
      const ref = this.resolve(found[k][1]);
      if (ref) hits.push({ match: found[k], ref });
    }
    return hits.length ? exactSize(hits) : NO_HITS;
  }

  /**
   * The actor-like phrases of `text`, kept per text like the register's: the antecedents read every provision for
   * them before the provision's own mentions are read, and it was the costliest pattern of a long order but the register's.
   */
  private actorLike(text: string): RegExpExecArray[] {
    let hits = this.actorLikeHits.get(text);
    if (!hits) this.actorLikeHits.set(text, (hits = exactSize(matchAll(ACTOR_LIKE, text))));
    return hits;
  }

  /** What the register resolves a phrase to on the document's date, asked once per phrase (a long order says the same titles thousands of times). */
  private resolve(phrase: string): AgencyRef | undefined {
    let ref = this.resolved.get(phrase);
    if (ref === undefined)
      this.resolved.set(phrase, (ref = this.register.resolve(phrase, this.input.signedOn) ?? null));
    return ref ?? undefined;
  }

  /** The agency a phrase names on the document's date (for citations: "Memorandum of the Secretary of X"). */
  agencyAt(phrase: string): string | undefined {
    const hit = this.direct(phrase)[0];
    return hit ? this.use(hit.ref.id) : undefined;
  }

  /**
   * "Secretary of War" -> Department of War; "Director of the Peace Corps" -> Peace Corps; by name in the register.
   * Asked once per title and name: a long list says the same few titles a hundred thousand times.
   */
  private byForm(title: string, rest: string): AgencyRef | undefined {
    const ofTitle = listIn(this.formsRead, title, () => new Map<string, AgencyRef | null>());
    let ref = ofTitle.get(rest);
    if (ref === undefined) ofTitle.set(rest, (ref = this.readForm(title, rest) ?? null));
    return ref ?? undefined;
  }

  private readForm(title: string, rest: string): AgencyRef | undefined {
    const name = rest.replace(/(?:\s+(?:of|and|for|on|the))+$/g, '').replace(/[.,]$/, '');
    const tries =
      title === 'Secretary'
        ? [`Department of ${name}`, `Department of the ${name}`]
        : [name, `${title} of ${name}`, `${title} of the ${name}`];
    for (const t of tries) {
      const ref = this.resolve(t);
      if (ref) return ref;
    }
    return undefined;
  }

  private bodyNamed(name: string, order: number): EstablishedBody | undefined {
    const named = this.bodiesByName.get(name) ?? [];
    return lastAtOrBefore(named, order) ?? named[0];
  }

  private latestBody(order: number): EstablishedBody {
    return lastAtOrBefore(this.establishedBodies, order) ?? this.establishedBodies[0];
  }

  /** Records an agency with its parents and history, so PART_OF and SUCCEEDED_BY always have both ends. */
  private use(id: string): string {
    // once per agency: a long list names the same few a hundred thousand times
    if (!this.used.has(id)) {
      this.used.add(id);
      this.register.closure(id, this.found);
    }
    return id;
  }

  successions(): Succession[] {
    return this.register.successionsAmong(this.found);
  }
}

/**
 * The provisions with their headings, and the title read first, as if it opened the order: an order about one body often names it only
 * in its title ("Amending Executive Order No. 11746 Relating to Federal Regional Councils", EO 11892: "Each Council
 * shall be composed of ..."), so a bare word the text never names in full falls back on the title's name.
 */
function withTitle(input: ResolverInput): SaidText[] {
  // a section's heading names its actor before its text does: "1-2. Administrator of General Services. 1-201. The
  // Administrator shall coordinate ..." (EO 12073); read just before the provision's own text
  // in document order already (each heading just before its provision), so the readers' sort of it is one pass
  // text and place only: an id and a path made for each heading were never read
  const out: SaidText[] = [];
  if (input.title) out.push({ text: input.title, order: -1 });
  for (const p of input.provisions) {
    if (p.heading) out.push({ text: p.heading, order: p.order - 0.5 });
    out.push(p);
  }
  return out;
}

/**
 * The matches of a scan of `text` for "(the) Secretary of X": `\b(?:[Tt]he\s+)?` and GENERIC_TITLE. Its optional "the"
 * made the regex engine try each word of a long text (three quarters of the pattern's time): the titles are scanned
 * for without it, and a match takes in the "the" that stands just before its title, where one does. A match there is
 * the match at the title with the "the" before it, and no match can start between the two.
 */
function genericOfficials(text: string): RegExpExecArray[] {
  if (!text.includes(' of ')) return NO_MATCHES;
  let out: RegExpExecArray[] | undefined;
  let from = 0;
  GENERIC_TITLED.lastIndex = 0;
  for (let m = GENERIC_TITLED.exec(text); m; m = GENERIC_TITLED.exec(text)) {
    const the = theBefore(text, m.index);
    const end = m.index + m[0].length;
    if (the >= from) {
      // as the regex with the "the" gives it (its groups are the same)
      m[0] = text.slice(the, end);
      m.index = the;
    }
    (out ??= []).push(m);
    from = end;
  }
  return out ?? NO_MATCHES;
}

/**
 * Mentions in the order of their starts, as a stable sort leaves them. A few (a provision's) by insertion in place: the
 * sort made a work list for each provision's, a twentieth of what reading a long order's mentions allocated. Many (a
 * long paragraph's, several runs in order one after another, which insertion would move one by one) by the sort.
 */
function sortByStart(mentions: Mention[]): void {
  if (mentions.length > FEW_MENTIONS) {
    mentions.sort((a, b) => a.start - b.start);
    return;
  }
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k];
    let j = k - 1;
    for (; j >= 0 && mentions[j].start > m.start; j--) mentions[j + 1] = mentions[j];
    mentions[j + 1] = m;
  }
}

const FEW_MENTIONS = 16;

/** Where a whole word "the" or "The" starts that whitespace (\s) joins to `at`; -1 if none does. */
function theBefore(text: string, at: number): number {
  let k = at;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  const start = k - 3;
  if (k === at || start < 0 || !(text[start] === 'T' || text[start] === 't') || !text.startsWith('he', start + 1))
    return -1;
  return start === 0 || !isWordCode(text.charCodeAt(start - 1)) ? start : -1;
}

/**
 * A mention's span cut into `n` adjoining pieces, one for each agency a plural ("the Secretaries", "the Co-Chairs")
 * stands for; each piece keeps the plural's words as its text (a user reads "The Co-Chairs", not "The Co" and "-Chairs").
 */
function pieces(m: RegExpExecArray, n: number): RegExpExecArray[] {
  const size = Math.floor(m[0].length / n);
  return Array.from({ length: n }, (_, k) =>
    asMatch(m.input, {
      start: m.index + k * size,
      end: k === n - 1 ? m.index + m[0].length : m.index + (k + 1) * size,
    }),
  );
}

/** A plural's agencies, one mention each (see pieces), every one shown by the plural's words. */
function addEach(m: RegExpExecArray, ids: readonly string[], add: AddMention): void {
  pieces(m, ids.length).forEach((piece, k) => add(piece, 'AGENCY', ids[k], undefined, m[0]));
}

function asMatch(text: string, span: Span): RegExpExecArray {
  const m = [text.slice(span.start, span.end)] as unknown as RegExpExecArray;
  m.index = span.start;
  return m;
}

// the Secretary's name read at most 300 characters on to its stop: unbounded, each "the Secretary means the Secretary
// of X" with no stop after it read on to the end of its run of words (16 s at 400 kB of them); a department's
// name is under 60 characters
const SECRETARY_DEFINED =
  /["“]?the Secretary["”]? (?:shall )?(?:refers? to|means?|shall mean) (?:the )?(Secretary of [A-Z][\w ,]{0,300}?)[.,;]/i;
/** How every match of SECRETARY_DEFINED starts: at most 51 characters. */
const SECRETARY_DEFINED_HEAD =
  /["“]?the Secretary["”]? (?:shall )?(?:refers? to|means?|shall mean) (?:the )?Secretary of [A-Z]/i;
/** '"the Secretary" shall refer to the Secretary of Homeland Security': that agency, for every bare "the Secretary". */
function definedSecretary(
  provisions: Provision[],
  agencyAt: (phrase: string) => string | undefined,
): string | undefined {
  // the definition says "refers"/"means"/"mean", inside one provision's words: without them, the joined order is not read
  if (!provisions.some((p) => /refer|mean/i.test(p.text))) return undefined;
  // nor where its first words are not said: joining a long order's texts (2 MB) cost 15 ms, and most define no Secretary
  if (!matchesJoined(SECRETARY_DEFINED_HEAD, provisions, 51)) return undefined;
  const m = SECRETARY_DEFINED.exec(provisions.map((p) => p.text).join(' '));
  return m ? agencyAt(m[1]) : undefined;
}

/** The chair himself, by bare title: "the Chairman", "The Chairperson" (not a Vice or Co-Chair). */
const BARE_CHAIR = new RegExp(String.raw`^the\s+${CHAIR}$`, 'i');

/** The vice chair, by bare title: "the Vice Chair", "The Vice Chairman" (one of several, "a Vice Chair", is none). */
const BARE_VICE_CHAIR = new RegExp(String.raw`^the\s+${VICE_CHAIR}$`, 'i');

/** The co-chairs together, by bare title: "The Co-Chairs", "the Co-Chairmen" (not one of them, "a Co-Chair"). */
const BARE_CO_CHAIRS = new RegExp(String.raw`^the\s+${CO_CHAIRS}$`, 'i');
/** The most namings of co-chairs one body has: "X, who shall serve as Co-Chair; Y, who shall serve as Co-Chair; ...". */
const MOST_CO_CHAIR_NAMINGS = 6;

/** A chair's bare title: "the Chairman", "The Chair (or Co-Chairs) and Vice Chair". */
const CHAIR_TITLE =
  /^(?:the|each|any)\s+(?:Co-|Vice\s+)?Chair(?:man|person|woman)?$|^(?:the|each|any)\s+Executive\s+Director$/i;
/** A mention that names a body by its kind: "the Council", "the 1776 Commission", "the Pay Board". */
const BODY_MENTION = /\b(?:Council|Board|Commission|Committee|Group|Task Force|Panel)$/;

/**
 * An unresolved chair whose sentence names one body: "The Chairman shall also invite the Librarian of Congress to be a
 * member of the Council" (EO 11124), "Each member of the Pay Board, other than the Chairman thereof" (EO 11630), "The
 * Chair shall convene the Board on a monthly basis" (EO 13729): the chair of that body. A chair has no business in a
 * sentence about a body but as its chair; with two bodies named it stays unresolved.
 */
function chairsOfTheirBodies(text: string, mentions: Mention[]): Mention[] {
  if (!mentions.some(isUnresolvedChair)) return mentions;
  // the stops found once, and each sentence's body read once: a scan of the text and of the sentence's mentions for
  // each chair was quadratic in one long clause of chairs (96 s at 800 kB). The chairs come in order, so their
  // sentences do: the last sentence read is kept with its body, not a map of sentences by a key string and a set of
  // ids for each chair (a fifth of what a long clause of chairs allocated)
  const stops = sentenceStops(text);
  let start = -1;
  let end = -1;
  let body: Mention | undefined;
  return mentions.map((m) => {
    if (!isUnresolvedChair(m)) return m;
    const sentence = sentenceAround(text, stops, m.start, m.end);
    if (sentence.start !== start || sentence.end !== end) {
      ({ start, end } = sentence);
      body = onlyBodyIn(mentions, start, end);
    }
    return body ? { ...m, actor: body.actor, actorId: body.actorId } : m;
  });
}

/**
 * An acronym in capitals with a number after it is a section head ("SEC. 2", "SEC 602", "SEC.\n627.1"), not the agency
 * the acronym stands for (the Securities and Exchange Commission): an agency's acronym is never numbered.
 */
const SECTION_NUMBER = /^[.:]*\s*\d/;

function isSectionHead(found: RegExpExecArray, text: string): boolean {
  const phrase = found[0];
  if (phrase !== phrase.toUpperCase() || /\s/.test(phrase)) return false;
  const end = found.index + phrase.length;
  return SECTION_NUMBER.test(text.slice(end, end + 8));
}

function isUnresolvedChair(m: Mention): boolean {
  return m.actor === 'UNRESOLVED' && CHAIR_TITLE.test(m.text);
}

/**
 * The body the mentions between `start` and `end` name, where they name one (by one mention or several); undefined
 * where they name none or two. Found by where they start (they are in order); a chair is never one of them
 * (CHAIR_TITLE and BODY_MENTION end in different words).
 */
function onlyBodyIn(mentions: Mention[], start: number, end: number): Mention | undefined {
  let body: Mention | undefined;
  for (let k = firstNotBefore(mentions, (b) => b.start < start); k < mentions.length && mentions[k].start < end; k++) {
    const b = mentions[k];
    if (!b.actorId || b.end > end || !BODY_MENTION.test(b.text)) continue;
    if (body && body.actorId !== b.actorId) return undefined;
    body ??= b;
  }
  return body;
}

/** A "." ";" or ":" before whitespace or the end of the text: one character, so `test` tells where with no match made. */
const STOP = /[.;:](?=\s|$)/g;

/** Where `text` has a stop. */
function sentenceStops(text: string): number[] {
  const stops: number[] = [];
  STOP.lastIndex = 0;
  while (STOP.test(text)) stops.push(STOP.lastIndex - 1);
  return stops;
}

/** The sentence of `text` that holds the span: from the last stop before it to the next one after it. */
function sentenceAround(text: string, stops: readonly number[], from: number, to: number): Span {
  const before = firstNotBefore(stops, (p) => p <= from - 2);
  const after = firstNotBefore(stops, (p) => p < to);
  return { start: before > 0 ? stops[before - 1] + 1 : 0, end: after < stops.length ? stops[after] : text.length };
}

/** A word's reading of one run of amended orders: the first body it names and where, and where a second appears. */
interface AmendedRunReading {
  first?: KnownBodyRef;
  firstAt: number;
  secondAt: number;
}

/** "the Committee" names an "Executive Committee"; "the Price Commission" only a body so named. */
function namesBody(word: string, ref: KnownBodyRef): boolean {
  const its = headOf(ref.name);
  return word === its || word === its?.split(' ').pop() || ref.name.toLowerCase().endsWith(word.toLowerCase());
}
