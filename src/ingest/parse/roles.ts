/** Who owns a directive: the subject leads; "in coordination with" lists coordinate, and so on. */
import { Assignment, Role } from '../model';
import { Mention } from './agencies';
import { exactSize, matchAll } from './patterns';
import { transferIn } from './transfers';
import { quoteOpenAt } from './quotes';

/** The words of each phrase that gives the officials after it a role, and the role; declared once for both patterns below. */
const ROLE_WORDS: [string, Role][] = [
  // "The Secretary of Energy, in cooperation with the Secretary of State and the heads of other agencies, as
  // appropriate, shall" (EO 14008), "The Chairman of the Committee, in cooperation with the Budget Office of the
  // Department of Labor, shall" (EO 10640), "in close coordination with the Assistant to the President for Economic
  // Policy" (EO 14196), "in partnership with the heads of agencies" (EO 13985): working with, not a second subject,
  // 1954-2025; the first word of "in coordination and consultation with" (EO 13751) gives the role
  [
    'in (?:close )?(?:coordination|cooperation|partnership)(?: and (?:consultation|cooperation|coordination))? with',
    'COORDINATION',
  ],
  ['in conjunction with', 'COORDINATION'],
  ['in collaboration with', 'COORDINATION'],
  ['in (?:close )?consultation(?: and (?:coordination|cooperation))? with', 'CONSULTATION'],
  // "The Secretary of State, after consultation with the Secretary of Defense, shall" (EO 10610), "After consulting with
  // the Task Force, the Administrator of General Services shall" (EO 13934): consulted, not a second subject
  ['after (?:consultation with|consulting(?: with)?)', 'CONSULTATION'],
  // "The Committee, after obtaining the views of the head of each agency concerned, shall submit" (EO 9781, EO 10655),
  // "after receiving the advice of the Oil Policy Committee" (EO 11703): whose views are asked, not a second subject
  [
    'after (?:obtaining|receiving|seeking) (?:the )?(?:views|advice|comments)(?: and (?:views|advice|comments))? of',
    'CONSULTATION',
  ],
  // "the Attorney General, with the concurrence of the Secretary of State, shall perform" (EO 10244), "The Secretary,
  // with the concurrence of the Chairman, shall appoint" (EO 11523): the one who must agree is consulted, 1950-2025
  ['with the (?:prior )?(?:written )?concurrence of', 'CONSULTATION'],
  // "Each Agency Head shall, with assistance from the agency's DOGE Team Lead, build" (EO 14222); the help measured
  // out: "The Director of the United States Information Agency, with such assistance of the Department of State and the
  // Department of Commerce as may be appropriate, shall" (EO 10716), "with such assistance from the Chairman of the
  // Council on Environmental Quality as the Director may require" (EO 13432), "with appropriate support from the
  // Secretary of Commerce" (EO 13800)
  ['with (?:the |such |appropriate )?(?:support|assistance|help) (?:from|of)', 'SUPPORT'],
  // "The Director of OMB, assisted by the Attorney General and the Director of OPM, shall coordinate" (EO 14151), "The
  // Chairperson, assisted by the Council, shall ensure" (EO 12160): after a comma only, not a thing "assisted by the
  // Public Housing Administration under the said title" (EO 10573)
  [',\\s*assisted by', 'SUPPORT'],
  // "The Secretary, with the assistance of the Commissioner of Education, shall" (EO 11185), "The Director of the Bureau
  // of the Budget with the advice and assistance of the National Archives shall" (EO 9784), "the Secretary of Defense,
  // with the assistance of the Secretary of State and the Secretary of Commerce, shall" (EO 14268): who helps, 1946-2025
  ['with the (?:advice and )?(?:assistance|cooperation|aid|help) of', 'SUPPORT'],
  // "The Chairperson, with the assistance and advice of the Council, shall monitor" (EO 12160), "with the cooperation
  // and assistance of the Federal agencies" (EO 11051)
  ['with the (?:assistance|cooperation|aid|help) and (?:advice|assistance|cooperation|aid|help) of', 'SUPPORT'],
  // "The Secretary of Education, with the advice of the Board of Advisors, shall" (EO 12677): whose advice is sought
  ['with the advice of', 'CONSULTATION'],
  ['through', 'SUPPORT'],
];

/** Each phrase at the end of the words before an official (at a word's start, or at the comma of ", assisted by"). */
const ROLE_PHRASES: [RegExp, Role][] = ROLE_WORDS.map(([words, role]) => [
  new RegExp(String.raw`(?:^|\b)${words}\s*$`, 'i'),
  role,
]);

/** One official of a list a role phrase opens, where the text names it. */
export interface ListedOfficial {
  start: number;
  end: number;
  role: Role;
}

/** Any of the phrases, where a list of officials opens after it ("(OMB), assisted by": its comma after no word). */
const ROLE_OPENER = new RegExp(String.raw`(?:\b|(?=,))(?:${ROLE_WORDS.map(([words]) => words).join('|')})\s+`, 'gi');
/** Between two officials of one list: ", ", ", and ", " and the " (not the "and" of "Housing and Urban Development"). */
const ITEM_SEPARATOR = /,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=the\s)/g;
/** Names of departments written with commas. */
const COMMA_NAMES = /\bHealth, Education,? and Welfare\b/g;
const MAY_LIST = /with|through|consulting|assisted|views|advice|comments/i;
const NOT_LISTED: ListedOfficial[] = [];
/**
 * Where a list of officials stops: the verb, a clause break, the end of the sentence, a deadline after a comma ("in
 * cooperation with State and tribal fish and wildlife agencies, not later than 1 year following the conclusion of the
 * Conference", EO 13443, lists no Conference), or another relation ("in coordination with the heads of relevant
 * agencies and under the direction of the Chair", EO 13689: the Chair directs, he does not coordinate).
 */
const LIST_STOP =
  /,?\s+shall\b|\s+and\s+under\b|[;:]|(?<!\b[A-Z])\.(?:\s|$)|,\s+(?:as|to|in order|who|which|where|when|within|if|and shall|(?:not|no) later than)\b/;
/**
 * LIST_STOP searched from a place in the whole text: a list starts after the blank that ends its opener, so it stops
 * where it did in the text cut there.
 */
const LIST_STOP_FROM = new RegExp(LIST_STOP.source, 'g');

/**
 * Every official a role phrase lists ("in consultation with the Secretary of Agriculture, ...,
 * and the Secretary of Housing and Urban Development"), each on its own, so that each reaches
 * the resolver and gets the role even when one of them is not recognised. The list ends one
 * item after its "and"/"or", or where the sentence goes on.
 */
export function listedOfficials(raw: string): ListedOfficial[] {
  // every role phrase holds "with", "through", "assisted", "views", "advice" or "comments": most sentences hold none,
  // and get one shared empty list (read only)
  if (!MAY_LIST.test(raw)) return NOT_LISTED;
  const out: ListedOfficial[] = [];
  // the commas inside a department's name separate no officials: "through the Secretary of Health, Education, and
  // Welfare" (EO 11868); hidden, at the same offsets
  const text = raw.replace(COMMA_NAMES, (name) => name.replace(/,/g, ' '));
  // where the last search found the list's stop and the next comma: every opener of a sentence that holds thousands
  // searched on to the one far stop (or comma) on its own, quadratic; a match found from an earlier place is the first
  // one from any place up to it
  let stopAt = -1;
  let commaAt = -1;
  const openers = matchAll(ROLE_OPENER, text);
  // A role phrase opens a list of its own: "in coordination with the Secretary of Homeland Security and in consultation
  // with the Director of National Intelligence" (EO 13769) lists the Director for consultation. A list runs on to the
  // next such phrase at most, not through all of them: a sentence of thousands read thousands of items each. Not to a
  // "through", which names whom a listed official acts through ("the Department of Justice, through the NIPC, and the
  // Department of the Treasury", EO 13231): that one stays inside the item and opens no list.
  const nextList: number[] = [];
  for (let o = openers.length - 1, next = text.length; o >= 0; o--) {
    nextList[o] = next;
    if (!THROUGH.test(openers[o][0])) next = openers[o].index;
  }
  let listedTo = -1;
  // where the subject ends: a "through" before it names whom one actor of the subject acts through
  let shallAt: number | undefined;
  for (let o = 0; o < openers.length; o++) {
    const opener = openers[o];
    if (opener.index < listedTo && THROUGH.test(opener[0])) continue;
    const phrase = ROLE_PHRASES.find(([re]) => re.test(opener[0].trimEnd() + ' '));
    if (!phrase) continue;
    const from = opener.index + opener[0].length;
    if (stopAt < from) {
      LIST_STOP_FROM.lastIndex = from;
      const stop = LIST_STOP_FROM.exec(text);
      stopAt = stop ? stop.index : text.length;
    }
    let end = Math.min(stopAt, nextList[o]);
    if (AFTER.test(opener[0])) end = afterListEnd(text, opener.index, from, end);
    let at = from;
    // "the Secretaries of State, the Treasury, Defense, and Labor, the United States Trade Representative, ..." (EO
    // 13603): the departments of one "Secretaries of" are one item, and their own "and" closes them, not the list
    let departments = false;
    let closing = false;
    // "the Secretary of Defense acting through the Director of the NSA, the Attorney General, the Secretary of Homeland
    // Security, and the Director of National Intelligence shall" (EO 14028): in the subject, "through" names one
    // official (or two its "and" joins); the comma after it goes on with the subject's own list
    const one =
      THROUGH.test(opener[0]) &&
      opener.index < (shallAt ??= subjectEnd(text)) &&
      throughOne(text, opener.index, from, shallAt);
    // the separators one by one: the list often closes long before its stop
    const items = text.slice(from, end);
    ITEM_SEPARATOR.lastIndex = 0;
    const lastItem = (start: number) => {
      if (commaAt < start) {
        commaAt = text.indexOf(',', start);
        if (commaAt < 0) commaAt = text.length;
      }
      out.push({ start, end: Math.min(commaAt, end), role: phrase[1] });
    };
    for (;;) {
      const sep = ITEM_SEPARATOR.exec(items);
      const itemEnd = sep ? from + sep.index : end;
      const item = text.slice(at, itemEnd);
      if (departments && DEPARTMENT_NAME.test(item) && !OFFICIAL_WORD.test(item)) {
        out[out.length - 1].end = itemEnd;
        // their own "and" closes the departments, and the list goes on only where a later "and" closes it ("..., and
        // Labor, the United States Trade Representative, ..., and the heads of other agencies", EO 13603), not into
        // the sentence's subject ("In consultation with the Secretaries of State, Defense, and Labor, the Director shall")
        if (closing) {
          departments = false;
          if (!LIST_CLOSES.test(text.slice(itemEnd, end))) break;
        }
      } else if (departments && closing) {
        // "the Secretaries of State, Defense, and the Attorney General": the item after "and" is the last one
        lastItem(at);
        break;
      } else if (!sep && at > from && SHALL_NEXT.test(text.slice(end, end + 8))) {
        // after a comma no "and" or "or" closed the list, the words right before "shall" are the subject the role
        // phrase opened the sentence for: "In consultation with the affected agencies, the Attorney General shall" (EO
        // 12250), "In coordination with the affected States, HHS shall" (EO 14108)
        break;
      } else {
        if (itemEnd > at) out.push({ start: at, end: itemEnd, role: phrase[1] });
        departments = SECRETARIES_OF.test(item) && !/\s(?:and|or)\s/.test(item);
      }
      if (!sep) break;
      at = from + sep.index + sep[0].length;
      closing = /\b(?:and|or)\b/.test(sep[0]);
      if (departments) continue;
      // a comma ends it, but an "or" after it names another to act through ("acting through the Fish and Wildlife
      // Service, or any other agency or agencies of the Department of the Interior designated by him", EO 9649)
      if (one && sep[0].includes(',') && !/\bor\b/.test(sep[0])) break;
      if (closing) {
        // the item after "and" is the last one
        lastItem(at);
        break;
      }
    }
    if (out.length) listedTo = out[out.length - 1].end;
  }
  return out;
}

const THROUGH = /^through\b/i;
const AFTER = /^after\b/i;
/**
 * Before an opener that starts a sentence: nothing, or a quote or a paragraph label ("(c) After consultation with"),
 * after the text's start or a sentence's end (a text may hold two: "... declassification guides. (c) After
 * consultation with affected agencies, ...", EO 13292).
 */
const SENTENCE_START = /^\s*["“]?(?:\([A-Za-z0-9]{1,4}\)\s*)?$/;
const NEXT_SENTENCE = /[.;:]\s*["“]?(?:\([A-Za-z0-9]{1,4}\)\s*)?$/;
/**
 * In a list that runs on with no comma: a "the" right after a name (not after "of", "and", ...) starts the next noun,
 * the subject ("After consultation with the Attorney General the Secretary of Labor shall").
 */
const NEXT_NOUN =
  /(?<!\b(?:of|and|or|for|to|on|in|with|by|at|from|under|upon|as|the|than|between|among)\s+)(?<=\w)\s+(?=the\s+[A-Z])/;

/**
 * Where the list of an "after consultation with" / "after consulting (with)" ends, before `end`. At the sentence's
 * start the officials consulted are a phrase that ends at its comma, and the subject comes after it: "After
 * consultation with affected agencies, the Secretary of Defense may establish ..., and the Director of Central
 * Intelligence may establish" (EO 13292), "After consulting with the Task Force, the Administrator of General Services
 * shall" (EO 13934); not ", and the Director" as one more consulted. After the subject's comma ("The Secretary of
 * State, after consultation with the Secretary of Defense, shall", EO 10610) the phrase closes at a comma before
 * "shall"; where none comes ("The Secretary of Defense, after consulting with the Secretary of State, and the Secretary
 * of Energy shall"), the last comma closed it, and the words after it are the subject's.
 */
function afterListEnd(text: string, at: number, from: number, end: number): number {
  if (at <= 12 ? SENTENCE_START.test(text.slice(0, at)) : NEXT_SENTENCE.test(text.slice(at - 12, at))) {
    const comma = text.indexOf(',', from);
    if (comma >= 0 && comma < end) return comma;
    const next = NEXT_NOUN.exec(text.slice(from, end));
    return next && next.index > 0 ? from + next.index : end;
  }
  if (/,\s*$/.test(text.slice(Math.max(0, at - 4), at)) && SHALL_NEXT.test(text.slice(end, end + 8))) {
    const comma = text.lastIndexOf(',', end - 1);
    if (comma >= from) return comma;
  }
  return end;
}
/** The participles of whom an actor acts through or with: "acting through", "working jointly". */
const ACTING = 'acting|working|operating';

/**
 * Before a "through" that names whom one actor acts through: the sentence's start ("Through the Commanding General, the
 * Secretary of Defense shall command", EO 11485), a comma or bracket after the actor ("The Attorney General, through the
 * Federal Enforcement Working Group, ...", EO 13903; "the Secretary of HHS (including through the Director of CDC)", EO
 * 13998), "acting through". Not "including through Title X clinics, HRSA-funded health centers, and the Indian Health
 * Service" (EO 14101), a list of means; nor "through or with the aid of any public officers, Federal agencies, or other
 * governmental agencies" (EO 9554).
 */
const THROUGH_ONE_AFTER = new RegExp(String.raw`(?:[,(]\s*|\b(?:${ACTING})\s+|\(including\s+)$`);
const SENTENCE_OPENS = /^\s*["“]?(?:\([A-Za-z0-9]{1,4}\)\s*)?$/;

/** An "and" or "or" that closes a list of officials. */
const LIST_CLOSES = /,\s*(?:and|or)\s|\s(?:and|or)\s+the\s/;
/**
 * A list of officials that "and" or "or" closes, and a comma after it: "Through the Secretary of Defense, the Secretary
 * of State, and the Attorney General, the Director shall" opens the sentence with all three.
 */
const OPENING_LIST = new RegExp(
  String.raw`^[^;:]*?(?:${LIST_CLOSES.source})[^,;:]*,\s*(?!(?:in|with|through|acting)\b)`,
);

function throughOne(text: string, at: number, from: number, shallAt: number): boolean {
  if (/^(?:or|and)\b/.test(text.slice(from, from + 4))) return false;
  // at the sentence's start the phrase runs to the comma before the subject: one official, or a list that closes
  if (at <= 12 && SENTENCE_OPENS.test(text.slice(0, at)))
    return !OPENING_LIST.test(text.slice(from, Math.min(shallAt, from + 400)));
  return THROUGH_ONE_AFTER.test(text.slice(Math.max(0, at - 12), at));
}

/** "shall" right after a list's last words, with no comma between. */
const SHALL_NEXT = /^\s+shall\b/;

/** Where the first "shall" is, or the end of the text. */
function subjectEnd(text: string): number {
  const shall = /\bshall\b/.exec(text);
  return shall ? shall.index : text.length;
}

/** A list item that opens with "the Secretaries of": the departments after it may be its own. */
const SECRETARIES_OF = /^the\s+Secretaries\s+of\s/i;
/** A department as a "Secretaries of" list names it: "the Treasury", "Defense", "Homeland Security", "Veterans Affairs". */
const DEPARTMENT_NAME =
  /^(?:the\s+(?:Treasury|Interior|Army|Navy|Air\s+Force)|(?!the\b)[A-Z][\w'’]*(?:\s+(?:and\s+)?[A-Z][\w'’]*){0,3})\s*$/;
/** What names an official or a body, not a department: "the United States Trade Representative" is no Secretary's. */
const OFFICIAL_WORD =
  /\b(?:Director|Administrator|Representative|Chair\w*|Secretary|General|Commissioner|Counsel|Assistant|Advis[eo]r|Council|Office|Agency|Board|Commission|Committee|Service|Bureau|Administration|Foundation|Institute|Corps)\b/;

/**
 * For each mention (in order of start), the listed official that holds it whole (`holds`) or any it overlaps. One walk
 * over both, where the items are in order and apart (as one list's are): a search of the items for each mention was
 * quadratic in a sentence that lists thousands of officials.
 */
export function listedAt(
  mentions: readonly { start: number; end: number }[],
  listed: readonly ListedOfficial[],
  holds: boolean,
): (ListedOfficial | undefined)[] {
  const apart = listed.every((l, k) => k === 0 || listed[k - 1].end <= l.start);
  const fits = (m: { start: number; end: number }, l: ListedOfficial) =>
    holds ? m.start >= l.start && m.end <= l.end : m.start < l.end && m.end > l.start;
  if (!apart) return mentions.map((m) => listed.find((l) => fits(m, l)));
  let j = 0;
  return mentions.map((m) => {
    while (j < listed.length && listed[j].end <= m.start) j++;
    return j < listed.length && fits(m, listed[j]) ? listed[j] : undefined;
  });
}

const RANK: Role[] = ['LEAD', 'COORDINATION', 'CONSULTATION', 'SUPPORT'];

/**
 * Before a mention, the words that make it the owner of a thing rather than the subject: "the records
 * and files of the Board are records of the Office of the President and ... shall be maintained": the
 * records are what "shall" speaks of, not the office that owns them. Likewise its report ("The report of the board
 * shall", EO 9655), its expenses and funds ("Any expenses of the Commission shall be paid", EO 12400), a vacancy on it,
 * its creation ("Within 30 days after creation of the board, the parties to the dispute shall submit to the board final
 * offers", EO 12414), what it requests or approves or directs ("the recorder, under the direction of the board, shall
 * draw up the findings", EO 9655).
 */
const OWNED_THING =
  /\b(?:(?:records|files|papers|archives)(?:\s+and\s+(?:records|files|papers))?|report|findings|recommendations?|proceedings|expenses|funds|appropriations|vacanc(?:y|ies)(?:\s+occurring)?|creation|establishment|termination|majority|regulations|request|approval|consent|concurrence|direction|supervision|control|jurisdiction)\s+(?:of|on|in)\s+$/i;
/**
 * Before a mention, its members or officers: "No member of the said board shall" (EO 9553, and "No member of the said
 * Board shall", EO 10630 and ten more boards of the 1950s, where the mention is the name alone), "The senior officer of
 * the board shall be the presiding officer" (EO 9655).
 */
const MEMBERS_OF = /\b(?:members?|membership|officers?)\s+(?:of|on)\s+(?:the\s+)?(?:said\s+)?$/i;
/**
 * Before a mention, its employees: "Employees of the Commission shall be paid at a GS rate" (EO 11744), "civil service
 * officers and employees of the Service shall receive additional pay" (EO 9655, EO 9993), "all employees of the Office
 * of the Federal Inspector shall be subject to" (EO 12142).
 */
const EMPLOYEES_OF = /\bemployees\s+(?:of|in)\s+(?:the\s+)?(?:said\s+)?$/i;
/**
 * A subject that opens on the employees of a list of agencies, after a clause or not: "employees of the several
 * executive departments, independent establishments, and other governmental agencies, including the General Accounting
 * Office, the Government Printing Office, and the field services ..., shall be excused from duty" (holiday orders, EO
 * 10744 to EO 11573, 1957-1970). Every agency of the list, its "including" and its "except those employees of" is whose
 * employees they are; where what follows "shall" is what they are (EMPLOYEES_ARE), none of them is ordered.
 */
const EMPLOYEES_SUBJECT =
  /^\s*["“]?(?:\([A-Za-z0-9]{1,4}\)\s*)?(?:(?:Except|Unless|Subject|Under|In|When|During|Effective|Notwithstanding|Pursuant)\b[^,;:]{0,150},\s*)?(?:(?:[Aa]ll|[Tt]he|[Ss]uch|[Aa]ny)\s+)?(?:(?:civil[- ]service|civilian|Federal)\s+)?(?:(?:officers|officials),?\s+(?:and|or)\s+)?[Ee]mployees\s+(?:of|in)\s/;
/**
 * What members of a body are said to be rather than to do: "No member of the said board shall be pecuniarily or
 * otherwise interested in any organization of railway employees" (EO 9553), "Members of the Council shall serve
 * without compensation" (EO 10194), "shall receive", "shall include". Their acts stay the body's: "Each member of the
 * Committee shall designate a fully deputized alternate" (EO 9735), "agency Members of the Initiative shall:" (EO 14120).
 */
const MEMBERS_ARE =
  /^shall\s+(?:(?:also|each|not|,)\s+)*(?:be|serve|receive|include|consist|comprise|hold|have|remain|continue)\b/;
/**
 * What employees are said to be, and nothing their agency may be ordered to do with them: "shall be excused from duty"
 * (holiday orders, EO 10744 to EO 11696), "shall receive additional pay" (EO 9655, EO 9993), "shall be paid at a GS rate"
 * (EO 11744), "shall be subject to" (EO 12142), "shall be without compensation" (EO 9845). Not MEMBERS_ARE's "be" or "continue" at large: "Employees of the
 * Department of State shall be responsible for maintaining the records", "All officials and employees of each department
 * and agency shall be advised of the name of its Employment Policy Officer" (EO 10590) order the agency.
 */
const EMPLOYEES_ARE =
  /^shall\s+(?:(?:also|each|not|,)\s+)*(?:be\s+(?:excused|entitled|subject\s+to|eligible|paid\s+at|without)\b|receive\b|serve\s+without\b)/;
/**
 * Before a mention, a participle with its "by" or "to" that makes the mention a modifier of the subject: "Each agency
 * identified by the Secretary shall", "Officers detailed to other Executive departments shall report" (EO 10000),
 * "The report submitted by the Secretary of Education under this section shall be" (EO 14188). Not where the one "by"
 * whom is the one who decides: "Such further measures and dispositions as may be determined by the Director of the
 * Bureau of the Budget ... shall be carried out in such manner as the Director shall direct" (EO 9643); nor functions
 * "delegated to" or "transferred to" an officer, who exercises them.
 */
const MODIFIER_AGENT =
  /\b(?:(?<!\bas (?:may|shall|might) be\s+)[a-z]+(?:ed|en|wn)\s+by|(?:detailed|appointed|elected|nominated|named|submitted|supplied|furnished|sent)\s+to)\s+(?:(?:any|each|every|such)\s+)?$/;
/**
 * Before a mention, the words that make it what the subject acts on or for, not the subject: "the Secretary of
 * Transportation, with respect to the Coast Guard when it is not operating as a service in the Navy; the Secretary of
 * Commerce, with respect to the National Oceanic and Atmospheric Administration; ... are directed to prescribe" (EO
 * 12790), "under regulations to be prescribed by the Secretary of Homeland Security with respect to the Coast Guard"
 * (medal orders, 1950-2025), "the Secretary of Defense, in respect of the Department of Defense" (EO 10798).
 */
const TOPIC_OF = /\b(?:with\s+(?:respect|regard|reference)\s+to|in\s+respect\s+(?:of|to))\s+$/i;
/**
 * A clause before the subject that another actor's verb opens: "for thirty days after the board has made its report to
 * the President, no change ... shall be made" (EO 9713), "If the Administrator approves such recommendation, the
 * commission of such officer shall be terminated" (EO 9993). The actors it names (one, or a list) are not the subject.
 */
const SUBORDINATE = /\b(?:[Aa]fter|[Bb]efore|[Uu]ntil|[Uu]nless|[Ww]hen|[Ww]henever|[Ii]f|[Oo]nce|[Ww]hile)\s+$/;
/**
 * A clause before the subject that opens on a period, a condition or a rule, whose actor the next words make the subject
 * of its own verb: "Within 60 days of the Secretary issuing regulations pursuant to subsection (a) of this section,
 * agencies shall" (EO 13658, EO 13706, EO 14026), "Within 120 days of the date on which OMB issues an implementing
 * memorandum ..., each agency shall" (EO 13891), "Subject to any exceptions OPM may establish by regulation, agencies
 * shall" (EO 13562), "Under such conditions as the Civil Service Commission may prescribe, ... employees ... shall"
 * (EO 10376), "In the event the Under Secretaries Committee is unable to reach a decision, the Chairman of that
 * Committee shall" (EO 11902), "Upon receiving notice that the Director intends to submit views ..., the agency shall" (EO 12291), "As the Secretary shall direct, the Administrator shall report" (its "shall" the clause's, see main-shall.ts). CLAUSE_OPENS is where the clause starts (the sentence's start or a comma, after the quote
 * or the number a clause opens with: "(C) If any disagreement arises between affected agencies and the Center regarding
 * the referral review period, the Director of the Information Security Oversight Office shall", EO 13526), read up to the
 * mention; VERB_AFTER the words right after it.
 */
const CLAUSE_OPENS =
  /^\s*["“]?(?:\([A-Za-z0-9]{1,4}\)\s*)?(?:[Ww]ithin|[Nn]ot later than|[Nn]o later than|[Ss]ubject to|[Ee]xcept (?:as|so far as|insofar as)|[Uu]nder|[Pp]ursuant to|[Pp]rior to|[Uu]pon|[Ff]ollowing|[Aa]fter|[Bb]efore|[Uu]ntil|[Uu]nless|[Ii]n the event|[Ii]n instances where|[Ww]here|[Ww]henever|[Ww]hen|[Ii]f|[Oo]nce|[Dd]uring|As(?=\s))\b[^,;:]*$/;
/**
 * After a mention, the participle of whom it acts through or with, which makes it no actor of a clause but the subject
 * with its means: "the Secretary of Homeland Security acting through the Director of CISA shall" (EO 14028), also where
 * the clause before it has no comma to close it ("Within 90 days of this order the Secretary acting through the
 * Administrator, shall").
 */
const ACTING_THROUGH = new RegExp(
  String.raw`(?:${ACTING})\s+(?:through|jointly|in\s+(?:coordination|consultation|conjunction)\s+with)\b`,
);
const VERB_AFTER = new RegExp(
  String.raw`^\s+(?:(?:may|might|will|shall|can|could|would|has|have|had|is|are|was|were|does|do)\b|(?!${ACTING_THROUGH.source})[a-z]+ing\b(?!\s+(?:of|to|in|for|on)\b)|[a-z]+s\s+(?:an?|the|such|its|his|their|that|any|whether)\b|(?:intend|propose|decide|fail|seek|elect|wish|plan|choose|agree|decline|refuse)s\s+to\b)`,
);
/** Before the last item of a list: its "and" or "or". */
const JOINED_LAST = /^\s*,?\s*(?:and|or)\s+$/;
/** How far back a clause before a mention is looked for. */
const CLAUSE_REACH = 200;
/**
 * A pronoun right before "shall" ("he shall", "They promptly shall"): the subject stands for an actor named before, in
 * the sentence or the one before it (see directives.ts). One for several actors or a group, another for one.
 */
export const PRONOUN_BEFORE_SHALL = String.raw`(?:(He|She|It|he|she|it)|(They|they))\s+(?:\w+ly\s+)?$`;
const PRONOUN_SUBJECT = new RegExp(String.raw`\b${PRONOUN_BEFORE_SHALL}`);
/** A relative clause whose subject is the mention before it. */
const WHO = /^\s*,?\s*(?:who|which)\b/;
/** Between two items of a list that "and" or "or" closes. */
const JOINED = /^\s+(?:and|or)\s+$/;
/**
 * Between the subject and a mention after it, the words that make the mention its modifier: "Departments and
 * agencies outside of the Executive Office of the President shall" (EO 12547), "Each executive department, agency, or
 * office represented on the Task Force (Task Force agency) shall" (EO 13676), "the executive departments, agencies, and
 * offices constituting the USA Freedom Corps shall" (EO 13254).
 */
const MODIFIER_GAP =
  /^\s*(?:\([^()]{0,30}\)\s*)?(?:[a-z]+(?:ing|ed)\s+(?:(?:of|on|in|by|to|with|under|within)\s+)?|(?:outside|on|under)\s+(?:of\s+)?)$/;
/**
 * Where an office sits: "the Domestic Council in the Executive Office of the President" (EO 11541) is no act of the
 * Executive Office. After a group it is the group's members, though: "Heads of agencies within the Intelligence
 * Community shall" (EO 12036) are the Intelligence Community's.
 */
const PLACE_GAP = /^\s*(?:within|in)\s+$/;
/** Between two mentions of one list: ", ", " and ", ", and ", " or ". */
export const LIST_SEPARATOR = /^\s*,?\s*(?:(?:and|or)\s+)?$/;

/**
 * Which mentions before "shall" are no subject: the owner of a thing, the agent of a participle, the actors of a clause
 * before it. Each looks at the few words before its mention only (a long sentence's text is not read again for each).
 */
function notSubjects(text: string, mentions: Mention[], shallAt: number): Set<number> | undefined {
  let out: Set<number> | undefined;
  let inClause = false;
  let modifier = false;
  let membersAre: boolean | undefined;
  let employeesAre: boolean | undefined;
  // the first mention that may be the subject: a clause after it is no clause before the subject
  let firstKept = -1;
  // "Whenever the Administrator determines ..., he shall" (EO 11602): the clause's actor is who "he" is
  const pronoun = PRONOUN_SUBJECT.test(text.slice(Math.max(0, shallAt - 12), shallAt));
  // where a subject of employees names its agencies (see EMPLOYEES_SUBJECT), or -1
  const employees = mentions.length && mentions[0].end <= shallAt ? EMPLOYEES_SUBJECT.exec(text.slice(0, 240)) : null;
  const employeesTo = employees ? employees[0].length : -1;
  for (let k = 0; k < mentions.length && mentions[k].end <= shallAt; k++) {
    const m = mentions[k];
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const gap = k > 0 && m.start - mentions[k - 1].end < 40 ? text.slice(mentions[k - 1].end, m.start) : undefined;
    const listed = gap !== undefined && LIST_SEPARATOR.test(gap);
    inClause =
      !pronoun && ((inClause && listed) || (SUBORDINATE.test(before) && clauseEndsBefore(text, m.end, shallAt)));
    // the actors of a clause before the subject, the subject of their own verb: the list the last of them ends, where
    // no subject stood before it ("Under such regulations as the Secretary of Defense and the Secretary of
    // Transportation may prescribe ..., any enlisted member ... shall", EO 11929)
    if (!pronoun && !inClause && VERB_AFTER.test(text.slice(m.end, m.end + 40))) {
      // back over a list its "and" or "or" closes (a comma alone may close a clause before the mention)
      let first = k;
      if (k > 0 && JOINED_LAST.test(text.slice(mentions[k - 1].end, m.start)))
        while (first > 0 && listedBefore(text, mentions, first)) first--;
      if (
        (firstKept < 0 || firstKept >= first) &&
        clauseOpensBefore(text, mentions[first].start) &&
        clauseEndsBefore(text, m.end, shallAt)
      ) {
        for (let j = first; j < k; j++) (out ??= new Set()).add(j);
        if (firstKept >= first) firstKept = -1;
        inClause = true;
      }
    }
    // "are delegated to the Special Representative, who shall designate" (EO 11846): the relative's subject
    const relative = WHO.test(text.slice(m.end, Math.min(shallAt, m.end + 8)));
    const owned =
      OWNED_THING.test(before) ||
      (MEMBERS_OF.test(before) && (membersAre ??= MEMBERS_ARE.test(text.slice(shallAt, shallAt + 40))));
    // one list goes on being what its first item is: "When required by the Office, the Merit Systems Protection
    // Board, or the Special Counsel" (EO 12107)
    modifier =
      !relative &&
      ((modifier && gap !== undefined && JOINED.test(gap)) ||
        owned ||
        MODIFIER_AGENT.test(before) ||
        TOPIC_OF.test(before) ||
        (gap !== undefined && (MODIFIER_GAP.test(gap) || (PLACE_GAP.test(gap) && mentions[k - 1].actor !== 'GROUP'))));
    // the employees' agencies, even with a relative after them ("or other agencies who in the judgment of their agency
    // heads should be at their posts", EO 11503)
    const employer =
      ((employeesTo >= 0 && m.start >= employeesTo) || EMPLOYEES_OF.test(before)) &&
      (employeesAre ??= EMPLOYEES_ARE.test(text.slice(shallAt, shallAt + 40)));
    if (inClause || modifier || employer) (out ??= new Set()).add(k);
    else if (firstKept < 0) firstKept = k;
  }
  return openingPhraseOwners(text, mentions, shallAt, out);
}

/**
 * A phrase that opens the sentence on a preposition, up to its first comma: "In civil-service examinations for the
 * position of Correctional Officer in the Bureau of Prisons, Department of Justice, the United States Civil Service
 * Commission shall restrict competition" (EO 9662), "Subject to applicable provisions of existing law, including the
 * orders of the Office of Defense Transportation ..., the said plants ... shall be managed" (EO 9554), "Upon the request
 * of the Secretary of War, the Department of Justice ... shall" (EO 9595). Not a period ("Within 90 days of this order
 * the Secretary of State, the Secretary of Defense, and ... shall"), whose subject may follow it with no comma.
 */
const OPENING_PHRASE =
  /^\s*["“]?(?:\([A-Za-z0-9]{1,4}\)\s*)?(?:In|Under|Upon|On|Subject to|With respect to|Pursuant to|Notwithstanding|Consistent with|In accordance with|For|As provided|Except as|At the request of|Following|During)\s/;

/**
 * Right before a mention, what puts it inside an opening phrase: a preposition ("guidance of the Secretary of State",
 * "approval by the Department of Justice"), the word of a clause ("In any case wherein the Federal Power Commission,
 * the Secretary of State, and the Secretary of Defense cannot agree", EO 10485), an "and" after a word of the phrase
 * ("In the case of the President's Committee and the Executive Committee", EO 10640), the verb of its "to" ("In order
 * to guide all agencies", EO 13798)
 * or its participle ("In establishing the Office", EO 13793), each with the words of a name before the mention ("the
 * national U.S. Postal Service", EO 13527); or the phrase's own opening words ("Following the Secretary's review").
 * Not a noun ("During the emergency the Secretary of Defense, in consultation with the Attorney General, shall"): the
 * mention after it is the subject, and the phrase has no comma.
 */
const PHRASE_PREPOSITION =
  /(?:\b(?:of|with|to|by|from|for|in|on|under|upon|among|between|within|at|into|across|throughout|against|over|about|as|where|wherein|when|which|that)|[^,\s]\s+(?:and|or)|\bto\s+[a-z]+|\b[a-z]+ing)\s+(?:the\s+|all\s+|each\s+|such\s+)?(?:[a-z]+\s+(?=[A-Z]))?(?:[A-Z][\w'’.]*\s+){0,3}$/;
/** Between two mentions of one list inside the phrase: the comma, and the "and" or "or" that closes it. */
const PHRASE_LIST_COMMA = /^\s*,\s*(?:the\s+)?$/;
const PHRASE_LIST_CLOSES = /^\s*,?\s*(?:and|or)\s+(?:the\s+)?$/;

/**
 * The mentions inside an opening phrase are no subject where one after its comma is: `out` with them added (undefined
 * where there are none). The phrase runs to its first comma, or past it to the end of a list of its own ("With respect
 * to the Department of the Interior, the Department of Agriculture, and the Department of Energy, the Director of OMB
 * shall"); where its first mention follows no preposition, that mention is the subject ("For purposes of this order
 * the Secretary of State, the Secretary of Defense, and the Attorney General shall"). Only the sentence's first few
 * hundred characters are read.
 */
function openingPhraseOwners(
  text: string,
  mentions: Mention[],
  shallAt: number,
  out: Set<number> | undefined,
): Set<number> | undefined {
  if (!mentions.length || !OPENING_PHRASE.test(text.slice(0, 40))) return out;
  const reach = Math.min(shallAt, 300);
  // a phrase of listed plain words runs longer (EO 11490's runs 330 characters); its comma is found that far
  let comma = phraseComma(text, Math.min(shallAt, 500));
  if (comma < 0 || mentions[0].end > comma) return out;
  // the first mention is inside only after a preposition or the phrase's own words; else it is the subject, and the
  // comma after it is its own
  const opening = OPENING_PHRASE.exec(text)![0].length;
  const first = mentions[0];
  if (
    !/^\s*(?:the\s+)?$/.test(text.slice(opening, first.start)) &&
    !PHRASE_PREPOSITION.test(text.slice(Math.max(0, first.start - 30), first.start))
  )
    return out;
  let inside = 0;
  while (inside < mentions.length && mentions[inside].end <= comma) inside++;
  // a list the phrase's last mention opens runs on past the comma where "and" or "or" closes it and a comma follows
  // the list (the comma of "the Secretary of State, the Export-Import Bank shall" ends the phrase)
  if (inside < mentions.length && listedBefore(text, mentions, inside)) {
    let last = inside;
    while (
      last + 1 < mentions.length &&
      mentions[last + 1].end <= reach &&
      PHRASE_LIST_COMMA.test(text.slice(mentions[last].end, mentions[last + 1].start))
    )
      last++;
    const closing = last + 1 < mentions.length ? mentions[last + 1] : undefined;
    if (
      closing &&
      closing.end < reach &&
      PHRASE_LIST_CLOSES.test(text.slice(mentions[last].end, closing.start)) &&
      /^\s*,/.test(text.slice(closing.end, closing.end + 4))
    ) {
      inside = last + 2;
      comma = text.indexOf(',', closing.end);
    }
  }
  let after = false;
  for (let k = inside; k < mentions.length && mentions[k].end <= shallAt && !after; k++)
    after = mentions[k].start > comma && !out?.has(k);
  if (!after) return out;
  const owners = out ?? new Set<number>();
  for (let k = 0; k < inside; k++) owners.add(k);
  return owners;
}

/**
 * After a comma, what goes on with the opening phrase rather than ending it: the next of a list of plain words ("In
 * consonance with national civil defense plans, programs, and operations of the Department of Defense under Executive
 * Order No. 10952, the Secretary of Housing and Urban Development shall:", EO 11001, EO 11092, EO 11490), and a second
 * phrase of the same kind after "and" ("With respect to emergency welfare services as defined above, and in consonance
 * with national civil defense plans, ..., the Secretary of Health, Education, and Welfare shall:", EO 11490). Not a
 * subject in lower case ("In an emergency, agencies, ..."): a determiner, or words a subject opens with.
 */
const PHRASE_GOES_ON = new RegExp(
  String.raw`^,\s*(?:(?:and|or)\s+)?((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*),` +
    // the list's last item, "of" its owner, only as one of the list's own nouns: "components of the Department of
    // Homeland Security" or "staff of the Department of Labor" after "In an emergency," is the subject
    String.raw`|^,\s*(?:(?:and|or)\s+)?((?:[a-z][\w-]*\s+){0,3}?(?:plans|programs|operations|policies|activities|functions|procedures|responsibilities|objectives|requirements|resources|missions|authorities|standards|property|facilities|equipment|materials|supplies|services))\s+of\b` +
    String.raw`|^,\s*and\s+(?:in|with|under|subject\s+to|consistent\s+with|pursuant\s+to)\s`,
);
/** Words of a list item that make it no plain word of the phrase: a determiner, a preposition, a verb, an actor. */
const NOT_PLAIN =
  /\b(?:the|each|all|any|every|such|no|its|their|his|her|a|an|he|it|they|for|in|with|to|by|under|at|on|from|as|that|which|who|where|when|if|shall|may|is|are|agenc(?:y|ies)|departments?|heads?|officers?|officials?|employees|establishments?|bureaus?|offices?|members?|secretar(?:y|ies)|boards?|councils?|committees?|commissions?)\b/;
/** How many commas of a list an opening phrase may pass, at most. */
const PHRASE_COMMAS = 10;

/**
 * A verb before the comma: the words are a clause of their own, and its list no phrase's ("For the purpose of such
 * liquidation there are hereby transferred to the Interstate Commerce Commission the remaining records, property, and
 * personnel of the Office of Defense Transportation", EO 10065).
 */
const PHRASE_VERB = /\b(?:is|are|was|were|be|been|shall|will|may|hereby)\b/;

/** The comma that ends an opening phrase, before `reach`, or -1. */
function phraseComma(text: string, reach: number): number {
  let comma = text.indexOf(',');
  for (let k = 0; k < PHRASE_COMMAS && comma >= 0 && comma < reach; k++) {
    const on = PHRASE_GOES_ON.exec(text.slice(comma, comma + 60));
    const item = on && (on[1] ?? on[2]);
    if (!on || (item && NOT_PLAIN.test(item)) || PHRASE_VERB.test(text.slice(0, comma))) return comma;
    comma = text.indexOf(',', comma + 1);
  }
  return comma < reach ? comma : -1;
}

/** Whether mention `k` is the next item of a list after mention `k - 1`. */
function listedBefore(text: string, mentions: Mention[], k: number): boolean {
  return (
    mentions[k].start - mentions[k - 1].end < 40 &&
    LIST_SEPARATOR.test(text.slice(mentions[k - 1].end, mentions[k].start))
  );
}

/** Whether a clause CLAUSE_OPENS opens runs up to `at`, from the sentence's start or a comma. */
function clauseOpensBefore(text: string, at: number): boolean {
  // the words back to the comma before the mention, or the sentence's start: a bounded window, not the whole sentence again
  const from = Math.max(0, at - CLAUSE_REACH);
  const before = text.slice(from, at);
  const comma = before.lastIndexOf(',');
  return (comma >= 0 || from === 0) && CLAUSE_OPENS.test(before.slice(comma + 1));
}

/** Whether a comma closes the clause after `from` before "shall" (within a few hundred characters). */
function clauseEndsBefore(text: string, from: number, shallAt: number): boolean {
  return text.slice(from, Math.min(shallAt, from + 300)).includes(',');
}

/** A department named bare, without its "the": "Department of Justice", "Treasury Department". */
const BARE_DEPARTMENT = /^(?:Department\s+of\s|[A-Z][a-z]+\s+Department$)/;
/** A department's own name, to tell a list of departments ("the Treasury Department, Department of Commerce"). */
const DEPARTMENT_NAMED = /\bDepartment\b/;
/** After the department, the comma that closes it, and no next item of a list ("and", "the", a name), or the end. */
const APPOSITIVE_CLOSES = /^(?:,(?!\s*(?:(?:and|or|the)\b|[A-Z]))|\s*$)/;

/** Whether a sentence may cite an order by its title. */
const TITLED = /\bentitled\b/;
/**
 * The title of an order or act the sentence cites: 'Executive Order No. 10210 of February 2, 1951, entitled "Authorizing
 * the Department of Defense and the Department of Commerce to Exercise the Functions ..."' (EO 10216, 10227, 10231,
 * 10243, 10281, 10298), 'Section 3(a) of Executive Order 13241 ..., entitled "Providing an Order of Succession Within
 * the Department of Agriculture," is replaced' (EO 13261). Its words name that order, not who acts in this one.
 */
const TITLE = /\bentitled,?\s*["\u201c][^"\u201d]{3,300}["\u201d]/g;

/**
 * The mentions less those inside the title of an order the sentence cites, and less the departments an office's title
 * is followed by, set off by commas, to say where the office is: "by the Chief of the Forest Service, Department of Agriculture, for the purchase" (EO 6160, EO 6208), "to the
 * Administrator of Civil Aeronautics, Department of Commerce, (1) all" (EO 9669), "the Commissioner of Education,
 * Department of Health, Education, and Welfare, as" (EO 11155). The office acts, not its department as a second actor.
 * Not a department of a list ("the Secretary of State, Department of the Treasury, and the Secretary of Commerce",
 * "..., Department of the Treasury, Department of Commerce"), nor one after another department, nor one with its "the"
 * ("the Secretary of Labor, the Department of Justice").
 */
function withoutAppositives(text: string, mentions: Mention[]): Mention[] {
  // only a title that opens at or before a mention may hold it: the words after the last are not searched for one (a
  // sentence with no mention is not searched at all); the mentions come in order, so the last is the last to start.
  // One character past "entitled" is read so that TITLED's word boundary after it can be told.
  const lastStart = mentions.at(-1)?.start;
  const mayTitle = lastStart !== undefined && TITLED.test(text.slice(0, lastStart + 'entitled'.length + 1));
  const titles = mayTitle ? [...text.matchAll(TITLE)] : undefined;
  let t = 0;
  let out: Mention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const prev = mentions[k - 1];
    // the titles and the mentions come in order: one pointer walks the titles
    while (titles && t < titles.length && titles[t].index + titles[t][0].length <= m.start) t++;
    if (
      (titles && t < titles.length && m.start >= titles[t].index) ||
      (prev &&
        BARE_DEPARTMENT.test(m.text) &&
        prev.actor !== 'GROUP' &&
        !DEPARTMENT_NAMED.test(prev.text) &&
        /^,\s*$/.test(text.slice(prev.end, m.start)) &&
        APPOSITIVE_CLOSES.test(text.slice(m.end, m.end + 8)))
    )
      out ??= mentions.slice(0, k);
    else out?.push(m);
  }
  return out ?? mentions;
}

/**
 * The words that put quoted text into an order, shortly before its opening quote: "amended to read as follows:", "by
 * adding ... the following proviso:", "is amended by deleting:", "substitute". Not a colon alone: "the Director: "(i)
 * shall ..." (EO 13764) opens the Director's own list of duties.
 */
const QUOTE_LEAD_IN =
  /\b(?:read|reads|reading|follows?|following|words?|thereto|amended|adding|inserting|deleting|striking|substitut\w*)\b[^"\u201c\u201d]{0,40}$/;

/**
 * Where the quotation that holds the command's "shall" opens, if an amendment puts it into an order: "Paragraphs (2) and
 * (3) of Executive Order No. 6474 ..., relating to the establishment of the Federal Alcohol Control Administration, etc.,
 * are hereby amended to read as follows: "(2) The Administration shall be composed of ..." (EO 6576). The quotation
 * names its own subject; the amending words before it (the order amended, its title) name no one who acts. -1 where the
 * "shall" is not quoted so.
 */
function quotedFrom(text: string, shallAt: number): number {
  if (!text.includes('"') && !text.includes('\u201c')) return -1;
  const open = quoteOpenAt(text, shallAt);
  return open > 0 && QUOTE_LEAD_IN.test(text.slice(Math.max(0, open - 60), open)) ? open : -1;
}

/**
 * The order itself as the whole subject, after an opening phrase or none: "With respect to acquisitions ... made under
 * the rules of a national securities exchange registered with the Securities and Exchange Commission ..., this order
 * shall be effective" (EO 11464), "As required by Section 901 of the Department of Energy Organization Act, this Order
 * shall be published" (EO 12009). The agencies the phrase names are not ordered; not "each agency subject to this order
 * shall" (no comma or start before "this").
 */
const ORDER_SUBJECT =
  /(?:^|,)\s*(?:[Tt]his|[Tt]he\s+foregoing)\s+(?:[Ee]xecutive\s+)?(?:[Oo]rder|[Ss]ection|[Ss]ubsection|[Pp]art|[Pp]aragraph|[Aa]mendment)\s+(?:\w+ly\s+)?$/;

/**
 * Officials of the order or act a sentence cites, not of the sentence: "all the functions and authority vested in and
 * granted by the said Part I to the Secretaries named therein" (EO 10231, 1951; six more orders extending EO 10210 so):
 * those Secretaries are whose functions another agency is given, and act in nothing here.
 */
const NAMED_THEREIN = /^\s*[\w'’-]*\s+(?:named|referred\s+to|specified|designated)\s+therein\b/;

/**
 * Whether the words of mention `m` are followed by NAMED_THEREIN: read from its end on, past the rest of its last word
 * (a piece of a plural ends inside "the Secretaries"), never back through the text (a long list names thousands).
 */
function ofAnotherInstrument(text: string, m: Mention): boolean {
  return NAMED_THEREIN.test(text.slice(m.end, m.end + 60));
}

/**
 * Roles for the mentions of one sentence (positions relative to `text`). Mentions before "shall"
 * that no role phrase claims are the subject (LEAD); after "shall", only role phrases count.
 */
export function assignRoles(
  text: string,
  all: Mention[],
  shallAt: number,
  listed = listedOfficials(text),
): Assignment[] {
  const mentions = withoutAppositives(text, all);
  // the listed official that holds each mention, by its index: a Map of them was a tenth of a long list's garbage
  const itemOf = listed.length ? listedAt(mentions, listed, true) : undefined;
  const notSubject = notSubjects(text, mentions, shallAt);
  // functions moved to an agency: it acts, even named after "shall" ("are transferred to, and shall be exercised and
  // performed by, the Secretary of Agriculture", EO 9577); whose functions they were does not (see transfers.ts)
  const transfer = transferIn(text, mentions, shallAt);
  const quoted = quotedFrom(text, shallAt);
  const orderIsSubject = ORDER_SUBJECT.test(text.slice(Math.max(0, shallAt - 40), shallAt));
  // made at the first assignment, as a list of one: most sentences have one, and a list grown by push was copied to
  // its size for each (the copy and the grown list were garbage by the ten thousand)
  let out: Assignment[] | undefined;
  // one mention needs no check for a second of the same actor (most sentences of a long order name one); a few are
  // checked against the assignments taken (a Set a sentence was garbage by the ten thousand), many against a Set
  const check = mentions.length > 1;
  const seen = mentions.length > FEW_MENTIONS ? new Set<string>() : undefined;
  // by index, the subject read in place: two closures a sentence were garbage too
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (ofAnotherInstrument(text, m)) continue;
    const subject =
      transfer?.recipients.has(k) ||
      (!orderIsSubject && m.end <= shallAt && m.start > quoted && !notSubject?.has(k) && !transfer?.owners.has(k));
    const role = itemOf?.[k]?.role ?? (subject ? 'LEAD' : undefined);
    if (!role) continue;
    if (check && taken(m, out, seen)) continue;
    if (out) out.push(assignment(m, role));
    else out = [assignment(m, role)];
  }
  const passive = passiveAgents(text, mentions, shallAt);
  // the one "by" whom a thing shall be done does it; the subject is what is done, or who is chosen ("The Chairman of
  // the Committee shall be designated annually by the President", EO 9912): it leads only where no one is named
  if (passive?.ordered) {
    const agents = new Set(passive.agents.map(assignmentKey));
    const others = out ? out.filter((a) => a.role !== 'LEAD' && !agents.has(assignmentKey(a))) : [];
    out = [...passive.agents, ...others];
  } else if (passive && !out?.some((a) => a.role === 'LEAD'))
    out = [...passive.agents.filter((a) => !check || !holds(out, seen, assignmentKey(a))), ...(out ?? [])];
  if (!out) return [];
  // a directive's assignments are kept in the model: at their own size (a list of one made here is)
  if (out.length === 1 && !passive) return out;
  return exactSize(out.length > 1 ? out.sort((a, b) => RANK.indexOf(a.role) - RANK.indexOf(b.role)) : out);
}

/** A proviso after the command: ": Provided, That", ", provided further, That", "; Provided, however, That". */
const PROVISO = /[:;,]\s*[Pp]rovided(?:,?\s+(?:however|further)(?:,\s+however)?)?,?\s+[Tt]hat\s+/g;
/** Every proviso holds it: most sentences hold none, and get one shared empty list (read only). */
const MAY_PROVISO = /[Pp]rovided/;
const NO_PROVISO_LEADS: Assignment[] = [];
/** After the proviso's subject, its own command: "shall" (an adverb between), not a passive or a rule ("shall be"). */
const PROVISO_SHALL = /^\s+(?:\w+ly\s+)?shall\s+(?!(?:not\s+)?be\b)/;

/**
 * The actors a proviso after the command orders in its own words: "are transferred to and shall be held, exercised, and
 * performed by the Commissioner of Internal Revenue ...: Provided, That the Attorney General shall continue to exercise
 * the power and authority (a) to remit or mitigate forfeitures" (EO 6639). Its subject is one actor or a list of them
 * right after "That"; none where it is anything else ("Provided, That the Postmaster General may reject", EO 6203).
 */
export function provisoLeads(text: string, mentions: Mention[], shallAt: number): Assignment[] {
  if (!MAY_PROVISO.test(text)) return NO_PROVISO_LEADS;
  const out: Assignment[] = [];
  // provisos and mentions come in order: one pointer walks the mentions (a search for each was quadratic in a long one)
  let k = 0;
  PROVISO.lastIndex = shallAt;
  for (let p = PROVISO.exec(text); p; p = PROVISO.exec(text)) {
    const at = p.index + p[0].length;
    while (k < mentions.length && mentions[k].start < at) k++;
    if (k === mentions.length || mentions[k].start !== at) continue;
    const subject = [mentions[k]];
    while (k + 1 < mentions.length && LIST_SEPARATOR.test(text.slice(mentions[k].end, mentions[k + 1].start)))
      subject.push(mentions[++k]);
    if (PROVISO_SHALL.test(text.slice(mentions[k].end, mentions[k].end + 60)))
      for (const m of subject) out.push(assignment(m, 'LEAD'));
  }
  return out;
}

/**
 * "shall be VERBed ... by": the words between "shall" and the actor of a passive sentence. "A report ... shall be
 * submitted to the President by the Secretary of Labor" (EO 10925), "shall be prescribed by the Civil Service
 * Commission" (EO 10577), "shall be carried out by the Administrator" (EO 11593). Group 1 is the participle, group 2
 * what stands between it and "by". "by or under" the one who does it or has it done: "shall be carried out by or under
 * the International Cooperation Administration" (EO 10742), "shall be performed by or under the authority of the
 * Secretary of State" (EO 10841, EO 11918), "shall be taken by or under the direction of the Director" (EO 10917).
 */
const PASSIVE_BY =
  /^shall\s+(?:(?:also|hereafter|thereafter|jointly|promptly|immediately|further)\s+)?be\s+(?:[a-z]+ly\s+)?([a-z]+(?:ed|en|wn|de|ne|lt|pt|ht|id))\b([^.;:()]{0,100}?\s)?by\s+(?:or\s+under\s+(?:the\s+(?:direction|authority)\s+of\s+)?)?$/;
/** PASSIVE_BY up to its actor, with the President (group 3) where it is he. */
const PASSIVE_BY_AGENT = new RegExp(
  PASSIVE_BY.source.slice(0, -1) + String.raw`(?:(the\s+President\b(?!['’]s|\s+of\b))|(?=\S))`,
);
/**
 * What the subject is and how it works, not what the one "by" is ordered to do: "The Committee shall be chaired by the
 * Special Representative for Trade Negotiations" (EO 11143), "shall be headed by", "shall be supported by" (EO 11905).
 * The subject leads, as it does where no one is named after "by".
 */
const DESCRIBES =
  /^(?:chaired|co-chaired|headed|led|composed|comprised|constituted|supported|assisted|advised|staffed|governed|represented|convened|served|attended)$/;
/**
 * A participle that permits or describes rather than orders: "shall be authorized for use by" (EO 12065), "shall be
 * open to inspection by" (EO 10544).
 */
const NOT_ORDERED = /^(?:authorized|permitted|allowed|entitled|encouraged|open|subject|deemed|considered|construed)$/;
/**
 * Between the participle and "by", another verb or clause whose "by" it is: "shall be given priority ... when so
 * requested by the Secretary" (EO 6838), "as may be agreed upon by" (EO 11874).
 */
const ANOTHER_CLAUSE = /\b(?:[a-z]+ed|when|if|unless|as|which|who|whom|that|where|upon|so|may|shall)\b/;

/** Between two actors of one "by": ", ", " and ", ", and ". */
const AGENT_SEPARATOR = /^\s*(?:,\s*)?(?:and\s+)?$/;

/**
 * The actors of a passive sentence: the one after its "by", and those listed with it; none for the President, who is
 * no actor of the graph ("shall be appointed by the President"). Undefined where the sentence is not such a passive.
 */
function passiveAgents(
  text: string,
  mentions: Mention[],
  shallAt: number,
): { agents: Assignment[]; ordered: boolean } | undefined {
  const passive = PASSIVE_BY_AGENT.exec(text.slice(shallAt, shallAt + 200));
  if (!passive || NOT_ORDERED.test(passive[1]) || ANOTHER_CLAUSE.test(passive[2] ?? '')) return undefined;
  const ordered = !DESCRIBES.test(passive[1]);
  if (passive[3]) return ordered ? { agents: [], ordered } : undefined;
  const agentAt = shallAt + passive[0].length;
  let first = mentions.findIndex((m) => m.start >= agentAt && m.start <= agentAt + 4);
  // an owner is no agent: "The Secretary shall be guided by the Council's recommendations" orders the Secretary
  if (first >= 0 && /^['’]s\b/.test(text.slice(mentions[first].end, mentions[first].end + 3))) return undefined;
  if (first < 0) {
    // a "by" further on, after an actor the sentence does not name ("shall be determined by the heads of the respective
    // departments ... or by the Commissioners of the District of Columbia", EO 10012): its actor leads where no
    // subject does
    first = mentions.findIndex((m) => {
      // PASSIVE_BY spans a few words: a mention further on is no agent of it (nor a reason to copy the text up to it)
      const later = m.start > shallAt && m.start < shallAt + 200 ? PASSIVE_BY.exec(text.slice(shallAt, m.start)) : null;
      return later !== null && !NOT_ORDERED.test(later[1]) && !ANOTHER_CLAUSE.test(later[2] ?? '');
    });
    if (first < 0) return undefined;
    return { agents: agentsFrom(text, mentions, first), ordered: false };
  }
  return { agents: agentsFrom(text, mentions, first), ordered };
}

/** The actor after a passive's "by", and those listed with it, each once. */
function agentsFrom(text: string, mentions: Mention[], first: number): Assignment[] {
  const out = [assignment(mentions[first], 'LEAD')];
  const seen = new Set([actorKey(mentions[first])]);
  for (
    let k = first + 1;
    k < mentions.length && AGENT_SEPARATOR.test(text.slice(mentions[k - 1].end, mentions[k].start));
    k++
  ) {
    if (seen.has(actorKey(mentions[k]))) continue;
    seen.add(actorKey(mentions[k]));
    out.push(assignment(mentions[k], 'LEAD'));
  }
  return out;
}

/** Past this many mentions, a sentence keeps a set of its assignments' actor keys instead of searching them. */
const FEW_MENTIONS = 8;

/** Whether mention `m`'s actor has an assignment already; else it is now seen. */
function taken(m: Mention, out: Assignment[] | undefined, seen: Set<string> | undefined): boolean {
  const key = actorKey(m);
  if (holds(out, seen, key)) return true;
  seen?.add(key);
  return false;
}

/** Whether the actor of `key` has an assignment: in `seen` (their keys) where kept, else searched in `out`. */
function holds(out: Assignment[] | undefined, seen: Set<string> | undefined, key: string): boolean {
  if (seen) return seen.has(key);
  if (!out) return false;
  for (let k = 0; k < out.length; k++) if (assignmentKey(out[k]) === key) return true;
  return false;
}

/** Which actor a mention names, to take each once: its id, or its words when it has none. */
function actorKey(m: Mention): string {
  return m.actorId ?? `text:${m.text.toLowerCase()}`;
}

/** Which actor an assignment names, as actorKey does for a mention. */
function assignmentKey(a: Assignment): string {
  return a.actorId ?? `text:${a.actorText.toLowerCase()}`;
}

/** The assignment of a mention, built in place with its keys in the usual order (two spreads made three objects). */
function assignment(m: Mention, role: Role): Assignment {
  const { actor, actorId, text: actorText, name: actorName } = m;
  if (actorId) return actorName ? { actor, actorId, actorText, actorName, role } : { actor, actorId, actorText, role };
  return actorName ? { actor, actorText, actorName, role } : { actor, actorText, role };
}
