/**
 * Directives: each "X shall …" sentence whose subject is an agency, with roles, targets and deadline; and each command
 * in another voice ("X is directed to …", "It shall be the duty of X to …", see voices.ts) that "shall" does not read.
 */
import { Action, Assignment, Directive, Provision } from '../model';
import { actionOf, delegatesToClauses, namesDutiesOfClauses } from './actions';
import { AgencyResolver, Mention } from './agencies';
import { Deadline, deadlineIn, EffectiveOn, orderEffectiveOn } from './deadlines';
import { directiveId } from './ids';
import {
  assignRoles,
  LIST_SEPARATOR,
  ListedOfficial,
  listedOfficials,
  PRONOUN_BEFORE_SHALL,
  provisoLeads,
} from './roles';
import { mainShall, savingClause } from './main-shall';
import { repeatsEveryIn } from './recurring';
import { firstSentence, ownSentence, SentenceSpan, sentenceSpans } from './sentences';
import { voiceOf } from './voices';
import { exactSize } from './patterns';
import { firstNotBefore } from './lists';

/** What the targets and deliverables of a passage are; supplied by the caller, which owns the entities. */
export interface DirectiveContext {
  docId: string;
  signedOn?: string;
  /** When the order takes effect, if not on its signing (see orderEffectiveOn); set by findDirectives. */
  effectiveOn?: EffectiveOn;
  agencies: AgencyResolver;
  /** The targets of a passage given as its parts in order (a sentence, then the clauses it opens). */
  targetsIn(parts: readonly string[]): string[];
  deliverablesIn(parts: readonly string[], action: Action, provision: Provision, deadline?: number): string[];
}

type Draft = Omit<Directive, 'id' | 'ordinal'>;

/** Each provision with a parent: its parent path and place in `all`, sorted by parent path; built once per list. */
const byParentPath = new WeakMap<Provision[], { parentPath: string; at: number }[]>();

function sortedByParentPath(all: Provision[]): { parentPath: string; at: number }[] {
  let sorted = byParentPath.get(all);
  if (!sorted) {
    sorted = all.flatMap((c, at) => (c.parentPath === undefined ? [] : [{ parentPath: c.parentPath, at }]));
    sorted.sort((a, b) => (a.parentPath < b.parentPath ? -1 : a.parentPath > b.parentPath ? 1 : 0));
    byParentPath.set(all, sorted);
  }
  return sorted;
}

/** The places in `all` of the provisions whose parent path is at least `from` and before `to`. */
function placesWithParentPath(all: Provision[], from: string, to: string): number[] {
  const sorted = sortedByParentPath(all);
  const start = firstNotBefore(sorted, (e) => e.parentPath < from);
  const end = firstNotBefore(sorted, (e) => e.parentPath < to);
  return sorted.slice(start, end).map((e) => e.at);
}

// found by parent path in a sorted index: filtering every provision for each "shall:" provision was quadratic
function descendants(p: Provision, all: Provision[]): Provision[] {
  // parent path p.path itself, and every one that starts with p.path + '(' (the ones before p.path + ')')
  const places = [
    ...placesWithParentPath(all, p.path, p.path + '\0'),
    ...placesWithParentPath(all, p.path + '(', p.path + ')'),
  ];
  return places
    .sort((a, b) => a - b)
    .map((at) => all[at])
    .filter((c) => c.path !== p.path);
}

/** The texts of a provision's descendants in `all`, worked out once per provision (several of its sentences may open clauses). */
const descendantTextsIn = new WeakMap<Provision[], Map<Provision, string[]>>();

function descendantTexts(p: Provision, all: Provision[]): string[] {
  let ofAll = descendantTextsIn.get(all);
  if (!ofAll) descendantTextsIn.set(all, (ofAll = new Map()));
  let texts = ofAll.get(p);
  if (!texts) ofAll.set(p, (texts = descendants(p, all).map((c) => c.text)));
  return texts;
}

/** Children by parent path, built once: filtering every provision for each "shall" sentence was quadratic in long orders. */
const childrenIndex = new WeakMap<Provision[], Map<string, Provision[]>>();

const NO_CHILDREN: Provision[] = [];

function childrenOf(p: Provision, all: Provision[]): Provision[] {
  let index = childrenIndex.get(all);
  if (!index) {
    index = new Map();
    for (const c of all) {
      if (c.parentPath === undefined) continue;
      const children = index.get(c.parentPath);
      if (children) children.push(c);
      else index.set(c.parentPath, [c]);
    }
    childrenIndex.set(all, index);
  }
  return index.get(p.path) ?? NO_CHILDREN;
}

/** A clause after "shall:" usually opens with a qualifier ("within 180 days …, conduct"); find its verb. */
function clauseAction(text: string): Action {
  let rest = text;
  for (let k = 0; k < 4; k++) {
    const a = actionOf(rest);
    if (a !== 'OTHER' || !rest.includes(',')) return a;
    rest = rest.slice(rest.indexOf(',') + 1);
  }
  return 'OTHER';
}

function draft(
  ctx: DirectiveContext,
  p: Provision,
  text: string,
  action: Action,
  assignments: Assignment[],
  scope: readonly string[],
  leadIn?: Deadline,
  verbAt = 0,
  leadEvery?: string,
): Draft {
  // a clause without its own deadline has the one of the sentence that hands it its verb ("Within 90 days of the date
  // of this order, the Secretary shall: (i) ...")
  const own = ownSentence(text, verbAt);
  const deadline = deadlineIn(own, ctx.signedOn, ctx.effectiveOn) ?? leadIn;
  // targets, then deliverables, in that order (each may add entities); the draft built with both (not with lists to throw away)
  const ids = ctx.targetsIn(scope);
  const targets = ids.length ? eachOnce(ids).map((id) => ({ id, action })) : [];
  const produces = ctx.deliverablesIn(scope, action, p, deadline?.days);
  const d: Draft = { provisionId: p.id, text, action, assignments, targets, produces };
  // Counted from another event ("within 180 days of submitting the plan"), the due date is unknown.
  if (deadline?.days !== undefined) d.deadlineDays = deadline.days;
  if (deadline?.months !== undefined) d.deadlineMonths = deadline.months;
  if (deadline?.event !== undefined) d.deadlineEvent = deadline.event;
  if (deadline?.dueOn !== undefined) d.dueOn = deadline.dueOn;
  if (deadline?.eachYearOn !== undefined) d.dueEachYearOn = deadline.eachYearOn;
  // a day of every year is a yearly recurrence too; a clause without its own has the lead sentence's ("shall, within 90
  // days of the date of this order and every 2 years thereafter: (a) review ...", EO 13966)
  const every = repeatsEveryIn(own) ?? (d.dueEachYearOn ? 'P1Y' : leadEvery);
  if (every) d.repeatsEvery = every;
  return d;
}

/** Where a short list names no id twice (most do), that list: a Set and its copy for each directive were garbage. */
function eachOnce(ids: string[]): string[] {
  if (ids.length > 8) return [...new Set(ids)];
  for (let k = 1; k < ids.length; k++) if (ids.lastIndexOf(ids[k], k - 1) >= 0) return [...new Set(ids)];
  return ids;
}

/**
 * Drafts by provision: those of "shall" sentences, then those of the other voices ("is directed to", "It shall be the
 * duty of"), numbered after them so that the ids "shall" directives had before the other voices were read (eo-…:3#2)
 * still name the same directives.
 */
interface Drafts {
  /** Indexed by the provision's place in the list: a Map keyed by 50,000 provisions was a tenth of a long order's directives. */
  byShall: (Draft[] | undefined)[];
  byOtherVoice: (Draft[] | undefined)[];
  /**
   * The first sentence of a clause that goes on to "shall" sentences of its own (see stemPart): numbered after those, so
   * that the ids they had before it was read still name them.
   */
  byStemPart: (Draft[] | undefined)[];
  /** The clauses whose first sentence a stem took whole (see subordinateShalls): that sentence is not read again. */
  firstTaken: boolean[];
}

/**
 * The mentions from `first` that lie in sentence `s`, at its offsets. A sentence that is its provision's whole text keeps
 * the provision's own list (read, never changed): a copy of it for each provision was garbage by the ten thousand.
 */
function mentionsIn(
  mentions: Mention[],
  first: number,
  s: SentenceSpan,
  joined: { skipFrom: number; skipTo: number } | undefined,
): Mention[] {
  const end = s.start + s.text.length;
  let to = first;
  let within = true;
  for (; to < mentions.length && mentions[to].start < end; to++) if (mentions[to].end > end) within = false;
  if (s.start === 0 && first === 0 && to === mentions.length && within && !joined) return mentions;
  // every one kept (as most sentences of a long provision keep theirs): a list at its size, each a copy placed in the
  // sentence; one grown by push was most of a sentence's garbage
  if (within && !joined) {
    const kept = mentions.slice(first, to);
    if (s.start !== 0)
      for (let k = 0; k < kept.length; k++)
        kept[k] = { ...kept[k], start: kept[k].start - s.start, end: kept[k].end - s.start };
    return kept;
  }
  const out: Mention[] = [];
  for (let k = first; k < to; k++) {
    const m = mentions[k];
    // a sentence at the start of its provision keeps its mentions as they are (one copy each was a tenth of a long order's garbage)
    if (m.end <= end && !skipped(m.start - s.start, joined))
      out.push(s.start === 0 ? m : { ...m, start: m.start - s.start, end: m.end - s.start });
  }
  return out;
}

/** A mention in the saving part of a sentence whose joined command names its own subject. */
function skipped(at: number, joined: { skipFrom: number; skipTo: number } | undefined): boolean {
  return !!joined && at >= joined.skipFrom && at < joined.skipTo;
}

/**
 * A verb phrase without the period the outline puts after the colon that opens its clauses: "Responsibilities of the
 * Chairman The Chairman shall:." (EO 12816), "The head of each Federal department and agency, as appropriate, shall:."
 * (EO 12656). (endsWith rather than a pattern anchored at the end, which would be tried at every character.)
 */
function withoutOutlineStop(verbPhrase: string): string {
  return verbPhrase.endsWith(':.') ? verbPhrase.slice(0, -1) : verbPhrase;
}

/** A sentence that says what a word means or how a text reads orders no one (one pattern, not a literal made per sentence). */
const DEFINES = /\bshall (?:be construed|mean|refer to|have the meaning)\b/;

/**
 * The drafts of provision `at`; `carried` is what a pronoun opening it stands for (see carriedLeads). Returns the leads
 * its last sentence's subject is, for the provision after it.
 */
function directivesOf(
  at: number,
  all: Provision[],
  ctx: DirectiveContext,
  out: Drafts,
  carried: Assignment[] | undefined,
): Assignment[] | undefined {
  const p = all[at];
  // sentences come in order, so one pointer walks the sorted mentions (a filter per sentence was quadratic)
  const mentions = sortedByStart(ctx.agencies.mentions(p.text, p.order));
  let first = 0;
  // the leads of the sentence just before, where its subject is they alone: what "He shall" after it stands for
  let before = carried;
  // the sentence just before where it ordered no one, read for its subject only if a pronoun after it needs one
  let unread: { s: SentenceSpan; first: number } | undefined;
  const sentences = sentenceSpans(p.text);
  // by index: an iterator result a sentence was garbage by the ten thousand
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const previous = before;
    const previousUnread = unread;
    before = undefined;
    unread = undefined;
    while (first < mentions.length && mentions[first].start < s.start) first++;
    // a first sentence a "shall:" stem above took whole (see draftClauses) is its directive already
    if (i === 0 && out.firstTaken[at]) continue;
    // the command's own "shall", not one of a clause before it (see main-shall.ts)
    let shall = mainShall(s.text);
    // a saving clause orders no one; a command joined to it does (see savingClause)
    const saving = shall && savingClause(s.text, shall.index);
    if (saving) shall = saving.joined;
    const byShall = shall && !DEFINES.test(s.text);
    // the other voices only where "shall" makes no directive: a sentence it reads stays as it was
    const voice = byShall ? undefined : voiceOf(s.text);
    if (!byShall && !voice) {
      unread = { s, first };
      continue;
    }
    const listed = listedOfficials(s.text);
    const inSentence = mentionsIn(mentions, first, s, saving?.joined);
    const local = listed.length ? withListedAlone(ctx, p, s.text, inSentence, listed) : inSentence;
    let assignments = byShall
      ? withProviso(s.text, local, shall!.index, assignRoles(s.text, local, shall!.index, listed))
      : [];
    let verbPhrase = byShall ? withoutOutlineStop(s.text.slice(shall!.index + 'shall'.length)) : '';
    // where the directive's verb is: its deadline is read in the sentence that holds it (see ownSentence)
    let verbAt = byShall ? shall!.index : 0;
    let other = false;
    // "it" goes on standing for whom it stood for: "It shall ensure official attention ... It shall provide advice"
    // (EO 13183)
    let standsFor: Assignment[] | undefined;
    if (byShall && !assignments.some((a) => a.role === 'LEAD')) {
      const antecedent = previous ?? (previousUnread && claimLeads(mentions, previousUnread.first, previousUnread.s));
      const read = antecedent ? byPronoun(s.text, shall!.index, antecedent, assignments) : assignments;
      if (read !== assignments) [assignments, standsFor] = [read, antecedent];
    }
    if (byShall) before = standsFor ?? subjectLeads(s.text, local, shall!.index, assignments);
    if (!assignments.some((a) => a.role === 'LEAD')) {
      const v = voice ?? voiceOf(s.text);
      if (!v) continue;
      const actor = v.actorFrom ? local.filter((m) => m.start >= v.actorFrom) : local;
      if (!actor.some((m) => m.end > v.headFrom && m.end <= v.actorTo)) continue;
      assignments = assignRoles(s.text, actor, v.actorTo, listed);
      if (!assignments.some((a) => a.role === 'LEAD')) continue;
      // "The Secretary of the Interior is authorized and directed to maintain ... He shall recognize" (EO 9758)
      before = subjectLeads(s.text, actor, v.actorTo, assignments);
      // "the Committee is directed to:." (EO 11470): the outline's period after the colon that opens its clauses
      verbPhrase = s.text.slice(v.verbAt).replace(/:\.$/, ':');
      verbAt = v.verbAt;
      other = true;
    }
    const into = other ? out.byOtherVoice : out.byShall;
    // the provision's children looked up only for a sentence that ends in a colon (most do not), and only for its last
    // sentence, the one they go on: each of thousands of "is directed to:." before them took them all (435,000
    // directives from 40 kB)
    const opensChildren = s === sentences[sentences.length - 1] && (s.text.endsWith(':') || s.text.endsWith(':.'));
    const children = opensChildren ? childrenOf(p, all) : NO_CHILDREN;
    const handsVerb =
      children.length > 0 &&
      (delegatesToClauses(verbPhrase) || (namesDutiesOfClauses(verbPhrase) && clausesAreActs(children)));
    if (handsVerb) {
      const lead = ownSentence(s.text, verbAt);
      const stem: Stem = {
        assignments,
        leadIn: deadlineIn(lead, ctx.signedOn, ctx.effectiveOn),
        leadEvery: repeatsEveryIn(lead),
        other,
      };
      draftClauses(ctx, children, all, { into, parts: out.byStemPart, taken: out.firstTaken }, stem, true);
      continue;
    }
    // a sentence that opens clauses reaches into them; read part by part, not joined: each "shall:" of a provision over
    // a long list made and scanned a copy of the whole list. No name or citation runs from one clause into the next.
    // (its last character read: /:$/ was tried at every character of the sentence)
    const scope = s.text.endsWith(':') ? [s.text, ...descendantTexts(p, all)] : [s.text];
    const objects = children.length ? objectsTimes(ctx, children) : NO_TIMES;
    const d = draft(ctx, p, s.text, actionOf(verbPhrase), assignments, scope, objects.deadline, verbAt, objects.every);
    push(into, at, d);
  }
  return before;
}

/**
 * When a sentence whose clauses are the objects of its verb is due, and how often it recurs, where it says so in them,
 * not in itself: the first such clause's deadline, and the first one's recurrence. "The Task Force shall submit to the
 * President, through the Chair and the Director of the Office of Management and Budget: (i) a report within 1 year from
 * the date of this order; (ii) a subsequent report at least once annually thereafter" (EO 13920), "shall, on behalf of
 * the Council, be responsible for submitting to the President: (a) Within 90 days of the date of this order, a detailed
 * work plan" (EO 13853). Only a clause that names a thing (OBJECT_CLAUSE): one that names an act ("(a) not later than
 * 180 days after the date of this order, produce a National Strategy", EO 13648) is a duty of its own, whose time is
 * not the whole list's; one with a "shall", or a subject and its "will", of its own is another command ("(e) The
 * Committee will meet at least once each calendar year", EO 11532), not "a detailed work plan for how, and by when, the
 * Council will accomplish the goals" (EO 13853); one that is only a time ("(1) within 4 days of the DOT's issuance of a
 * decision subject to a 10-day statutory review period", EO 12597) is one case of several.
 */
function objectsTimes(ctx: DirectiveContext, clauses: Provision[]): Times {
  let deadline: Deadline | undefined;
  let every: string | undefined;
  for (const c of clauses) {
    if (OWN_COMMAND.test(c.text) || !OBJECT_CLAUSE.test(c.text.replace(OPENING_TIME, ''))) continue;
    deadline ??= deadlineIn(c.text, ctx.signedOn, ctx.effectiveOn);
    every ??= repeatsEveryIn(c.text);
    if (deadline && every) break;
  }
  return { deadline, every };
}

/** When a directive is due and how often it recurs, as its object clauses say (see objectsTimes). */
interface Times {
  deadline?: Deadline;
  every?: string;
}
const NO_TIMES: Times = {};

/** A clause's own command: its "shall", or a subject opening it and its "will" or "must". */
const OWN_COMMAND = /\bshall\b|^(?:The|This|Each|All|Any|Such)\s[^,;:]{0,120}?\b(?:will|must)\b/;
/**
 * A time that opens a clause, up to its comma (a date's year is no end): "Within 90 days of the date of this order, ",
 * "not later than September 11, 2021, " (EO 14040).
 */
const OPENING_TIME = /^(?:within|(?:not|no) later than|by|on or before)\b(?:[^,;:]|,\s?\d{4}\b)*,\s*/i;
/** A clause that opens with a thing, as an object does: "a report", "the plan", "any gaps", "of the FBI electronic communication". */
const OBJECT_CLAUSE =
  /^(?:an?|the|one|two|three|each|every|any|all|such|its|their|his|her|subsequent|further|additional|final|initial|interim|of)(?:\s|:)/i;

/**
 * Whether the clauses a lead-in that names duties lists are acts of its subject, each opening with its verb (after
 * any time): "(a) Prepare comprehensive Federal plans" (EO 10186), "(a) coordinating the development of an effective
 * agency waste reduction and recycling program" (EO 12780), "(a) To advise the President" (EO 7034); at least half of
 * them, as a list of duties may hold a heading or a definition. Not a list of things: "(a) the Deputy Attorney General,
 * who shall serve as Chair" (EO 13271).
 */
function clausesAreActs(clauses: Provision[]): boolean {
  const acts = clauses.filter((c) => {
    const text = c.text.replace(OPENING_TIME, '');
    return !OBJECT_CLAUSE.test(text) && (GERUND_OPENING.test(text) || actionOf(text.split(/[,;:]/)[0]) !== 'OTHER');
  });
  return acts.length * 2 >= clauses.length;
}

/** A clause that opens with a verb's "-ing" form or its "to": "coordinating the development", "To establish"; not a preposition ("During", "Notwithstanding"). */
const GERUND_OPENING =
  /^(?!(?:during|notwithstanding|pending|including|regarding|concerning|following|according|excluding|nothing)\b)(?:[a-z]+ing|to [a-z]+)\s/i;

/** What a "shall:" sentence hands the clauses after it: its actors, and its deadline and recurrence where they have none. */
interface Stem {
  assignments: Assignment[];
  leadIn?: Deadline;
  leadEvery?: string;
  /** The stem is in another voice ("is directed to:"): a clause in one of its own is read for itself. */
  other: boolean;
}

/**
 * The drafts of the clauses a "shall:" sentence hands its verb. A clause that goes on to a "shall" sentence of its own
 * is still the stem's in its first sentence: "agencies shall: (a) Within 180 days of the date of this order, issue
 * written procedures ... Agency heads shall submit ..." (EO 13272), "each agency head shall: ... (ii) renegotiate ...
 * Each agency shall give ..." (EO 13839). One that only qualifies and opens clauses of its own hands the verb on, once
 * ("The Secretary of Transportation shall: (i) to better protect consumers ..., and as appropriate and consistent with
 * applicable law: (A) not later than 30 days after the date of this order, appoint ...", EO 14036).
 */
function draftClauses(
  ctx: DirectiveContext,
  clauses: Provision[],
  all: Provision[],
  out: { into: (Draft[] | undefined)[]; parts: (Draft[] | undefined)[]; taken: boolean[] },
  stem: Stem,
  handsOn: boolean,
): void {
  for (const c of clauses) {
    if (stem.other && voiceOf(c.text)) continue;
    const at = placeOf(c, all);
    // a clause whose first sentence has a "shall" of its own names its own subject (read for itself)
    const own = HAS_SHALL.test(c.text);
    const first = own ? firstSentence(c.text) : undefined;
    const whole = first !== undefined && subordinateShalls(first);
    const text = !own ? c.text : whole ? first : stemPart(c.text);
    if (text === undefined) continue;
    const d = draft(ctx, c, text, clauseAction(text), stem.assignments, [text], stem.leadIn, 0, stem.leadEvery);
    // the first sentence taken whole is read here only, in its place (first) among the clause's directives
    if (whole) out.taken[at] = true;
    push(text === c.text || whole ? out.into : out.parts, at, d);
    if (!handsOn || text !== c.text || !onlyQualifies(c.text)) continue;
    const leadIn = deadlineIn(c.text, ctx.signedOn, ctx.effectiveOn) ?? stem.leadIn;
    draftClauses(ctx, childrenOf(c, all), all, out, { ...stem, leadIn }, false);
  }
}

/**
 * The first sentence of a clause that goes on to a "shall" sentence, where that first one has none. A short one is
 * the clause's heading, read with the sentence after it: "Facilities protection. Provide industry protection guidance
 * materials ... The Secretary shall ..." (EO 10998); where that one has a "shall" of its own subject, the clause is not
 * the stem's (a "shall" of a clause inside it is: "Rural defense information and education. Conduct a rural defense
 * ... program ... and shall work with farmers", EO 10998 4(d)).
 */
function stemPart(text: string): string | undefined {
  const first = firstSentence(text);
  if (!first || HAS_SHALL.test(first)) return undefined;
  if (first.split(' ', HEADING_WORDS + 1).length > HEADING_WORDS) return first;
  const at = text.indexOf(first) + first.length;
  const next = firstSentence(text.slice(at));
  return next && (!HAS_SHALL.test(next) || subordinateShalls(next))
    ? text.slice(0, text.indexOf(next, at) + next.length).trim()
    : undefined;
}

/**
 * A sentence whose every "shall" belongs to a clause inside it, not to a subject of its own: "Designate a senior member
 * of his staff who shall ensure effective compliance ... and shall also chair a Departmental committee" (EO 11652),
 * "Establish an occupational safety and health management information system, which shall include ..." (EO 11807),
 * "within 45 days of this order, revise its discipline and unacceptable performance policies ..., and shall further
 * revise such policies" (EO 13839). Under a "shall:" stem its verb is the stem's.
 */
function subordinateShalls(sentence: string): boolean {
  // not one that opens clauses of its own ("annual reports that shall:", EO 12747: read for itself), nor a passive
  // whose agent the clause names ("be supported by the Assistant Director ..., who shall advise", EO 12816)
  if (/\bshall:$/.test(sentence) || sentence.startsWith('be ')) return false;
  const shalls = countOf(SHALL, sentence);
  return shalls > 0 && shalls === countOf(SUBORDINATE_SHALL, sentence);
}

const SHALL = /\bshall\b/g;
const HAS_SHALL = new RegExp(SHALL.source);
const SUBORDINATE_SHALL = /\b(?:who|which|that|and)\s+shall\b/g;

function countOf(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/** The most words a clause's heading has ("Biological, chemical, and radiological warfare defense functions."). */
const HEADING_WORDS = 8;

/**
 * A clause that only says why, how or when, up to the colon that opens its own clauses: "to better protect consumers
 * and improve competition, and as appropriate and consistent with applicable law:" (EO 14036). Not one with a verb of
 * its own before the colon ("within 365 days of the date of this order, submit a report on the use of AI in:", EO
 * 14110): its clauses are what the report covers.
 */
function onlyQualifies(clause: string): boolean {
  return clause.endsWith(':') && delegatesToClauses(', ' + clause.replace(PURPOSE, ''));
}

/** A purpose that opens a clause, up to its comma: "to better protect consumers and improve competition, and". */
const PURPOSE = /^to (?:\w+ly )?\w+ [^:;,]{0,300},\s*(?:and\s+)?/;

/**
 * What a pronoun opening provision `k` stands for: the subject of the last sentence of the provision before it, where
 * that is its sibling or its parent ("(a) The Director shall represent the President ... (b) He shall provide advice",
 * EO 11051; "(b) The Task Force shall work with ... (c) It shall advise the President", EO 12360).
 */
function carriedLeads(provisions: Provision[], k: number, last: Assignment[] | undefined): Assignment[] | undefined {
  if (!last || k === 0) return undefined;
  const p = provisions[k];
  const before = provisions[k - 1];
  return p.parentPath === before.parentPath || p.parentPath === before.path ? last : undefined;
}

/**
 * The sentence's mentions, but for a listed official that a read of the resolver may cross: that official read on its
 * own, so that one read across two items does not hide either. A read crosses where a mention does, or where no comma
 * parts two items ("the Director of National Intelligence and the Committee on National Security Systems", EO 14144:
 * one capitalised name to the resolver, hidden by the Director's mention). Only those: each item read again was a
 * second read of the whole list (a list of 2 MB read twice), and an item no read crosses reads as in its sentence.
 */
function withListedAlone(
  ctx: DirectiveContext,
  p: Provision,
  text: string,
  inSentence: Mention[],
  listed: ListedOfficial[],
): Mention[] {
  const crossed = new Set<ListedOfficial>();
  for (let k = 1; k < listed.length; k++) {
    if (text.slice(listed[k - 1].end, listed[k].start).includes(',')) continue;
    crossed.add(listed[k - 1]);
    crossed.add(listed[k]);
  }
  eachOverlap(inSentence, listed, (m, l) => {
    if (m.start < l.start || m.end > l.end) crossed.add(l);
  });
  if (!crossed.size) return inSentence;
  const alone = listed.filter((l) => crossed.has(l));
  const dropped = new Set<Mention>();
  eachOverlap(inSentence, alone, (m) => dropped.add(m));
  return [
    ...inSentence.filter((m) => !dropped.has(m)),
    ...alone.flatMap((l) =>
      ctx.agencies
        .mentions(text.slice(l.start, l.end), p.order)
        .map((m) => ({ ...m, start: m.start + l.start, end: m.end + l.start })),
    ),
  ].sort((a, b) => a.start - b.start);
}

/**
 * Each mention (in order of start) with each listed official it overlaps. One walk over both where the items are in
 * order and apart (as one list's are): a search of the items for each mention was quadratic in a long list.
 */
function eachOverlap(
  mentions: readonly Mention[],
  listed: readonly ListedOfficial[],
  visit: (m: Mention, l: ListedOfficial) => void,
): void {
  const apart = listed.every((l, k) => k === 0 || listed[k - 1].end <= l.start);
  let j = 0;
  // by index: a for..of made an object per step here (3 MB in a list of 1 MB)
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (apart) while (j < listed.length && listed[j].end <= m.start) j++;
    for (let k = j; k < listed.length && (!apart || listed[k].start < m.end); k++)
      if (m.start < listed[k].end && m.end > listed[k].start) visit(m, listed[k]);
  }
}

/**
 * "He shall", "It shall", "They shall" (after a clause or not) as the whole subject: "The Administrator shall assume the
 * initiative in developing joint plans ... He shall utilize to the maximum those capabilities of other agencies" (EO
 * 11004), "The Commission shall develop factual data as to the causes of world hunger and malnutrition. It shall review
 * existing authorities and programs" (EO 12078). Not a pronoun whose verb is "be" ("It shall be a violation of these
 * regulations", "It shall be provided in a manner consistent with available funds", EO 12134): that "it" is seldom an actor.
 */
const PRONOUN_SUBJECT = new RegExp(String.raw`^(?:[^,;:]{0,150},\s*)?${PRONOUN_BEFORE_SHALL}`);
const BE = /^shall\s+(?:(?:also|then|thereafter|further)\s+)?be\b/;

/**
 * A clause before the pronoun with a subject of its own, the nearer one it stands for: "If the President determines that
 * the Government of Uganda is no longer committing ..., he shall so certify" (EO 12117). Not a pronoun ("If he finds")
 * nor a participle ("Before initiating any such study, he shall give at least thirty days notice", EO 10579).
 */
const OWN_SUBJECT_CLAUSE =
  /^\s*(?:[Ii]f|[Ww]hen|[Ww]henever|[Ww]here|[Bb]efore|[Aa]fter|[Oo]nce|[Uu]nless|[Uu]ntil|[Ww]hile|As)\s+(?:the|an?|any|each|every|such|no|[A-Z]\w*)\s/;

/** The leads of the sentence before, for a subject that is a pronoun standing for them; else `assignments` as they are. */
function byPronoun(text: string, shallAt: number, previous: Assignment[], assignments: Assignment[]): Assignment[] {
  const from = Math.max(0, shallAt - 200);
  const pronoun = PRONOUN_SUBJECT.exec(text.slice(from, shallAt));
  if (!pronoun || BE.test(text.slice(shallAt, shallAt + 40))) return assignments;
  if (pronoun[0].includes(',') && OWN_SUBJECT_CLAUSE.test(text.slice(from, from + 20))) return assignments;
  // "they" for several actors or a group, "he" or "it" for one
  const plural = previous.length > 1 || previous[0].actor === 'GROUP';
  if (Boolean(pronoun[2]) !== plural) return assignments;
  return exactSize([...previous, ...assignments]);
}

/** The assignments with the actors a proviso after the command orders (see provisoLeads), each once. */
function withProviso(text: string, mentions: Mention[], shallAt: number, assignments: Assignment[]): Assignment[] {
  const leads = provisoLeads(text, mentions, shallAt);
  // most sentences have no proviso: no list filtered out of nothing
  if (!leads.length) return assignments;
  const added = leads.filter(
    (p) => !assignments.some((a) => (a.actorId ?? a.actorText) === (p.actorId ?? p.actorText)),
  );
  return added.length ? exactSize([...assignments, ...added]) : assignments;
}

/** The verb of a sentence that orders no one, after its subject: "The Surgeon General may", "The Secretary ... is authorized". */
const CLAIM_VERB = /\b(?:may|is|are|will|has|have|can)\b/;

/**
 * The leads of a sentence that orders no one, where its subject is they alone: "The Surgeon General may order the
 * retirement of an officer ... He shall forward to the Administrator any order" (EO 9655). Undefined where no actor
 * is the subject ("No man is relieved from complying ... He shall perform", EO 10001).
 */
function claimLeads(mentions: Mention[], first: number, s: SentenceSpan): Assignment[] | undefined {
  const verb = CLAIM_VERB.exec(s.text.slice(0, 300));
  if (!verb || first >= mentions.length || mentions[first].start >= s.start + verb.index) return undefined;
  const local = mentionsIn(mentions, first, s, undefined);
  return subjectLeads(s.text, local, verb.index, assignRoles(s.text, local, verb.index));
}

/** After the subject's last lead, up to "shall": a parenthetical set off by commas, an adverb. Before its first: a clause closed by a comma. */
const SUBJECT_END = /^\s*(?:,[^,;:]{0,80},\s*)?(?:\w+ly\s+)?$/;
const SUBJECT_START = /^(?:[^,;:]{0,150},\s*)?$/;

/**
 * The leads of a "shall" sentence whose subject is they alone (after a clause): "The Administrator shall", "Within 90
 * days, the Secretary of State and the Attorney General shall"; undefined where the subject says more ("The head of each
 * agency receiving notice ... shall", where "he" after it may be another).
 */
function subjectLeads(
  text: string,
  mentions: Mention[],
  shallAt: number,
  assignments: Assignment[],
): Assignment[] | undefined {
  // every assignment a lead: the list itself (read, never changed), not a copy filtered for them
  if (!assignments.length || assignments.some((a) => a.role !== 'LEAD')) return undefined;
  // the subject's mentions (those ending before "shall") walked in place: two filtered lists a sentence were garbage
  let count = 0;
  let last: Mention | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.end > shallAt) continue;
    if (!last ? !SUBJECT_START.test(text.slice(0, m.start)) : !LIST_SEPARATOR.test(text.slice(last.end, m.start)))
      return undefined;
    last = m;
    count++;
  }
  if (!last || count !== assignments.length) return undefined;
  return SUBJECT_END.test(text.slice(last.end, shallAt)) ? assignments : undefined;
}

/** The mentions in text order: the resolver's own array when it is so already (it is read, never changed), else a sorted copy. */
function sortedByStart<T extends { start: number }>(mentions: T[]): T[] {
  for (let k = 1; k < mentions.length; k++)
    if (mentions[k].start < mentions[k - 1].start) return [...mentions].sort((a, b) => a.start - b.start);
  return mentions;
}

function push(out: (Draft[] | undefined)[], at: number, d: Draft): void {
  const list = out[at];
  if (list) list.push(d);
  else out[at] = [d];
}

/** Where a provision is in `all`: the outline numbers them in order, so its `order` unless the list was cut. */
function placeOf(p: Provision, all: Provision[]): number {
  return all[p.order] === p ? p.order : all.indexOf(p);
}

function* provisionTexts(provisions: Provision[]): Generator<string> {
  for (const p of provisions) yield p.text;
}

/** Numbered #1, #2 … within each provision, in the order they are read ("shall" ones first, see Drafts). */
export function findDirectives(provisions: Provision[], context: DirectiveContext): Directive[] {
  // a period "of the effective date of this order" counts from the day the order says it takes effect
  const ctx = { ...context, effectiveOn: orderEffectiveOn(provisionTexts(provisions), context.signedOn) };
  // one slot a provision from the start: filled with gaps, a list grown by index turns into a slow dictionary
  const drafted: Drafts = {
    byShall: new Array(provisions.length),
    byOtherVoice: new Array(provisions.length),
    byStemPart: new Array(provisions.length),
    firstTaken: new Array(provisions.length),
  };
  let last: Assignment[] | undefined;
  for (let k = 0; k < provisions.length; k++)
    last =
      provisions[k].path !== 'preamble'
        ? directivesOf(k, provisions, ctx, drafted, carriedLeads(provisions, k, last))
        : undefined;
  // each draft becomes its directive in place, its id and ordinal last as a copy would have them: drafts are
  // nobody else's, and a copy of each was tens of thousands of objects in a long order
  // pushed in one loop: a list made and flattened for each of tens of thousands of provisions was garbage too
  const directives: Directive[] = [];
  for (let at = 0; at < provisions.length; at++) {
    const p = provisions[at];
    const shall = drafted.byShall[at];
    const other = drafted.byOtherVoice[at];
    const parts = drafted.byStemPart[at];
    // most provisions have "shall" directives only: their list as it is
    const drafts = other || parts ? [...(shall ?? []), ...(other ?? []), ...(parts ?? [])] : shall;
    if (!drafts) continue;
    // by index: a closure a provision for forEach was garbage by the ten thousand
    for (let k = 0; k < drafts.length; k++) {
      const directive = drafts[k] as Directive;
      directive.id = directiveId(p.id, k + 1);
      directive.ordinal = k + 1;
      directives.push(directive);
    }
  }
  return directives;
}
