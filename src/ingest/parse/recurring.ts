/**
 * How often a standing duty recurs: "The Secretary shall report to the President annually" (EO 12770), "shall report at
 * least semiannually" (EO 12044), "Report periodically, at least quarterly" (EO 11905), "At least once every three
 * months, the Chairman ... shall survey" (EO 10182), "Within 1 year of the date of this order, and annually thereafter,
 * the Council shall submit" (EO 13803), "shall submit an annual report to the President" (EO 6868). Kept as an ISO 8601
 * duration ("P1Y", "P6M", "P3M"); a first deadline the text also gives is read apart (see deadlines.ts).
 *
 * Read only where the words time the command's own verb: after its "shall" in the same clause, or opening the sentence
 * before it. Not in a clause of its own ("except that of reporting annually to the Congress", the Federal Advisory
 * Committee Act boilerplate of some seventy orders; "vehicles acquired annually"; "by 10 percent annually", a rate),
 * not in quoted amendment text (after a quoted name it is: "a Presidential advisory committee entitled the "President's
 * Board of Advisors on Historically Black Colleges and Universities" (Board) The Board shall prepare and issue an annual
 * report", EO 13256), not after "may".
 */
import { MONTH_NAME as MONTH, MONTHS } from './dates';
import { mainShall } from './main-shall';
import { quotationsUpTo } from './quotes';
import { NUMBER_IN_WORDS, numberInWords } from './words-dates';

const ADJECTIVE: Record<string, string> = {
  annual: 'P1Y',
  yearly: 'P1Y',
  semiannual: 'P6M',
  'semi-annual': 'P6M',
  // twice a year, as the executive branch reads it: "Bi-annually following the initial submission ..., the head of each
  // agency shall submit ... a report" (EO 14005), whose reports OMB asked for semi-annually (M-21-26); "every two years"
  // is "biennial"
  biannual: 'P6M',
  'bi-annual': 'P6M',
  quarterly: 'P3M',
  monthly: 'P1M',
  weekly: 'P1W',
  biennial: 'P2Y',
  // a review or study of every few years: "The Council shall conduct a quadrennial supply chain review" (EO 14123)
  triennial: 'P3Y',
  quadrennial: 'P4Y',
};
const UNIT: Record<string, string> = { year: 'Y', month: 'M', week: 'W', day: 'D' };
/** The count an ordinal of "every third year" stands for. */
const NTH: Record<string, number> = { other: 2, second: 2, third: 3, fourth: 4, fifth: 5 };
const ONCE: Record<string, string> = { year: 'P1Y', quarter: 'P3M', month: 'P1M', week: 'P1W' };

// the adverbs that only say how often ("annually"); "yearly", "quarterly", "monthly", "weekly" are also adjectives
// ("State Monthly Report", "quarterly and annual reports"), so they count only where no noun follows them, or where the
// verb's object follows with its own article, which no adjective stands before ("shall report to the Congress quarterly
// the name of each claimant", EO 9786); "biannually" is twice a year (see ADJECTIVE), "biennially" every two years
// a least frequency is the interval ("at least annually", "not less than twice a year"); "not more than once a year" is
// a cap, not a duty, and is not read
const AT_LEAST = String.raw`(?:(?:at least|(?:not|no) less (?:often |frequently )?than) )?`;
/** The adjectives of a period done again (see ADJECTIVE). */
const EVERY_FEW = String.raw`annual|yearly|semi-?annual|bi-?annual|quarterly|monthly|weekly|biennial|triennial|quadrennial`;
/** What is paid, due or made on a day, not done on it ("payable on the first day of each quarter", EO 9744). */
const NOT_DONE_ON = String.raw`(?<!\b(?:payable|due|effective|made|held|paid)\s)`;
/** Two or more months' names in a list ("March, June, September, and December"), of at most a year's twelve. */
const MONTH_LIST = String.raw`${MONTH}(?:,\s+${MONTH}){0,10},?\s+and\s+${MONTH}`;
const RECUR = new RegExp(
  [
    String.raw`\b${AT_LEAST}(annually|semi-?annually|bi-?annually|biennially)\b`,
    String.raw`\b(yearly|quarterly|monthly|weekly)(?=\s*(?:[,.;)]|$|(?:to|on|thereafter|at|in|by|from|through|until|unless|as|with|during|the|an?|all|such|its|their|his|each)\b))`,
    // "on at least an annual basis" (EO 13957, EO 13179), "on at least a quarterly basis" (EO 13714)
    String.raw`\bon (?:at least )?an? (${EVERY_FEW}) basis\b`,
    // and a number of times a year: "The Council shall meet three times a year" (EO 13647), "not less than four times per
    // year" (EO 13747), "shall meet no less often than twice yearly" (EO 13702), "a subsequent report at least once
    // annually thereafter" (EO 13920)
    String.raw`\b${AT_LEAST}(once|twice|(?:two|three|four|six|twelve) times) (?:(?:a|each|every|per) (?:calendar |fiscal )?(year|quarter|month|week)|(yearly|annually))\b`,
    // "shall communicate plans ... each fiscal year" (EO 13859)
    String.raw`\b(?:each|every) (?:calendar |fiscal )?year\b`,
    // "each" too, where it is no count of service or a period's name: "shall report thereon to the President each six
    // months" (EO 10938); not "the completion of (a) each twelve months of service" (EO 9578) nor "each six months period
    // thereafter" (EO 6085)
    String.raw`\b${AT_LEAST}(?:once )?(?:every|each(?!\s+\S+\s+\S+\s+(?:of|period)\b)) (\d{1,3}|${NUMBER_IN_WORDS}) (years|months|weeks|days)\b`,
    // a report, review or plan made each period: "shall submit an annual report to the President" (EO 6868, 10758,
    // 12232, 13169, 13837), "shall submit a quarterly progress report" (EO 13411); not "its annual report" or "the
    // annual report required by section 6(c)", which name one report, nor "an annual goal" (a goal for a year); an update,
    // meeting or briefing as well: "shall provide an annual update" (EO 13864, EO 14008), "shall convene a monthly
    // meeting" (EO 14151)
    String.raw`\ban? (${EVERY_FEW})\s+(?:[\w-]+\s+){0,3}?(?:report|review|plan|update|meeting|briefing)s?\b`,
    // and reports with no article right after the verb: "shall provide quarterly reports to the APNSA" (EO 14028); not
    // "quarterly and annual reports" (EO 6858), which gives two intervals; updates too ("shall provide monthly updates to
    // the Vice President", EO 13576)
    String.raw`\b(?:submit|provide|make|prepare|issue|transmit|publish) (annual|yearly|semi-?annual|bi-?annual|quarterly|monthly|weekly|biennial)\s+(?:(?!and\b|or\b)[\w-]+\s+){0,2}?(?:reports|updates)\b`,
    // a day of each period the act is done on: "On the last day of each month the local board shall forward" (EO
    // 10001, 10116), "The Board shall at the close of each month make ... a report" (EO 6763), "At the end of each
    // fiscal year the Commission shall submit" (EO 9817, 9830), "shall present ... at the end of each calendar year a
    // report" (EO 11752), "on or before the 15th day of each month" (EO 10001), "shall furnish the Secretary of the
    // Treasury, not later than the 15th day of each month, a statement" (EO 6869), "so as to reach him not later than the
    // fifteenth day of each month" (EO 10714); not what is paid, due or made on such a day ("payable on the first day of
    // each quarter", EO 9744); the day a report is made up to, as well: "shall prepare, in triplicate, as of the end of
    // each month ... a report" (EO 10714), "to prepare, as of the 10th day of each month, a letter" (EO 10001, 10116)
    // a part of each period too: "during the first quarter of each fiscal year"
    String.raw`${NOT_DONE_ON}\b(?:(?:at|on|by|before|later than|as of) the (?:close|end|(?:last|first|second|third|[a-z]+th|\d{1,2}(?:st|nd|rd|th)) (?:business )?day)|(?:during|in) the (?:first|second|third|fourth|last) (?:quarter|month|half|week)) of (?:each|every) (?:calendar |fiscal )?(month|quarter|year)\b`,
    // "succeeding reports shall be prepared and submitted every other year" (EO 12682), "every second year" (EO 12682),
    // "shall, by September 30, 2005, and every third year thereafter, prepare a report" (EO 13287)
    String.raw`\bevery ((?:other|second|third|fourth|fifth) (?:year|month|week))\b`,
    // the meetings to be called each year: "the Chairman shall call at least one meeting and two meetings,
    // respectively, to be held during each calendar year" (EO 10640, 10994, 11480, 12640); the words between name the
    // meeting, not another command (no "shall", no clause of its own) nor a part of the year ("at least one meeting of the
    // Commission during each quarter of each calendar year", EO 10472, is the part: one meeting each quarter)
    String.raw`\b${AT_LEAST}(one|two|three|four|six|twelve|a) (?:meeting|session)s?\b(?:(?!\b(?:shall|may|which|that|each|every)\b)[^.;:()"“”]){0,80}?\b(?:during |in )?(?:each|every) (?:(?:calendar )?(quarter)(?: of (?:each|every) (?:calendar |fiscal )?year)?|(?:calendar |fiscal )?year)\b`,
    // the months of the year it is done in: "shall provide a report ... every January and July" (EO 14091), "shall
    // publish, in October and April of each year, an agenda" (EO 12291), "on the second Monday of January and July for
    // each year thereafter" (EO 13610), "on or before the 15th day of January, April, July, and October" (EO 10258); a
    // day of two or more months with no year after them is a day of every year, as "of each month" is of every month.
    // Not a span of one year ("between March and April of 2020", EO 13947), nor months of one year ("at the end of June
    // and December of that year"), nor a day of a month and a date ("the first day of January and July 1"); the day's
    // preposition is asked for so that what is paid or made on it is seen ("payments made on the first day of January
    // and July").
    String.raw`\b(?:each|every) (${MONTH_LIST}|${MONTH})\b`,
    String.raw`\b(${MONTH_LIST}|${MONTH})(?: (?:of|for|in))? (?:each|every) (?:calendar )?year\b`,
    String.raw`${NOT_DONE_ON}\b(?:on or before|on|at|by|before|later than|as of) the (?:(?:last|first|second|third|[a-z]+th|\d{1,2}(?:st|nd|rd|th)) (?:business )?day|close|end) of (${MONTH_LIST})\b(?!,?\s*\d|\s+(?:of|in)\s+(?:\d{4}|that|this|the)\b)`,
    // a period after each period's close: "The Secretary shall, not later than 120 days after the close of each fiscal
    // year, submit to the President a full report" (EO 11625), "Within 90 days of the conclusion of each Fiscal Year from
    // 2021 through 2026, the Chairperson shall submit a report" (EO 13934); the period from that close is the deadline's
    String.raw`\b(?:(?:within|(?:not|no) later than) )?(?:\d{1,3}|${NUMBER_IN_WORDS}) (?:\(\d{1,3}\) )?(?:calendar )?(?:days|weeks|months) (?:after|following|from|of) the (?:close|end|conclusion|expiration) of (?:each|every) (?:calendar |fiscal )?(month|quarter|year)\b`,
    // each year after a first one the text names: "For fiscal year 2018, and for each fiscal year thereafter, each agency
    // shall provide a report" (EO 13839); not a count given for each year ("1 point for each year thereafter", EO 6175)
    String.raw`(?<=\band,?\s+)for (?:each|every) (?:calendar |fiscal )?year thereafter\b`,
  ].join('|'),
  'gi',
);
/** Without one of these words RECUR cannot match. */
const MAY_RECUR = new RegExp(
  String.raw`annual|yearly|quarter|monthly|weekly|ennial|once|twice|times|each|every|(?:day|close|end) of ${MONTH}`,
  'i',
);

// what may not stand between the command's "shall" and the words: a clause of its own ("which", "that", "except"), a
// condition or a permission ("if", "may"), another command ("shall"), a list ("(b)", ";", ":"), a rate ("percent").
// A second verb of the same subject is the same command: "shall conduct an objective review ... and shall report its
// findings to the President semi-annually" (EO 10656), "shall monitor the implementation of this order ... and shall
// report thereon to the President ... not less often than semiannually" (EO 13432), "shall provide appropriate measurable
// objectives and, after the first year, shall annually assess" (EO 13532); "and the Board shall" is another's. Not a
// second verb after the first one's own deadline, or one done "thereafter": "shall, within 6 months ..., create a ...
// Screening Tool and shall annually publish" (EO 14008), "shall submit ... a plan ..., and shall thereafter submit
// reports ... once each year" (EO 13407) recur in their own command, not the plan's.
// A mark whose item opens with a time ("within", "not later than", "thereafter") lists the same command's times, not
// other commands: "establish and report ... a comprehensive inventory of absolute greenhouse gas emissions ... (i) within 15 months of the date of this
// order for fiscal year 2010, and (ii) thereafter, annually at the end of January, for the preceding fiscal year" (EO
// 13514).
// (case-sensitive: "(b)" is a list's mark, "(OMB)" a name's short form; "section 3(a)" and "subsection (d)" cite a part,
// as in "the heads of agencies identified in section 3(a) of this order shall submit reports" (EO 14104), no list)
const OTHER_CLAUSE =
  /[;:]|(?<![\w)]|\b(?:[Ss]ub)?(?:[Ss]ection|[Pp]aragraph|[Cc]lause)s?\s)\((?:[ivx]{1,5}|[a-z]|\d{1,3})\)(?!\s+(?:thereafter|within|(?:not|no) later than)\b)|\(including\b|\b(?:which|that|who|whom|whose|where|when|whether|if|unless|except|may|might|(?<!\band(?:,[^,;:]{1,60},)?\s)shall|(?<=\b(?:[Ww]ithin|later than)\b[^;:]{0,300}\band(?:,[^,;:]{1,60},)?\s)shall|shall(?=\s+thereafter\b)|percent|payable|not to exceed|[Rr]equire|[Rr]equires|[Rr]equiring)\b/;
// an interval opening the sentence, or set off right before "shall": "Annually the Committee shall", "Within 1 year of
// the date of this order, and annually thereafter, the Council shall", "The Tariff Commission, at least once a year,
// shall submit" (EO 9832)
/**
 * A list's mark the sentence opens with, where the text kept it ("(b) On the last day of each month the local board
 * shall post", EO 10001).
 */
const LIST_MARK = String.raw`(?:\((?:[a-z]|[ivx]{1,5}|\d{1,3})\)\s+)?`;
/** The words that open a first time: "within 120 days of", "beginning", "Ninety days after", "For fiscal year 2018". */
const FIRST_TIME = String.raw`within|(?:not|no) later than|by|beginning|starting|on or before|after|following|[\w-]+ (?:days|months|years) (?:after|from|following)|for (?:the )?(?:fiscal |calendar )?year`;
const OPENING = new RegExp(String.raw`^\s*${LIST_MARK}(?:(?:${FIRST_TIME})\b[^;:"“”]*?,?\s+and\s+)?$`, 'i');
const SET_OFF = /,\s*$/;
// or joined by "and" to a first time before the command, and done "thereafter": "In September 2023, and on an annual
// basis thereafter, ... agency heads shall submit" (EO 14091), "At the time of its report of the estimates ... for 1968,
// and biennially thereafter, ... the Commission shall report" (EO 11377), "The Director of National Intelligence, within
// 120 days of the date of this order and annually thereafter, shall submit" (EO 14060), "Within 1 year of the effective
// date of the regulations ... and, as appropriate but no less than annually thereafter, the Secretary ... shall" (EO
// 14105). Its subject may hold a clause of its own ("the head of each agency that has procured commercial spyware for
// operational use shall provide", EO 14093), but no other command (THEN_ON_STOP).
const THEN_ON = new RegExp(
  String.raw`(?:^|,)\s*(?:${FIRST_TIME}|in|at|upon)\b[^;:,"“”]*,?\s+and(?:,\s*as (?:appropriate|necessary|needed),?(?:\s+but)?)?\s+$`,
  'i',
);
const THEN_ON_STOP = /[;:"“”]|\b(?:shall|may|must|will)\b/;
// or an adverb right before "shall": "The Commission annually shall conduct at least one public meeting" (EO 12501); not
// in a clause of its own ("agencies that report annually shall")
const RIGHT_BEFORE_SHALL = /^\s+$/;
const IN_RELATIVE = /\b(?:which|that|who|whom)\b[^,;:]*$/i;
// "compensated annually", "acquired annually", "a Vice Chair, selected every 2 years" (EO 13659), "the terms of five
// members expiring each year" (EO 11807): a participle's own time, not the command's ("shall be designated annually" is)
const PARTICIPLE = /(?:\b([a-z]+)([\s,]+))?\b[a-z]{3,}(?:ed|ing)\s+$/i;
// ... unless it times the next ones of the command's own report: "shall submit a report to the President, with the first
// report submitted no later than December 31, 2024, and subsequent reports submitted every 4 years thereafter" (EO 14123)
const NEXT_ONES =
  /\b(?:subsequent|additional|further|later)\s+(?:[\w-]+\s+){0,2}?(?:reports?|updates?|reviews?|plans?|assessments?)\s+[a-z]{3,}ed\s+$/i;
// "each year" that counts what is in a year ("during each calendar year", "of each year", "for each fiscal year")
const IN_A_YEAR = /\b(?:of|during|for|in|per|through|throughout|within|over)\s+$/i;
// "twice yearly" is not yearly; "annually over the past five years" (EO 13767) is how a sum is counted
// nor is a cap ("not more than once a year", "at most")
const NOT_HOW_OFTEN_BEFORE = /\b(?:twice|times|(?:not|no) more (?:often |frequently )?than|at most|up to)\s+$/i;
const NOT_HOW_OFTEN_AFTER = /^,?\s+over the (?:past|last|previous|preceding)\b/i;
// "the strategies the FPISC annually identifies" (EO 13807): an adverb before another subject's verb, not after "shall"
const OTHER_VERB_AFTER = /^\s+[a-z]+(?:ies|es)\b/;
// a "shall" of a relative clause ("clothing which shall be furnished annually", EO 10049) is not the command's
const RELATIVE_SHALL = /\b(?:which|that|who|whom)\s+$/i;
const PASSIVE = /^(?:be|been|being|is|are|was|were)$/i;
const OTHER_CLAUSE_G = new RegExp(OTHER_CLAUSE.source, 'g');
/** How far from the sentence's start, or from its "shall", an opening interval may stand. */
const MAX_OPENING = 300;
/**
 * How far before its "shall" an interval opening the sentence may stand: a subject with those it consults runs long
 * ("Within 1 year of the date of this order, and annually thereafter, the Secretary, in consultation as appropriate
 * with the Secretary of the Treasury, ... and the Chairman of the Federal Communications Commission, shall assess", EO
 * 13873; EO 14110).
 */
const MAX_TO_SHALL = 600;

/** The interval of `n` times a `unit`: once a quarter is every three months, twice a year every six. */
function timesIn(n: number | undefined, unit: string): string | undefined {
  const per = unit.toLowerCase();
  if (n === 1) return ONCE[per];
  // a month or a week so divided is no whole unit
  return per === 'year' && n && 12 % n === 0 ? `P${12 / n}M` : undefined;
}

/**
 * The interval between the months a duty is done in, where they fall evenly through the year: "January and July" six
 * months, "January, April, July, and October" three, one month a year; "March and May" none. A month's name is
 * written with its capital: "each may designate" is no month.
 */
function monthsApart(list: string): string | undefined {
  const words = list.match(/[A-Za-z]+/g)!.filter((w) => w !== 'and');
  if (words.some((w) => !/^[A-Z]/.test(w))) return undefined;
  const at = [...new Set(words.map((w) => MONTHS.indexOf(w.toLowerCase())))].sort((a, b) => a - b);
  const gap = 12 / at.length;
  if (!at.every((k, i) => i === 0 || k - at[i - 1] === gap)) return undefined;
  return gap === 12 ? 'P1Y' : `P${gap}M`;
}

function durationOf(m: RegExpExecArray): string | undefined {
  const [
    ,
    adverb,
    adverb2,
    basis,
    onceWord,
    onceUnit,
    onceYearly,
    count,
    unit,
    adjective,
    plural,
    dayOf,
    other,
    meetings,
    per,
  ] = m;
  const months = m[15] ?? m[16] ?? m[17];
  const afterClose = m[18];
  if (afterClose) return ONCE[afterClose.toLowerCase()];
  if (months) return monthsApart(months);
  const word = (adverb ?? adverb2)?.toLowerCase();
  // an adverb is its adjective's period: "semi-annually" is "semi-annual", "biannually" "biannual"
  if (word) return ADJECTIVE[word.replace(/ally$/, 'al')];
  if (basis) return ADJECTIVE[basis.toLowerCase()];
  if (onceWord) {
    const times = onceWord.toLowerCase();
    const n = times === 'once' ? 1 : times === 'twice' ? 2 : numberInWords(times.replace(/ times$/, ''));
    return timesIn(n, onceYearly ? 'year' : onceUnit);
  }
  if (meetings) {
    const n = /^a$/i.test(meetings) ? 1 : numberInWords(meetings);
    return timesIn(n, per ?? 'year');
  }
  if (count) {
    const n = /^\d+$/.test(count) ? Number(count) : numberInWords(count);
    return n ? `P${n}${UNIT[unit.toLowerCase().replace(/s$/, '')]}` : undefined;
  }
  if (adjective ?? plural) return ADJECTIVE[(adjective ?? plural).toLowerCase()];
  if (dayOf) return ONCE[dayOf.toLowerCase()];
  if (other) {
    const [nth, period] = other.toLowerCase().split(' ');
    return `P${NTH[nth]}${UNIT[period]}`;
  }
  return 'P1Y'; // each year, every year, each year thereafter
}

/** How often the directive of this sentence recurs, as an ISO 8601 duration ("P1Y"), if the text says so. */
export function repeatsEveryIn(sentence: string): string | undefined {
  if (!MAY_RECUR.test(sentence)) return undefined;
  // a clause handed its verb by a lead sentence ("shall: (i) report annually") has no "shall": it opens with its verb
  const shall = mainShall(sentence);
  if (shall && RELATIVE_SHALL.test(sentence.slice(Math.max(0, shall.index - 8), shall.index))) return undefined;
  const verbAt = shall ? shall.index + 'shall'.length : 0;
  // where the command's clause ends, and its quotations: found once, so a long text is read once, and only for a match
  // (most sentences hold none: two more passes of each)
  let clauseEnd: number | undefined;
  let quoted: ((at: number) => boolean) | undefined;
  RECUR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RECUR.exec(sentence))) {
    const at = m.index;
    if (clauseEnd === undefined) {
      OTHER_CLAUSE_G.lastIndex = verbAt;
      clauseEnd = OTHER_CLAUSE_G.exec(sentence)?.index ?? sentence.length;
    }
    if (at >= Math.max(verbAt, clauseEnd)) break;
    if ((quoted ??= quotationsUpTo(sentence))(at)) continue;
    const before = sentence.slice(Math.max(0, at - MAX_OPENING), at);
    if (at < verbAt) {
      // before the verb: the sentence's opening, or set off by commas just before "shall"
      if (shall!.index - at > MAX_TO_SHALL) continue;
      const between = sentence.slice(at + m[0].length, shall!.index);
      const thenOn = /^\s+thereafter\b/.test(between) && THEN_ON.test(before);
      if (thenOn ? THEN_ON_STOP.test(between) : OTHER_CLAUSE.test(between)) continue;
      const setOff = SET_OFF.test(before) && /^(?:\s+thereafter)?\s*,\s*$/.test(between);
      const rightBefore = /ly$/i.test(m[0]) && RIGHT_BEFORE_SHALL.test(between) && !IN_RELATIVE.test(before);
      if (!(at <= MAX_OPENING && OPENING.test(before)) && !setOff && !thenOn && !rightBefore) continue;
    }
    const near = before.slice(-40);
    const p = PARTICIPLE.exec(near);
    const ownVerb = p && p[1] && /^\s+$/.test(p[2]) && (PASSIVE.test(p[1]) || /^shall$/i.test(p[1]));
    if (p && !ownVerb && !NEXT_ONES.test(before.slice(-80))) continue;
    if (NOT_HOW_OFTEN_BEFORE.test(near)) continue;
    const after = sentence.slice(at + m[0].length, at + m[0].length + 40);
    if (NOT_HOW_OFTEN_AFTER.test(after) || (/ly$/i.test(m[0]) && OTHER_VERB_AFTER.test(after))) continue;
    if (/^(?:each|every) /i.test(m[0]) && IN_A_YEAR.test(near)) continue;
    const every = durationOf(m);
    if (every) return every;
  }
  return undefined;
}
