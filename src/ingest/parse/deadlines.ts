/**
 * When a directive is due, as orders say it: a period ("within 90 days", "not later than six
 * months", "no later than 1 year of the date of this order"), counted from this order or from
 * another event, or a date ("by September 30, 2018", "on or before June 11, 1948").
 */
import { addDays, MONTH_NAME as MONTH, MONTHS, toIsoDate } from './dates';
import { inQuotation } from './quotes';
import { NUMBER_IN_WORDS, numberInWords, ordinalDay } from './words-dates';
import { yearlyDueIn } from './yearly-deadlines';

export interface Deadline {
  /** The period, when the text counts it in days. */
  days?: number;
  /** The period, when the text counts it in months or years (a year is 12). */
  months?: number;
  /** What the period counts from, when that is not this order: "submitting the plan". */
  event?: string;
  /** The due date, only when it is truly known: a date the text names, or this order's date plus the period. */
  dueOn?: string;
  /** The month and day it falls due every year ("by March 15 of each year": "--03-15"); then it has no dueOn. */
  eachYearOn?: string;
}

// "within", "not later than", "no later than": words that bound a period; "not less than" (a
// minimum notice) and "for not more than" (a duration) do not. "within a period of sixty days" (EO 6756), "within no
// more than 30 days" (EO 13867) and weeks ("within 2 weeks of the date of this order", EO 13999) too. "in the first" a
// period from a start bounds it as "within" does: "shall initiate efforts in the first 60 days from the date of this
// order" (EO 14008); "in the first 18 months of my Administration" (EO 13951) is a time gone by (see FIRST_FROM).
/** The units a period is counted in. */
const UNITS = String.raw`days?|weeks?|months?|years?`;
const PERIOD = new RegExp(
  String.raw`\b(?:within|(?:not|no) later than|in the first)\s+(?:((?:a|the) period of)\s+|(?:not|no) more than\s+)?` +
    String.raw`(?:(an?)|(\d{1,4})|([a-z]+(?:[\s-]+[a-z]+){0,4}?))\s*(?:\((\d{1,4})\)\s*)?` +
    String.raw`(?:calendar\s+|working\s+|business\s+)?(${UNITS})\b`,
  'gi',
);

/**
 * A period with no "within" before it, when it says when the act is done: "The Commission shall terminate 30 days after
 * submitting its final report" (EO 12062 and some sixty orders since 1950), "Ninety days after the date of this order,
 * and on a quarterly basis thereafter, the Secretary shall" (EO 13821), "not more than 90 days following the effective
 * date of this Order" (EO 12657). Its words before it (BARE_NOT_WHEN) tell a duration or a condition from it.
 */
const BARE = new RegExp(
  String.raw`\b(?:(\d{1,4})|(${NUMBER_IN_WORDS}))\s*(?:\((\d{1,4})\)\s*)?(?:calendar\s+|working\s+|business\s+)?` +
    String.raw`(${UNITS})(?=,?\s+(after|following|from|before|prior to)\b)`,
  'gi',
);
const MAY_BARE = new RegExp(String.raw`\b(?:${UNITS}),?\s+(?:after|following|from|before|prior to)\b`, 'i');
// Before an event, a least time is the deadline: "shall present such calls ... not less than 60 days prior to the
// period during which the delivery and induction of such men are to be accomplished" (EO 10001, 10167, 10735, 11360),
// "publish or serve notice ... not less than 75 days before the comment due date" (EO 12662), "shall be published by the
// Secretary at least 90 days before such new minimum wage is to take effect" (EO 13658); after one it is the earliest,
// no deadline.
/** The word after a period that makes it a least time before an event ("60 days prior to"). */
const BEFORE_WORD = /^(?:before|prior)/i;
const BARE_LEAST = /\b(?:(?:not|no) less than|at least)\s+$/i;

// What a bare period is when these words come before it: a duration ("for 120 days after", "for a period not to exceed
// five days after", "until 90 days after"), a condition ("awarded more than 210 days after", "not earlier than 45 days
// after"), a recurrence ("Every 90 days after"), a time something takes effect ("effective 10 days from the date
// hereof"); "within" is read by PERIOD.
const BARE_NOT_WHEN =
  /\b(?:for|until|expire|expires|expiring|terminating|the|these|those|such|this|till|to|up|of|period|effective|binding|least|every|each|first|next|last|be|is|are|was|were|been|being|than|exceed|exceeding|within|during|over|under|about|approximately|some|additional|and)\s+$/i;
// ... except a bound on when: "not more than 90 days following", "not to exceed 90 days from the date of the
// request", "in no event more than sixty days after", unless it bounds a duration ("for a period not to exceed")
const BARE_BOUND = /\b(?:(?:not|no) (?:more|later) than|not to exceed|in no (?:event|case) (?:more |later )?than)\s+$/i;
const BARE_BOUND_DURATION = /\b(?:for|period|up to)\s+(?:of\s+)?(?:(?:not|no) (?:more|later) than|not to exceed)\s+$/i;
// "Upon the date that is 120 days after the date of this order" (EO 13769), but not "until the date that is"
const BARE_DATE_THAT = /(?<!\buntil )(?<!\bthrough )\bthe date (?:that|which) (?:is|occurs)\s+$/i;

// What follows the period: the event it counts from, up to the end of the clause (a numbered
// subsection such as "4.5(a)" or a parenthesis does not end it). A period inside a parenthesis ends with it: "(but in no
// event later than 5 days after the appeal is taken);" (EO 9988), "(no later than 30 days after the date of submission
// of draft reports to OIRA)" (EO 13610). An event longer than it may be ends with its last whole word, not inside one
// ("the taking of possession ther", EO 9548). "measured from" says the start as "from" does: "complete all environmental
// reviews and authorization decisions within 2 years, measured from the date of the publication of a notice of intent"
// (EO 13921).
// Another period the text allows may stand between the period and its start: "transmit his comments to the Secretary
// within thirty days, or such other period as may be agreed upon, after receipt of such plans" (EO 11237).
/** The start that makes "in the first 60 days" a limit: counted "from" or "after" it, not a part "of" it. */
const FIRST_FROM = /^\s+(?:from|after|following)\s/i;
const MEASURED_WORDS = 'measured|counted|calculated|computed';
const OTHER_PERIOD = String.raw`(?:,\s*or\s+such\s+(?:other|longer|shorter|further|additional)\s+(?:period|time)\b[^,.;:()]{0,80}(?=,)|\s*\(or\s+such\s+[^()]{1,80}\))`;
const FROM_EVENT = new RegExp(
  String.raw`^${OTHER_PERIOD}?,?\s+(?:(?:${MEASURED_WORDS})\s+(?=from\b))?(of|after|from|following|before|prior to)\s+((?:[^,.;:()]|\.(?=\d)|\([^)]*\)){3,200}(?![\w'’-]))`,
  'i',
);
// a span measured between two events ends its start at the second: "measured from the date of the publication of a
// notice of intent to prepare an EIS to the date of issuance of the Record of Decision" (EO 13921)
const MEASURED = new RegExp(String.raw`^,?\s+(?:${MEASURED_WORDS})\s`, 'i');
const MEASURED_TO = /\s+(?:to|until|through)\s+the\s+(?:date|day|time)\b/i;
const THEREAFTER = /^,?\s+thereafter\b/i;
/**
 * The words no event ends with, left where it was cut (at FROM_EVENT's length, at a subject, at a dangling "and"): "the
 * publication of final regulations by" (EO 12259).
 */
const DANGLING = /(?:\s+(?:of|the|a|an|in|on|at|to|for|by|from|with|under|and|or|such|any|this|that|its|their))+$/i;
// where the event ends though no comma says so: the sentence's next verb ("its first meeting and shall terminate
// thirty days thereafter"), the directive's second verb, one that is no noun ("review each ... implementation plan within
// 30 days of receipt and provide a recommendation to the Co-Chairs", EO 13522; "within seven months after the first
// report and contain an analysis", EO 11868), or a repetition ("the release of the Action Plan and each year thereafter")
const EVENT_END =
  /\s+and\s+(?:shall|may|will|provide|submit|transmit|notify|develop|establish|publish|prepare|ensure|identify|certify|recommend|contain|forward|deliver|convene|designate|(?:\w+\s+)?(?:annually|periodically|each year|every year|thereafter))\b/i;
// or another end the text offers instead, with "or": a time left to someone ("60 days after the date of the delivery of its
// report ... or upon such earlier or later date as the President shall hereafter specify", EO 11144; "or at such later
// time as may be specified", EO 10956) or a second period ("thirty days after rendition of its final report ... or one year
// after the date of this order, whichever shall first occur", EO 10317)
const EVENT_OR_ELSE = new RegExp(
  String.raw`,?\s+or\s+(?:(?:(?:upon|on|at|by)\s+)?such\s+(?:(?:earlier|later|other|subsequent)\s+(?:or\s+)?)*(?:date|time)\b` +
    String.raw`|(?:within\s+)?(?:\d{1,4}|${NUMBER_IN_WORDS})\s+(?:calendar\s+)?(?:${UNITS})\s+(?:after|from|following|of)\b)`,
  'i',
);
// or the subject of the sentence where no comma closes the period: "within 90 days from the effective date of this code
// the Administrator shall" (EO 6435), "within 180 days of the issuance of the guidance a Chief Artificial Intelligence
// Officer who shall" (EO 14110); looked for only when a verb follows in what was read. A subject in lower case where its
// verb comes next ("the submission of final offers the board shall submit a report", EO 12414), or a sentence whose
// period is lost ("a request for agreement from the proper State official The agreement shall provide", EO 12326), or
// "there" ("within thirty (30) days of said date there shall be published", EO 7010); not the subject of a clause the
// event holds ("the date on which the board shall ...")
const EVENT_SUBJECT =
  /(?<!\b(?:which|whom|when|that|whose))\s(?:(?:the|each|all|every|any|an?|The|Each|All|Every|Any)\s+(?=[A-Z]|[a-z]+\s+(?:shall|may|will)\s)|(?=there\s+(?:shall|may|will)\s))/;

/**
 * The signing of the order itself: "the date of this order", "this order", "the date this Order is issued". "the order"
 * is this one only where nothing after it says which: "the date of the memorandum described in subsection (a) of this
 * section" (EO 13859) is another document's date, an event.
 */
const ANOTHER_DOCUMENT = String.raw`(?!\s+(?:described|referred|required|issued|mentioned|specified|identified|called for|developed|prepared|directed|provided for|under|pursuant|in (?:sub)?section)\b)`;
const FROM_THIS_ORDER = new RegExp(
  '^(?:the date of (?:the )?(?:issuance |signing |signature )?(?:of )?(?:this (?:executive )?(?:order|memorandum|proclamation)' +
    `|the (?:executive )?(?:order|memorandum|proclamation)${ANOTHER_DOCUMENT})` +
    '|the date (?:that |on which )?this (?:executive )?(?:order|memorandum) (?:is|was) (?:issued|signed)' +
    '|(?:the )?(?:issuance|signing|publication) of this (?:executive )?(?:order|memorandum)' +
    '|this (?:executive )?(?:order|memorandum)|the date hereof|this date|the date of its issuance)\\b',
  'i',
);
/** The day the order takes effect, which is its signing unless it says otherwise (see orderEffectiveOn). */
const FROM_EFFECTIVE_DATE =
  /^(?:the effective date (?:of (?:this|the) (?:executive )?(?:order|memorandum)|hereof)|its effective date)\b/i;

/** A month's name, its first letter in either case ("august 20, 1948"). */
/** A written date as printed ("March 30,1964"): toIsoDate reads it once its comma is spaced. */
const isoOf = (written: string) => toIsoDate(written.replace(/,\s*/, ', '));

/**
 * A date the directive is due by: "by September 30, 2018"; at the head of a sentence too ("By March 31, 2004, the
 * Council shall submit", EO 13287; "No later than May 31, 2001, promulgate", EO 13179), with the day of the week
 * ("on or before Thursday, October 4, 1962", EO 11054), as printed ("on or before august 20, 1948", EO 9987; "not later
 * than March 30,1964", EO 11134). Group 1 is that written date. A month of a year: "by September 2021" (EO 14030), "no
 * later than April 2024" (EO 14095), due on its last day: group 2 is the month, 3 the year. The end of a year: "By the
 * end of calendar year 2016" (EO 13676), "by the end of the year 1974" (EO 11763), "by the end of fiscal year 2027"
 * (EO 14057), "by the end of FY 2005" (EO 13149), "by the end of 2027" (EO 14141): 4 says which year (calendar, fiscal,
 * none) and 5 is its number; "by the end of this fiscal year" (EO 14095): 6 says which, counted from the signing;
 * "before the end of calendar year 2020" (EO 13968) too. A day in words: "on or before September fourth, 1951" (EO
 * 10283): 7 is the month, 8 the day, 9 the year.
 */
const DUE_DATE = new RegExp(
  String.raw`\b(?:[Bb]y|(?:[Nn]ot|[Nn]o|in (?:no|any) (?:event|case)) later than|[Oo]n or before|[Bb]efore(?=\s+the end of))\s+` +
    String.raw`(?:(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+)?(${MONTH} \d{1,2},\s?\d{4})` +
    String.raw`|(${MONTH}) (\d{4})\b` +
    String.raw`|the end of (?:(?:the )?([Cc]alendar [Yy]ear|[Ff]iscal [Yy]ear|[Yy]ear|FY)\s?)?(\d{4})\b` +
    String.raw`|the end of (?:this|the current) (calendar |fiscal )?year\b` +
    String.raw`|(${MONTH}) ([a-z]+(?:-[a-z]+)?),\s?(\d{4}))`,
  'g',
);

// A period from an event with a known latest day after it: "30 days after submitting its final report, but not later
// than 2 years from the date of this order" (EO 13168), ", or no later than September 30, 1988" (EO 12617), "and in no
// event later than August 30, 2003" (EO 13278), "but in no event later than January 31, 1984" (EO 12439; DUE_DATE reads
// "in no event later than" as it reads "no later than"): the words between the two
const CAPPED = /(?:,\s*|\s+)(?:but|or|and)\s+(?:in (?:no|any) event\s+)?$/i;
// or a date given as its other end: "terminate 30 days after submission of its report, or March 1, 1986, whichever
// sooner occurs" (EO 12503), "terminate on April 29, 1987, or 60 days after submitting its final report, whichever is
// earlier" (EO 12511): the date is the latest it is due
/** After the other end, up to its "whichever is earlier": at most 160 characters to "whichever", 30 more to "earlier". */
const WHICHEVER_FIRST = /^[^.;]{0,160}\bwhichever\b[^.;]{0,30}\b(?:earlier|sooner|first)\b/;
// the later of two ends is no known day where one of them is an event's: "within 270 days of the date of this order or
// 180 days after the United States Copyright Office ... publishes its forthcoming AI study ..., whichever comes later"
// (EO 14110); the period stays, its due date goes. "whichever is earlier" keeps it: the day is the latest it is due.
/**
 * After a limit, up to its "whichever is later": at most 300 characters to "whichever", 30 more to "later"; not the
 * "not later than" of a cap after it ("whichever occurs first and not later than March 1, 2020").
 */
const WHICHEVER_LATER = /^[^.;]{0,300}\bwhichever\b[^.;]{0,30}(?<!\b(?:not|no)\s+)\b(?:later|last)\b/;
const WHICHEVER_DATE = new RegExp(
  `\\b(?:on|or)\\s+(${MONTH} \\d{1,2},\\s?\\d{4})(?=[^.;]{0,160}\\bwhichever\\b[^.;]{0,30}\\b(?:earlier|sooner|first)\\b)`,
);

/** Without one of these, PERIOD cannot match; without a written date's "9, 2025" ("fourth, 1951"), a month's year or a year's end, DUE_DATE cannot. */
const MAY_PERIOD = /within|later than|in the first/i;
const MAY_DATE = /[\da-z],\s?\d{4}|end of|[a-z] \d{4}\b/;

/**
 * "before" or "prior to" a date is a deadline where the directive's own verb comes to it: "The Civil Service Commission
 * shall, before July 1, 1946, submit recommendations" (EO 9691), "shall submit an interim report to the President ...
 * before June 1, 1985" (EO 12509), "regulations which the Council shall issue before October 1, 1970" (EO 11491), or at
 * the head of the sentence ("Prior to September 30, 1948, Classification Questionnaires ... shall be mailed", EO 9988).
 * Elsewhere it is mostly a condition: "information submitted prior to January 1, 1988" (EO 12600), "persons who apply
 * for Executive clemency prior to January 31, 1975" (EO 11803), "shall not be required to present before January 1,
 * 1935" (EO 6930).
 */
const BEFORE_DATE = new RegExp(String.raw`\b(?:[Bb]efore|[Pp]rior to)\s+(${MONTH} \d{1,2},\s?\d{4})`, 'g');
const MAY_BEFORE_DATE = /\b(?:[Bb]efore|[Pp]rior to) [A-Za-z]+ \d/;
// from "shall" to "before": the verb and its objects, with no negation, no relative clause and no comma between
// (", before" right after "shall" is the one comma allowed)
const SHALL_TO_BEFORE = /\bshall(?:,\s*|\s+(?!not\b)(?:(?!\b(?:not|which|who|whom|that|if|unless)\b)[^,.;:])*)$/;

/**
 * "on" a date is the day the directive's own verb is done by, where that verb comes to it with nothing between but its
 * objects: "The Commission shall terminate on December 31, 1978, unless sooner extended" (EO 11962 and some sixty
 * advisory bodies from the 1970s on), "The Secretary of Transportation shall submit to me on March 31, 1976, and annually
 * thereafter, a report" (EO 11836), "shall submit a report to the Council on Environmental Quality ... on June 30, 1978"
 * (EO 11988). Only after a verb of ending or handing over: "shall be effective on January 1, 1979" (a time something
 * takes effect), "shall be excused from duty for one-half day on December 24, 1946" (the day of a leave), "the terms of
 * eight of the members shall expire on December 31, 1962" (a term), "the terms and conditions of employment in effect on
 * June 24, 1950" (history) are none. A date given with another end and "whichever" is read with that other end (see
 * deadlineIn).
 */
const ON_DATE = new RegExp(
  String.raw`\b[Oo]n\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+)?(${MONTH} \d{1,2},\s?\d{4})`,
  'g',
);
const MAY_ON_DATE = /\b[Oo]n (?:[A-Z][a-z]+, )?[A-Za-z]+ \d/;
// the directive's verb ("shall terminate", or a clause's opening verb) and its objects up to "on": no comma, no
// negation, no clause of its own, no participle or adjective that dates something else ("the report submitted on",
// "signed on", "the period beginning on", "effective on", "due on"), anywhere between ("the agreement signed by the
// parties on", "a holder failing to submit a report on"); no other verb's "to" ("a plan to terminate the program on",
// "terms to expire on"), no event ("upon the termination of the Commission on"), no other command ("and the Board
// shall approve it on"), no earlier "on" of a state or topic ("the employees on the rolls on", "data on employment on";
// a name's "on" stays: "the Council on Environmental Quality ... on June 30, 1978", EO 11988)
const VERB_TO_ON = new RegExp(
  String.raw`(?:\bshall\s+(?:also\s+)?|^\s*)(?:terminate|submit|transmit|report|publish|deliver|present|furnish|forward)\b` +
    String.raw`(?:(?!\b(?:not|which|who|whom|that|whose|if|unless|until|when|after|since|upon|than|date|effective|shall|will|may|must|[a-z]{2,}(?:ed|ing))\b|\bto\s+(?!(?:the|me|him|her|them|it|its|their|each|every|all|any|such|a|an|this|these|those|his|other|both)\b)[a-z]|(?<!\b[A-Z][\w'’-]*\s)\bon\b)[^,.;:])*?` +
    String.raw`(?<!\b[a-z]+(?:ed|ing)\s)(?<!\b(?:effect|effective|force|made|done|held|sent|begun|taken|given|due|payable|paid|as)\s)$`,
);

/**
 * A body's end said in other words than "shall terminate on": "shall cease to exist on July 9, 1934" (EO 6763), "shall
 * cease to exist at the end of May 31, 1951" (EO 10236), "shall continue in existence until the end of November 3,
 * 1961" (EO 10973), "shall be abolished as of the close of business December 31, 1945" (EO 9621), "shall terminate as
 * of November 1, 1962" (EO 11039), "The term of the Committee shall expire on June 30, 1991" (EO 12691): the day the
 * body ends. A term is a body's only where a named body has it: "The terms of eight of the members shall expire on
 * December 31, 1962" (EO 10937) and rights that "shall expire on October 22, 1948" (EO 9994) end no body. Group 1 is
 * the written date.
 */
const BODY_END = new RegExp(
  String.raw`(?:\bshall\s+(?:cease\s+to\s+exist|terminate|be\s+abolished|(?:continue|remain)\s+in\s+existence\s+until)` +
    String.raw`|\b[Tt]he\s+term\s+of\s+(?:the|this|said)\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|on|for|and|the))*\s+shall\s+expire)` +
    String.raw`\s+(?:(?:on|as\s+of|at)\s+)?(?:the\s+(?:end|close)\s+of\s+(?:business\s+(?:on\s+)?)?)?` +
    String.raw`(${MONTH} \d{1,2},\s?\d{4})`,
  'g',
);
const MAY_BODY_END = /cease to exist|terminate|abolished|in existence|shall expire/;

/**
 * A time limit inside a condition is the condition's, not the directive's: "If the head of the agency fails to carry out
 * the instructions of the Commission within ten days after receipt thereof, the Commission shall notify" (EO 9830, EO
 * 10577), "In the event the road is not constructed on the land hereby restored within 1 year from the date of this
 * order" (EO 6630), "If the parties have not settled the dispute within ten days after the board's report" (EO 12384),
 * "unless he notifies the agency head to the contrary within 10 days of its submission" (EO 12498), "Should all such
 * actions not be finalized within 180 days" (EO 13789), "In the event a legislative solution is not reached by December
 * 31, 2020" (EO 13951), "Until the Office of Personnel Management is established (on or before January 1, 1979), ...
 * the Civil Service Commission shall exercise" (EO 12109). The condition runs from its opener to the limit with no comma, semicolon or "shall" between: a
 * comma closes it ("if such standards are determined to be necessary, issue them by March 15, 2021", EO 13999; "unless
 * sooner extended, terminate thirty days after", EO 12439). Read in the 200 characters before the limit. An "if" after
 * a verb of finding out asks a question (it is "whether"), in the directive's own object (FINDS_OUT, read apart in
 * IN_QUESTION). Not "review", a noun as often as a verb: "shall conduct a review if (i) a member of the Committee seeks
 * review of a PRB determination within 30 days" (EO 13567); nor "consider", "ask", "see" or "know", whose "if" is a
 * condition as often ("shall consider if any person files an objection within 30 days").
 * A proviso is a condition too: "shall be entitled to return to his previous position ...: Provided, That he is still
 * qualified ... and he makes application for reinstatement within sixty days after termination of his service" (EO
 * 9616), "may be converted to a career appointment: Provided, that not later than December 31, 1957, the agency in which
 * he is employed so recommends" (EO 10577, EO 10675); a second "that" goes on with it ("Provided, that he receives his
 * career-conditional appointment prior to January 1, 1958, and that, not later than December 31, 1958, the agency ...
 * recommends such conversion", EO 10745), over a written date's comma. Group 1: a proviso; group 2: "until", a duration's bound, which
 * starts no event.
 */
const FINDS_OUT = String.raw`\b(?:[Dd]etermine|[Aa]scertain|[Dd]ecide|[Ee]valuate|[Aa]ssess|[Ee]xamine|[Vv]erify|[Ii]nquire|[Ll]earn)s?`;
const IN_CONDITION = new RegExp(
  String.raw`(?:\b(?:(?<!${FINDS_OUT}\s+)[Ii]f|[Uu]nless|[Ii]n the event|[Ii]n case|([Pp]rovided,?\s+(?:(?:however|further),?\s+)?[Tt]hat)|([Uu]ntil))|(?:^|[.;]\s+)Should)\b,?(?:(?!\bshall\b)[^,;:]|,\s+and that\b,?|,(?=\s?\d{4}\b))*$`,
);
/**
 * A limit inside such a question is the question's ("shall determine if the registrant filed his appeal within 10 days
 * after the notice was mailed"), unless the directive's own verb comes back before it ("shall determine if the program
 * should be continued and report within 90 days of the date of this order") or it counts from this order ("shall review
 * the chemical hazards ... and determine if the RMP or PSM can and should be expanded to address additional regulated
 * substances and types of hazards" with "within 90 days of the date of this order" after it, EO 13650).
 */
const IN_QUESTION = new RegExp(String.raw`${FINDS_OUT}\s+if\b(?:(?!\bshall\b)[^,;:])*$`);
// "and" and a verb of what directives are told to do, back in the directive after the question
const BACK_TO_DIRECTIVE =
  /\band\s+(?:then\s+)?(?:report|submit|recommend|notify|inform|advise|transmit|provide|publish|issue|take|make|prepare|present|propose|send|forward|certify)\b/;
const FROM_THIS_ORDER_AFTER =
  /^[^,.;]{0,60}?\b(?:of|after|from|following)\s+(?:the date of\s+)?this\s+(?:executive\s+)?(?:order|memorandum)\b/i;
/**
 * So is the window of what someone "may" or "should" do, in a directive whose "shall" is another's: "the registrant may
 * file a written notice of appeal from the determination of the local board within 10 days from the date the local
 * board mailed notice" (EO 9988), "A registrant transferred for induction under this section may within five days after
 * the date on which ..." (EO 10001), "the agency head may petition the Director of OPM within 30 days from the date of
 * termination" (EO 14284), "Any other person should, within 10 days after knowledge thereof, report" (EO 9988). Not
 * "such assistance as may be requested, consistent with their legal authority, in a timely manner, not to exceed 30 days"
 * (EO 13867): "as may", "may be" and a comma after the act leave the limit to the sentence's "shall"; so does "that may"
 * or "which may" before a verb of what happens, not of what someone does: a thing's likelihood in the directive's own
 * object ("any problems that may arise in maintaining an adequate mobilization production base ... and take necessary
 * actions", EO 11490). "any employee that may appeal within 30 days", "regulations that may require agencies to report
 * within 30 days" are another's window still.
 */
const IN_PERMISSION =
  /(?<!\bas (?:\w+ )?)\b(?:may|should)\b(?! be\b)(?<!\b(?:that|which) (?:may|should)(?=\s+(?:arise|occur|exist|result|develop|affect|emerge|happen)\b)),?(?:(?!\bshall\b)[^,;:])*$/;
/**
 * And the limit on what others send in, as a participle right before it: "agencies shall consider any such comments
 * received within 60 days from the date of the submission" (EO 13272), "The Field Committee shall consider any comments
 * received by it within 90 days" (EO 11182), "pursuant to application for employment made within ninety days after
 * honorable discharge" (EO 10376, EO 10577), and what others did that the directive is about ("rates for contracts
 * awarded on or before January 1 of each year", "any plan submitted to him by the agencies by March 1 of each year"); not
 * the directive's own passive ("shall be made within 30 days", "reports shall be submitted by March 1, 1980"), nor its
 * own thing after "with" ("the Council shall submit a report to the President, with the first report submitted no later
 * than December 31, 2024", EO 14123).
 */
const SENT_IN = 'received|made|filed|awarded|submitted|issued|entered';
const IN_RECEIVED = new RegExp(
  String.raw`(?<!\b(?:be|been|being|is|are|was|were) |\bwith (?:the |its |each |an? )?(?:[a-z]+ ){1,2})\b(?:${SENT_IN})(?: to (?:it|him|them|the [A-Za-z]+))?(?: by (?:it|him|them|the [A-Za-z]+))?\s+$`,
);
/**
 * And a time that says who the directive is about, in a clause of "who" or "whose" with its own verb: "registrants ...
 * who have been classified ... and to whom a Statement of Acceptability has been mailed at least 21 days before the date
 * fixed for induction" (EO 11360, 11497, 11563), "the remains of United States citizens ... whose next of kin requests in
 * writing by April 1, 1982" (EO 12115). The clause ends at a comma, a dash ("—which provides veterans who need help ...—to
 * all ... Medical Centers by the end of Fiscal Year 2024", EO 14095) or the main verb ("members ... who request
 * certification ... be provided such certification ... no later than 1 month after discharge", EO 13860).
 */
// "who has been or shall be ordered to active duty on or before July 1, 1957" (EO 10658, EO 10478): a "shall" after
// "has been or" says whom, as its "has been" does; it is no command of the clause's own
const IN_WHO =
  /\b(?:who|whom|whose)\b(?:(?!\b(?:shall|will|must|be)\b)[^,;:\u2013\u2014]|\b(?:has|have) been or (?:shall|will|may) be\b)*$/;
/**
 * After a limit in a proviso, the proviso's own "shall" (the 200 characters after the limit are read): with no comma,
 * "and", "or" or "which" before it, which would start another clause ("Provided, That he applies within 60 days after
 * discharge, and the agency shall notify the Commission").
 */
const PROVISO_SHALL = /^(?:(?!\b(?:and|or|which)\b)[^,.;])*\bshall\b/;
/**
 * Whether the limit at `at` is another's (see above): 'event' where it sets a clock that a later period with no start
 * of its own runs from (a condition's, a permission's, what is received); 'other' where it does not ("until", a bound
 * on a duration; a "who" clause, which says whom the directive is about); undefined where it is the directive's.
 */
const inCondition = (text: string, at: number): 'event' | 'other' | undefined => {
  const before = text.slice(Math.max(0, at - 200), at);
  let condition = IN_CONDITION.exec(before);
  // a proviso whose own "shall" follows the limit is a directive: "provided, however, that six months after effective
  // date of this Code the Code Authority shall submit to the Administrator a study" (EO 6733); a condition inside it
  // still is one ("Provided, however, that if a majority ... have objected to such action within ten days", EO 11651)
  if (condition?.[1] && PROVISO_SHALL.test(text.slice(at, at + 200)))
    for (let from = 0; condition?.[1];) {
      from += condition.index + condition[1].length;
      condition = IN_CONDITION.exec(before.slice(from));
    }
  if (condition) return condition[2] ? 'other' : 'event';
  const question = IN_QUESTION.exec(before);
  if (question && !BACK_TO_DIRECTIVE.test(question[0]) && !FROM_THIS_ORDER_AFTER.test(text.slice(at, at + 120)))
    return 'event';
  if (IN_PERMISSION.test(before) || IN_RECEIVED.test(before)) return 'event';
  return IN_WHO.test(before) ? 'other' : undefined;
};
/** Without one of these, no limit is in a condition, a permission or what others send in. */
const MAY_CONDITION = new RegExp(
  String.raw`\b(?:[Ii]f|[Uu]ntil|[Uu]nless|[Ii]n (?:the event|case)|[Pp]rovided|Should|may|should|${SENT_IN}|who|whom|whose)\b`,
);

interface Found {
  at: number;
  deadline: Deadline;
}

/**
 * A command done at once has no period of its own: "shall immediately pause new obligations ... pending reviews of such
 * programs ..., to be conducted within 90 days of this order" (EO 14169), "shall forthwith appoint a committee ..., which
 * committee shall ... report its recommendations on or before October 10, 1934" (EO 6861); a limit after it is what
 * follows it, unless a second verb of the command comes with its own ("and, within 30 days, report"). The same words
 * put an order in effect on its signing (ON_SIGNING).
 */
const AT_ONCE_WORDS = 'immediately|forthwith|at once';
const AT_ONCE = new RegExp(String.raw`\b(?:shall|must|will),?\s+(?:${AT_ONCE_WORDS})\b`);
const OWN_LIMIT_AGAIN = /\band,?\s+(?:shall\s+)?(?:within|(?:not|no) later than|by|on or before)\b|\band shall\b/;
/** A limit that means the same in whichever order's words it stands: all but a period from that order's date. */
const sameInAnyOrder = (d: Deadline): boolean => d.event !== undefined || (d.days ?? d.months) === undefined;

/**
 * Whether the limit at `at` is not the directive's own, given the text's command done at once (`once`, see AT_ONCE).
 * A quotation's words are another text's: the new text of an amended order. A period it counts from "this order"
 * counts from the amended order's date, not this one's; but a date it names ("is amended to read: "The Commission
 * shall submit a report to the President no later than August 20, 1981."", EO 12307), a day of each year, or a
 * period from an event (""(c) ... in no event later than ninety days after receipt ..."", EO 10550) is the same in
 * either order, and is the duty this order sets by amending.
 */
function othersLimit(text: string, at: number, once: RegExpExecArray | null, deadline: Deadline): boolean {
  if (inQuotation(text, at)) return !sameInAnyOrder(deadline);
  return !!once && once.index < at && !OWN_LIMIT_AGAIN.test(text.slice(once.index, at));
}

/**
 * When this order takes effect, if not on its signing: a date, or null when the text does not fix it ("upon
 * publication in the Federal Register"); undefined when it is the signing (said or unsaid).
 */
export type EffectiveOn = string | null | undefined;

/** The deadline a directive's text states first; undefined when it states none. */
export function deadlineIn(text: string, signedOn?: string, effectiveOn?: EffectiveOn): Deadline | undefined {
  // most directives state no deadline: the words each pattern needs are looked for before the pattern is run
  const conditional = MAY_CONDITION.test(text);
  const once = AT_ONCE.exec(text);
  const found = [
    MAY_PERIOD.test(text) ? firstPeriod(text, conditional, signedOn, effectiveOn) : undefined,
    MAY_BARE.test(text) ? firstBare(text, conditional, signedOn, effectiveOn) : undefined,
    MAY_DATE.test(text) ? firstDate(text, conditional, signedOn) : undefined,
    MAY_BEFORE_DATE.test(text) ? firstBeforeDate(text, conditional, signedOn) : undefined,
    MAY_ON_DATE.test(text) ? firstOnDate(text, conditional, signedOn) : undefined,
    MAY_BODY_END.test(text) ? firstBodyEnd(text, conditional, signedOn) : undefined,
    firstYearly(text, conditional),
  ].map((f) => (f && othersLimit(text, f.at, once, f.deadline) ? undefined : f));
  // the one the text states first; a period and a date at one place: the period
  let first: Found | undefined;
  for (const f of found) if (f && (!first || f.at < first.at)) first = f;
  // a period from an event capped by a known date: "terminate 30 days after submitting its final report, but not later
  // than 2 years from the date of this order" (EO 13168, EO 13214), "but in no event later than January 31, 1984"
  if (first?.deadline.event !== undefined) {
    for (const f of found)
      if (f?.deadline.dueOn && f.at > first.at && CAPPED.test(text.slice(Math.max(first.at, f.at - 40), f.at)))
        return f.deadline;
    const whichever = text.includes('whichever');
    const other = whichever ? WHICHEVER_DATE.exec(text) : null;
    const dueOn = other ? isoOf(other[1]) : undefined;
    if (dueOn && !(signedOn && dueOn < signedOn)) return { dueOn };
    // or a second period from this order: "terminate within 90 days after the date on which legislation creating the
    // Department of Homeland Security is enacted, or within 1 year of the date of this order, whichever occurs first"
    // (EO 13267), "cease to exist thirty days after rendition of its final report ... or one year after the date of this
    // order, whichever shall first occur" (EO 10317); the first kind of limit found is all `found` holds, so the rest
    // is read again from after the first limit's opening word
    const from = whichever ? first.at + /^\S*/.exec(text.slice(first.at))![0].length : text.length;
    const rest = text.slice(from);
    for (const later of [
      MAY_PERIOD.test(rest) ? firstPeriod(rest, conditional, signedOn, effectiveOn) : undefined,
      MAY_BARE.test(rest) ? firstBare(rest, conditional, signedOn, effectiveOn) : undefined,
    ]) {
      if (!later?.deadline.dueOn) continue;
      const at = from + later.at;
      if (CAPPED.test(text.slice(Math.max(first.at, at - 40), at)) && WHICHEVER_FIRST.test(text.slice(at, at + 200)))
        return later.deadline;
    }
  }
  if (first?.deadline.dueOn && WHICHEVER_LATER.test(text.slice(first.at, first.at + 400)))
    return withoutDueOn(first.deadline);
  return first?.deadline;
}

/** The deadline with no due date; none, when the due date was all it held. */
function withoutDueOn(deadline: Deadline): Deadline | undefined {
  const { dueOn: _unknown, ...rest } = deadline;
  return Object.keys(rest).length ? rest : undefined;
}

// The digits of "ninety (90) days" are the count where the words are misprinted ("one hundred Rnd eighty (180) days",
// EO 6711). "within the period of 90 days immediately preceding the completion of ..." (EO 9655) is a window, not a
// deadline: "a period of" or "the period of" counts only from what it names ("within a period of sixty days from the
// effective date of this Code", EO 6756).
function firstPeriod(
  text: string,
  conditional: boolean,
  signedOn?: string,
  effectiveOn?: EffectiveOn,
): Found | undefined {
  // after a condition's own limit, a period that names no start counts from the condition, not from the order: "If the
  // parties have not settled the dispute within ten days after the board's report, the board shall require the parties
  // to submit, within five days, their final offers" (EO 12384): five days, no due date
  let unsaidFromOrder = true;
  for (const m of firstMatches(PERIOD, text)) {
    const skipped = conditional ? inCondition(text, m.index) : undefined;
    if (skipped) {
      if (skipped === 'event') unsaidFromOrder = false;
      continue;
    }
    const [, periodOf, article, digits, words, inParens, unit] = m;
    const count = inParens ? Number(inParens) : article ? 1 : digits ? Number(digits) : numberInWords(words);
    if (!count) continue;
    const after = text.slice(m.index + m[0].length);
    const startSaid = FROM_EVENT.test(after) || THEREAFTER.test(after);
    if (periodOf && !startSaid) continue;
    if (/^in/i.test(m[0]) && !FIRST_FROM.test(after)) continue;
    const fromOrder = unsaidFromOrder && (startSaid || !answersRequests(text, m.index, m.index + m[0].length));
    const deadline = counted(count, unit, after, signedOn, effectiveOn, fromOrder, leadOf(text, m.index));
    return { at: m.index, deadline };
  }
  return undefined;
}

/**
 * A duty of answering what others send in runs from each one's arrival, though the text does not say so: "The EPA shall
 * respond to the waiver request within 90 days" (EO 13148), "Requests for declassification under this provision shall be
 * acted upon within 60 days" (EO 12065): a period with no start of its own has no due date. Only where answering is the verb of the "shall": not
 * guidance or a report about such things ("shall, within 90 days, issue guidance on how agencies should respond to
 * requests", "submit a report on waiver requests within 90 days"), nor a backlog the order sets a time for ("decide all
 * pending appeals within 90 days"), nor one request or those already in, named by what follows the noun: "respond to
 * the request of the Governor of Alaska", "answer the petition filed by the State of Texas", "act on the applications now
 * before the Department" (one-time tasks with due dates). Group 1: a determiner of any one to come ("each", "any");
 * group 2: a word that makes it a backlog; group 3: a word after the noun that names particular ones.
 */
const ANSWERS_REQUESTS = new RegExp(
  String.raw`\b(?:shall|must|will)(?:,[^,]{1,80},)?\s+(?:(?:promptly|also|then|expeditiously)\s+)?` +
    String.raw`(?:respond(?: to)?|reply to|answer|act (?:up)?on|decide|rule (?:up)?on|acknowledge receipt of)\s+` +
    String.raw`(?:(such|any|each|every|an?)\s+|(?:the|all|its|their|his|her)\s+)?(?:(pending|outstanding|existing|current)\s+)?(?:[a-z-]+\s+)?` +
    String.raw`(?:requests?|applications?|petitions?|complaints?|appeals?|objections?|claims?|inquiry|inquiries)\b` +
    String.raw`(?:\s+(of|filed|submitted|made|received|pending|now|dated|lodged|brought|presented|before)\b)?` +
    String.raw`|\b(?:[Rr]equests?|[Aa]pplications?|[Pp]etitions?|[Cc]omplaints?|[Aa]ppeals?|[Cc]laims?)\b[^,.;:]{0,100}\bshall be (?:acted (?:up)?on|answered|decided|responded to)\b` +
    // or lets another answer one the procedure has named: "Any member ... may, at any time, complain to the Code
    // Authority .... The Code Authority shall, within five days, afford an opportunity to the member making such price to
    // answer such complaint" (EO 6744); not guidance on how to
    String.raw`|(?<!\bhow )\bto (?:answer|respond to|reply to|rebut)\s+(?:such|said)\s+(?:[a-z-]+\s+)?(?:requests?|applications?|petitions?|complaints?|appeals?|objections?|claims?|charges?|protests?)\b`,
);
const MAY_ANSWER = /request|applica|petition|complaint|appeal|objection|claim|inquir/i;
// the clause the period stands in: back to a stop or the "and" of another duty ("and shall", "and, within 90 days,
// submit"), on to the next stop or "and"
const CLAUSE_BEFORE = /[.;:]|\band(?:,| (?:shall|will|may)\b)|,\s*and\b/g;
const CLAUSE_AFTER = /[.;:]|\band\b/;

/** Whether the period at `start`..`end` bounds the answer to each request, complaint or appeal its clause names. */
function answersRequests(text: string, start: number, end: number): boolean {
  if (!MAY_ANSWER.test(text)) return false;
  let before = text.slice(Math.max(0, start - 150), start);
  let from = 0;
  CLAUSE_BEFORE.lastIndex = 0;
  for (let stop = CLAUSE_BEFORE.exec(before); stop; stop = CLAUSE_BEFORE.exec(before)) from = CLAUSE_BEFORE.lastIndex;
  before = before.slice(from);
  let after = text.slice(end, end + 150);
  const next = CLAUSE_AFTER.exec(after);
  if (next) after = after.slice(0, next.index);
  const m = ANSWERS_REQUESTS.exec(`${before} ${text.slice(start, end)} ${after}`);
  // group 1 of the pattern is the answering one's determiner: "each", "any", "a" request are every one to come;
  // "the request of the Governor", "all claims pending before the Board" (group 3) name ones already there
  return !!m && !m[2] && !(m[3] && !m[1]);
}

function firstBare(
  text: string,
  conditional: boolean,
  signedOn?: string,
  effectiveOn?: EffectiveOn,
): Found | undefined {
  for (const m of firstMatches(BARE, text)) {
    if (conditional && inCondition(text, m.index)) continue;
    // group 5: the word after the period, which the pattern's lookahead has read
    const [, digits, words, inParens, unit, next] = m;
    const count = inParens ? Number(inParens) : digits ? Number(digits) : numberInWords(words);
    if (!count) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const bound = BEFORE_WORD.test(next)
      ? BARE_LEAST.test(before)
      : BARE_BOUND.test(before) && !BARE_BOUND_DURATION.test(before);
    if (!bound && !BARE_DATE_THAT.test(before) && BARE_NOT_WHEN.test(before)) continue;
    const after = text.slice(m.index + m[0].length);
    return {
      at: m.index,
      deadline: counted(count, unit, after, signedOn, effectiveOn, true, leadOf(text, m.index)),
    };
  }
  return undefined;
}

/**
 * A period of `count` units and what it counts from, read in `after`; its due date when that is this order, said so or
 * (where `unsaidFromOrder`) unsaid. `lead`: the word the period follows (see leadOf).
 */
function counted(
  count: number,
  unit: string,
  after: string,
  signedOn?: string,
  effectiveOn?: EffectiveOn,
  unsaidFromOrder = true,
  lead?: Lead,
): Deadline {
  const inMonths = /^(?:month|year)/i.test(unit);
  const days = /^week/i.test(unit) ? count * 7 : count;
  const deadline: Deadline = inMonths ? { months: /^year/i.test(unit) ? count * 12 : count } : { days };
  const event = eventOf(after, lead);
  // counted from the order's effective date: its signing unless the order takes effect later
  const from =
    event === undefined
      ? unsaidFromOrder || FROM_EVENT.test(after)
        ? signedOn
        : undefined
      : FROM_EFFECTIVE_DATE.test(event) && effectiveOn !== null
        ? (effectiveOn ?? signedOn)
        : undefined;
  if (from) deadline.dueOn = inMonths ? addMonths(from, deadline.months!) : addDays(from, days);
  // the effective date not known: that phrase, without what runs on with no comma after it
  else if (event) deadline.event = FROM_EFFECTIVE_DATE.exec(event)?.[0] ?? event;
  return deadline;
}

/**
 * Where the stop that ended an event does not end it: a list goes on ("he determines that the productive efficiency of
 * the plant, facility, or part thereof prevailing prior to the existing interruptions of production", EO 9560 and a dozen
 * wartime seizures; "receipt of a copy of a license application, proposed general license, or proposed exemption", EO
 * 11902), a written date has its year after a comma ("or from July 1, 1933, whichever is the later date", EO 6606), or a
 * list is set off by dashes ("completion of all of the following reports—the National Money Laundering Risk Assessment;
 * the National Terrorist Financing Risk Assessment; ...; and the updated National Strategy ...—the Secretary", EO 14067).
 * A list that goes on to a "shall" is the subject after the event ("of the plan ..., the Secretary of State, the Attorney
 * General, and the Secretary of Homeland Security shall", EO 14012), not the event's; so is "and" after one item, which
 * joins verbs or subjects more often than it ends a list (", develop and submit", EO 13583; ", the Attorney General and
 * the Secretary of Homeland Security", EO 13848): a list is two items and a comma before "and", or three.
 */
const LIST_ITEM = String.raw`(?!(?:and|or)\b)[\w'’-]+(?:\s+(?!(?:and|or)\b)[\w'’-]+){0,3}`;
const EVENT_LIST_ON = new RegExp(
  String.raw`,\s+(?:(?:${LIST_ITEM},\s+)*${LIST_ITEM},|(?:${LIST_ITEM},\s+)+${LIST_ITEM})\s+(?:and|or)\s+(?:[^,.;:()]|\.(?=\d)|\([^)]*\)){1,200}(?![\w'’-])(?!,?\s*(?:shall|may|will|must)\b)`,
  'y',
);
const EVENT_YEAR_ON = /,\s?\d{4}\b(?:[^,.;:()]|\([^)]*\)){0,200}(?![\w'’-])/y;
const EVENT_DASH_ON = /[^—.]{1,400}(?=—)/y;
/**
 * An event cut after its verb, whose object follows a reference set off by commas: "No later than 30 days after the FDA
 * Commissioner has identified, pursuant to section 3(c) of this order, the initial list of Essential Medicines, ..."
 * (EO 13944).
 */
const CUT_AT_VERB = /\b(?:has|have|had) [a-z]+ed$/;
const EVENT_OBJECT_ON =
  /,\s+(?:pursuant to|under|in accordance with|consistent with)\s(?:[^,.;:()]|\([^)]*\)){1,80},\s+(?:[^,.;:()]|\([^)]*\)){1,200}(?![\w'’-])/y;
/**
 * An event whose "that" clause was cut before its verb reads on to that verb, past the commas of a list or an aside:
 * "within 60 days after he determines that the productive efficiency of the plant, facility, or part thereof prevailing
 * prior to the existing interruptions of production, referred to in the recitals of this Order, has been restored"
 * (EO 9560, and the other 1945-46 seizure orders).
 */
const THAT_WITHOUT_VERB =
  /\b(?:determines?|finds?|certifies|decides?)\s+that\s(?![^]*\b(?:has|have|is|are|was|were|shall|will|may|would|can|could)\b)[^]*$/;
const EVENT_VERB_ON = /[^.;:]{0,300}?\s(?:has|have|is|are)\s+(?:been\s+)?[a-z]+(?:ed|en)\b/y;
/** An event cut after a month's day, whose year the comma keeps apart. */
const CUT_AT_DAY = new RegExp(String.raw`\b${MONTH} \d{1,2}$`);
const LIST_SUBJECT = /\b(?:shall|may|will|must|should)\b/;

/**
 * The word the period at `at` follows, where it tells what may come after the event. "that": the period opens a clause,
 * whose subject may follow its event with no "shall" ("ensure that, within 60 days of the publication ... of the name
 * of any debarred or suspended person, express consignment operators, carriers, hub facilities, and licensed customs
 * brokers notify CBP", EO 13904). "shall": the directive's own verb is still to come, and may follow the event with no
 * comma ("they shall within 15 days of such decision submit to the Assistant to the President ... a report", EO 13921).
 */
type Lead = 'that' | 'shall' | undefined;
function leadOf(text: string, at: number): Lead {
  const m = /\b(that|shall),?\s*$/.exec(text.slice(Math.max(0, at - 8), at));
  return m ? (m[1] as Lead) : undefined;
}
/**
 * The directive's verb after an event that follows "shall", and the start of its object; not in a clause of the
 * event's own ("the date on which the agencies submit their plans").
 */
const VERB_AFTER_EVENT =
  /\s(?:submit|transmit|provide|notify|issue|publish|forward|inform|advise|prepare|furnish|send|certify|deliver|recommend)\s+(?:to|the|a|an|its|his|her|their|such|any|all|each|this|these|written)\b/;
const CLAUSE_IN_EVENT = /\b(?:date|day|time|which|that|when|who|whom|after|before|until|as)\b/;
/**
 * A second period inside an event is another duty's: "within 20 days of receipt and the ability to convene the
 * Endangered Species Act Committee to resolve the submission within 140 days of such initial determination" (EO 14156).
 */
const SECOND_PERIOD = new RegExp(
  String.raw`\s(?:within|(?:not|no) later than)\s+(?:\d{1,4}|[a-z]+(?:[\s-][a-z]+)?)\s+(?:\(\d{1,4}\)\s+)?(?:calendar\s+)?(?:${UNITS})\b`,
  'i',
);

/**
 * The event `stated`, read on past the stop at `at` of `after` where that stop does not end it (see EVENT_LIST_ON): one
 * list, the one the stop cut; a second is the subject's ("within thirty days of receipt of a copy of a license
 * application, proposed general license, or proposed exemption, the Secretary of Defense, the Secretary of Commerce, ...,
 * and the head of any other agency ..., shall", EO 11902).
 */
function eventRunOn(after: string, at: number, stated: string, lead: Lead): string {
  let event = stated;
  for (let k = 0; k < 3; k++) {
    const open = THAT_WITHOUT_VERB.test(event)
      ? EVENT_VERB_ON
      : CUT_AT_DAY.test(event)
        ? EVENT_YEAR_ON
        : /—[^—]*$/.test(event)
          ? EVENT_DASH_ON
          : CUT_AT_VERB.test(event)
            ? EVENT_OBJECT_ON
            : undefined;
    const on = open ?? (lead === 'that' ? undefined : EVENT_LIST_ON);
    if (!on) break;
    on.lastIndex = at;
    const m = on.exec(after);
    if (!m || (on === EVENT_LIST_ON && LIST_SUBJECT.test(m[0]))) break;
    event += m[0];
    if (on === EVENT_LIST_ON || on === EVENT_VERB_ON) break;
    at += m[0].length;
  }
  return event;
}

/** What a period is counted from, when it is not this order; undefined when it is this order or unsaid. */
function eventOf(after: string, lead?: Lead): string | undefined {
  if (THEREAFTER.test(after)) return 'thereafter';
  const m = FROM_EVENT.exec(after);
  if (!m) return undefined;
  const stated = eventRunOn(after, m[0].length, m[2], lead);
  const end = EVENT_END.exec(stated);
  let event = (end ? stated.slice(0, end.index) : stated).trim();
  const measuredTo = MEASURED.test(after) ? MEASURED_TO.exec(event) : null;
  if (measuredTo) event = event.slice(0, measuredTo.index);
  const orElse = EVENT_OR_ELSE.exec(event);
  if (orElse) event = event.slice(0, orElse.index);
  const subject = /\s(?:shall|may|will)\s/.test(event) ? EVENT_SUBJECT.exec(event) : null;
  if (subject && subject.index > 0) event = event.slice(0, subject.index);
  event = beforeOtherDuty(event, lead);
  // "the effective date of the regulations issued under section 1 of this order and, as appropriate but no less than
  // annually thereafter," (EO 14105): the comma that ended the event came after its "and"
  event = event.replace(DANGLING, '');
  if (/^(?:before|prior to)$/i.test(m[1])) return `before ${event}`;
  return FROM_THIS_ORDER.test(event) ? undefined : event;
}

/** The event without what follows it that is another duty: the directive's verb (see VERB_AFTER_EVENT), a second period. */
function beforeOtherDuty(event: string, lead: Lead): string {
  const verb = lead === 'shall' ? VERB_AFTER_EVENT.exec(event) : null;
  if (verb && !CLAUSE_IN_EVENT.test(event.slice(0, verb.index))) event = event.slice(0, verb.index);
  const second = SECOND_PERIOD.exec(event);
  if (!second) return event;
  const head = event.slice(0, second.index);
  const and = head.lastIndexOf(' and ');
  return and > 0 ? head.slice(0, and) : head;
}

// A date before the order was signed is history the order recites ("by March 6, 1933"), not a deadline.
function firstDate(text: string, conditional: boolean, signedOn?: string): Found | undefined {
  for (const m of firstMatches(DUE_DATE, text)) {
    if (conditional && inCondition(text, m.index)) continue;
    const dueOn = dateOf(m, signedOn);
    if (!dueOn || (signedOn && dueOn < signedOn)) continue;
    return { at: m.index, deadline: { dueOn } };
  }
  return undefined;
}

function firstYearly(text: string, conditional: boolean): Found | undefined {
  const yearly = yearlyDueIn(text);
  if (!yearly || (conditional && inCondition(text, yearly.at))) return undefined;
  return { at: yearly.at, deadline: { eachYearOn: yearly.eachYearOn } };
}

function firstBeforeDate(text: string, conditional: boolean, signedOn?: string): Found | undefined {
  for (const m of firstMatches(BEFORE_DATE, text)) {
    if (conditional && inCondition(text, m.index)) continue;
    const head = m.index === 0 && text[m.index + m[0].length] === ',';
    if (!head && !SHALL_TO_BEFORE.test(text.slice(Math.max(0, m.index - 200), m.index))) continue;
    // "work performed prior to May 1, 1974" in an order of that day (EO 11781) is no deadline
    const dueOn = isoOf(m[1]);
    if (!dueOn || (signedOn && dueOn <= signedOn)) continue;
    return { at: m.index, deadline: { dueOn } };
  }
  return undefined;
}

function firstOnDate(text: string, conditional: boolean, signedOn?: string): Found | undefined {
  for (const m of firstMatches(ON_DATE, text)) {
    if (conditional && inCondition(text, m.index)) continue;
    // "^" in VERB_TO_ON is the clause's start only where the text before is read whole
    const before = m.index <= 200 ? text.slice(0, m.index) : `\0${text.slice(m.index - 200, m.index)}`;
    if (!VERB_TO_ON.test(before)) continue;
    const dueOn = fixedDayOf(text, m, signedOn);
    if (dueOn) return { at: m.index, deadline: { dueOn } };
  }
  return undefined;
}

function firstBodyEnd(text: string, conditional: boolean, signedOn?: string): Found | undefined {
  for (const m of firstMatches(BODY_END, text)) {
    if (conditional && inCondition(text, m.index)) continue;
    // "until the end of November 3, 1961" in an order of that day (EO 10973): the end of the signing day is to come
    const endOfDay = /\b(?:end|close)\s+of\b/.test(m[0]);
    const dueOn = fixedDayOf(text, m, signedOn, endOfDay);
    if (dueOn) return { at: m.index, deadline: { dueOn } };
  }
  return undefined;
}

/** The day a match's written date (group 1) names, where it is one fixed day still to come. */
function fixedDayOf(text: string, m: RegExpExecArray, signedOn?: string, endOfDay = false): string | undefined {
  const end = m.index + m[0].length;
  if (/\bwhichever\b/.test(text.slice(end, end + 200))) return undefined;
  // "terminate on December 31, 2026, or on such later date as the President may specify": no fixed day
  if (/^,?\s*or\s[^.;,]{0,40}\b(?:date|time)\b/.test(text.slice(end, end + 60))) return undefined;
  // a day before the signing, or the signing itself, is history, not a deadline
  const dueOn = isoOf(m[1]);
  if (!dueOn || signedOn === undefined) return dueOn;
  return (endOfDay ? dueOn < signedOn : dueOn <= signedOn) ? undefined : dueOn;
}

/** The ISO date a DUE_DATE match names, by the group that matched. */
function dateOf(m: RegExpExecArray, signedOn?: string): string | undefined {
  if (m[1]) return isoOf(m[1]);
  if (m[2]) return monthEnd(Number(m[3]), m[2]);
  if (m[5]) return yearEnd(Number(m[5]), m[4]);
  if (m[7]) {
    const day = ordinalDay(m[8]);
    return day ? toIsoDate(`${m[7]} ${day}, ${m[9]}`) : undefined;
  }
  return signedOn && currentYearEnd(signedOn, m[6]);
}

/** The last day of a month of a year ("September" 2021 → 2021-09-30). */
function monthEnd(year: number, month: string): string | undefined {
  const k = MONTHS.indexOf(month.toLowerCase());
  if (k < 0) return undefined;
  return new Date(Date.UTC(year, k + 1, 0)).toISOString().slice(0, 10);
}

/** The end of the year an order signed on `signedOn` is in: its calendar year, or its fiscal year. */
function currentYearEnd(signedOn: string, kind?: string): string {
  const year = Number(signedOn.slice(0, 4));
  if (!/fiscal/i.test(kind ?? '')) return `${year}-12-31`;
  const end = yearEnd(year, 'fiscal');
  return signedOn <= end ? end : yearEnd(year + 1, 'fiscal');
}

/**
 * The last day of a year: a calendar year's December 31; the Federal fiscal year's September 30 from fiscal year 1977
 * on (the Congressional Budget Act of 1974 moved its start to October 1, 1976), June 30 before.
 */
function yearEnd(year: number, kind?: string): string {
  if (!/^(?:fiscal|FY)/i.test(kind ?? '')) return `${year}-12-31`;
  return year >= 1977 ? `${year}-09-30` : `${year}-06-30`;
}

/**
 * The matches of a global regex one by one, as far as the caller reads: `String.prototype.matchAll`
 * clones the regex on every call, and these run once per sentence of a directive.
 */
function* firstMatches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = re.lastIndex;
      yield m;
      re.lastIndex = at;
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** Calendar months in UTC; the 31st plus one month is the last day of the next month. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

// "This order shall become effective thirty days after the date hereof" (EO 10376), "This order is effective July 1,
// 1980" (EO 12196), "This order shall become effective upon publication in the Federal Register" (EO 11636)
// the order as the subject of its sentence: not "is revoked at the time this order takes effect" (EO 13175) nor
// "Section 502 and Part 6 of this order shall be effective for 5 years only" (EO 12780)
const TAKES_EFFECT =
  /\bThis (?:[Ee]xecutive )?[Oo]rder (?:shall )?(?:become|becomes|be|is|take|takes) (?:effective|effect)\b/g;
const ON_SIGNING = new RegExp(
  String.raw`^,?\s*(?:${AT_ONCE_WORDS}|upon (?:its )?(?:signing|signature|issuance)|` +
    String.raw`(?:on|as of) (?:the date (?:of (?:its )?(?:signing|signature|issuance|this order)|hereof)|signing))`,
  'i',
);
const DATE_IN_TAIL = new RegExp(`(${MONTH} \\d{1,2},\\s?\\d{4})`);
// "thirty days after the date hereof" (EO 10376), "on the thirtieth day following the date hereof" (EO 10042)
const DAYS_AFTER_SIGNING = new RegExp(
  String.raw`^,?\s*(?:(\d{1,4})|(${NUMBER_IN_WORDS})|on the ([a-z]+(?:-[a-z]+)?)) days? (?:after|from|following) ` +
    String.raw`(?:the date (?:hereof|of (?:this|its) (?:order|signing|issuance))|(?:its )?(?:signing|issuance))`,
  'i',
);

/**
 * When the order takes effect, read from its texts (each provision's): undefined when on its signing, said so or not
 * said at all; a date when it names one or counts one from the signing; null when the text leaves it open ("upon
 * publication in the Federal Register", "on the first Sunday after the sixtieth day after the date hereof").
 */
export function orderEffectiveOn(texts: Iterable<string>, signedOn?: string): EffectiveOn {
  for (const text of texts) {
    if (!text.includes('ffect')) continue;
    for (const m of firstMatches(TAKES_EFFECT, text)) {
      // the rest of its sentence ("at 12:01 a.m., eastern daylight time on March 16, 2017": a period of "a.m." goes on)
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
      const end = /[.;](?=\s+[A-Z(#*]|\s*$)/.exec(rest);
      const tail = end ? rest.slice(0, end.index) : rest;
      if (ON_SIGNING.test(tail)) return undefined;
      const date = DATE_IN_TAIL.exec(tail);
      const on = date && isoOf(date[1]);
      if (on) return signedOn && on <= signedOn ? undefined : on;
      const after = DAYS_AFTER_SIGNING.exec(tail);
      const days = after && (after[1] ? Number(after[1]) : after[2] ? numberInWords(after[2]) : ordinalDay(after[3]));
      if (days && signedOn) return addDays(signedOn, days);
      // a time the text does not fix ("upon publication in the Federal Register"); else not a statement of when
      if (/^,?\s*(?:upon|on|when|at|as of|after|following)\b/i.test(tail)) return null;
    }
  }
  return undefined;
}
