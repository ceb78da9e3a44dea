/** The action a directive orders, read from the verbs after "shall". */
import { Action } from '../model';

const VERBS: Record<string, Action> = {
  review: 'REVIEW',
  reviews: 'REVIEW',
  evaluate: 'REVIEW',
  examine: 'REVIEW',
  examination: 'REVIEW',
  assess: 'REVIEW',
  audit: 'REVIEW',
  study: 'REVIEW',
  rescind: 'RESCIND',
  rescinding: 'RESCIND',
  revoke: 'REVOKE',
  terminate: 'TERMINATE',
  modify: 'MODIFY',
  amend: 'MODIFY',
  revise: 'MODIFY',
  suspend: 'SUSPEND',
  pause: 'SUSPEND',
  cease: 'CEASE',
  stop: 'CEASE',
  end: 'CEASE',
  reinstate: 'REINSTATE',
  restore: 'REINSTATE',
  reinstitute: 'REINSTATE',
  resume: 'REINSTATE',
  reestablish: 'REINSTATE',
  prepare: 'PREPARE',
  develop: 'PREPARE',
  draft: 'PREPARE',
  produce: 'PREPARE',
  submit: 'SUBMIT',
  report: 'SUBMIT',
  provide: 'SUBMIT',
  consider: 'CONSIDER',
  implement: 'IMPLEMENT',
  enforce: 'IMPLEMENT',
  ensure: 'IMPLEMENT',
  establish: 'ESTABLISH',
  create: 'ESTABLISH',
  promulgate: 'ESTABLISH',
  issue: 'ESTABLISH',
  construct: 'ESTABLISH',
};

/** Words that only say how or when ("promptly begin taking steps to"), skipped to reach the verb. */
const FILLER =
  /^(?:promptly|immediately|also|further|each|jointly|as soon as possible|begin(?:ning)?|take|taking|takes|all|appropriate|steps?|actions?|to|and|a|an|the|comprehensive)$/;

export function actionOf(verbPhrase: string): Action {
  // the first 12 words, taken one by one: cleaning and splitting the whole phrase was made for every directive
  const lower = verbPhrase.toLowerCase();
  let passive = false;
  // each word found by its letters: a match array for each was garbage by the ten thousand
  for (let k = 0, start = wordStart(lower, 0); start >= 0 && k < 12; k++) {
    const end = wordEnd(lower, start);
    const w = lower.slice(start, end);
    if (VERBS[w]) return VERBS[w];
    // "shall be submitted", "shall be prepared": the verb of a passive sentence is its participle; "shall be prepared to
    // implement" (EO 11001), "shall be required to submit": the verb after its "to"
    if (passive) {
      if (DEEMED.test(w)) return 'OTHER';
      const next = wordAfter(lower, end);
      const then = next?.word === 'to' ? wordAfter(lower, next.end)?.word : undefined;
      return (then && VERBS[then]) || participleAction(w);
    }
    if (w === 'be') passive = true;
    else if (!FILLER.test(w) && !GOES_ON_TO_VERB.test(w)) break;
    start = wordStart(lower, end);
  }
  return 'OTHER';
}

/** Words after which the verb is still to come ("conduct a review", "as soon as possible"); one pattern, not one a word. */
const GOES_ON_TO_VERB = /^(?:conduct|identify|as|possible|soon|do|so)$/;

/** Whether a character is of a word of a lowered verb phrase: a letter or a hyphen (anything else parts words). */
function inWord(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 45;
}

/** Where the next word starts at or after `at`, or -1. */
function wordStart(lower: string, at: number): number {
  for (let k = at; k < lower.length; k++) if (inWord(lower.charCodeAt(k))) return k;
  return -1;
}

/** Where the word that starts at `at` ends. */
function wordEnd(lower: string, at: number): number {
  let k = at;
  while (k < lower.length && inWord(lower.charCodeAt(k))) k++;
  return k;
}

/** The next word at or after `at`, and where it ends. */
function wordAfter(lower: string, at: number): { word: string; end: number } | undefined {
  const start = wordStart(lower, at);
  if (start < 0) return undefined;
  const end = wordEnd(lower, start);
  return { word: lower.slice(start, end), end };
}

/** Participles that say what a thing counts as, not what is done to it: "shall be considered absent without leave" (EO 13837). */
const DEEMED = /^(?:considered|deemed|construed|treated|regarded)$/;

/** The action of a participle, by the verb it is made from: "submitted" (submit), "prepared" (prepare), "developed" (develop). */
function participleAction(word: string): Action {
  if (!word.endsWith('ed')) return 'OTHER';
  const doubled = word.length > 4 && word[word.length - 3] === word[word.length - 4];
  const bases = [word.slice(0, -1), word.slice(0, -2), ...(doubled ? [word.slice(0, -3)] : [])];
  return VERBS[bases.find((base) => VERBS[base]) ?? ''] ?? 'OTHER';
}

/**
 * A part of a verb phrase between commas that only says how, when or with whom: "shall, to the extent permitted by
 * law:" (EO 12372), "shall, within 180 days of the date of this order:" (EO 13556), "shall, in consultation with the
 * Secretary of Homeland Security and the Director of OSTP:" (EO 14110), "shall, as appropriate and consistent with
 * applicable law:" (EO 13624). A part that goes on a list of officials ("the Secretary of Commerce") is one too, and
 * so is the year of a date ("no later than May 31, 2003"); so is one joined by "and": "in coordination with the
 * Secretary of Transportation, and in consultation with the heads of other relevant agencies:" (EO 13416), "in the
 * interest of assisting the President ..., and on behalf of the President:" (EO 10161).
 */
const QUALIFIER =
  /^(?:and\s+(?=[a-z]))?(?:(?:as|at|consistent|consonant|for|from|in|on|promptly|pursuant|subject|to the|upon|when|where|with|within|(?:not|no) later than|prior to)\b|(?:and )?the [A-Z]|\d{4}\b)/;

/** The verb phrase without the qualifiers that open it between commas: ", to the extent permitted by law, take all appropriate action to:" -> "take all appropriate action to:". */
function withoutQualifiers(verbPhrase: string): string {
  let v = verbPhrase;
  for (let m = COMMA_PART.exec(v); m && QUALIFIER.test(m[1]); m = COMMA_PART.exec(v)) v = v.slice(m[0].length);
  return v.replace(/^,\s*/, '');
}

/** The part of a verb phrase that opens it between commas: ", to the extent permitted by law". */
const COMMA_PART = /^,\s*([^,:]*)/;

/**
 * "shall:" or "shall take all appropriate action to:" hand the verbs to the clauses that follow, after any qualifiers;
 * "shall also:" (EO 11849, 12036, 14161) and "shall each:" (EO 13595) too.
 */
export function delegatesToClauses(verbPhrase: string): boolean {
  const v = verbOf(verbPhrase).replace(/^(?:promptly|immediately|also|each)(?:\s+|(?=:))/, '');
  return (
    /^:?$/.test(v) ||
    /^take (?:all )?(?:appropriate )?(?:actions?|steps|measures) to:$/.test(v) ||
    /^take the following (?:steps|actions|measures)[^:]*:$/.test(v)
  );
}

/**
 * A lead-in that names the duties the clauses after it list, not the verb: "shall perform the following functions:"
 * (EO 10186), "shall perform the following-described functions and duties:" (EO 10626), "shall have the following
 * functions:" (EO 13354), "shall be responsible for:" (EO 12780). It hands its subject to the clauses only where they
 * are acts (see clausesAreActs): "shall have the following members: (a) the Deputy Attorney General" (EO 13271) lists
 * who, not what is done.
 */
export function namesDutiesOfClauses(verbPhrase: string): boolean {
  return DUTIES_LEAD_IN.test(verbOf(verbPhrase).replace(/^(?:also|each|jointly)\s+/, ''));
}

/** A lead-in's verb phrase after the qualifiers between commas that open it (see withoutQualifiers). */
function verbOf(verbPhrase: string): string {
  return withoutQualifiers(verbPhrase.trim()).trim();
}

const DUTY = '(?:functions|duties|powers|responsibilities|activities)';
const DUTIES_LEAD_IN = new RegExp(
  `^(?:(?:perform|have|exercise|discharge|carry out) the following[- ](?:[\\w-]+ ){0,3}?${DUTY}(?: and ${DUTY})?|be responsible for(?: the following(?: [\\w-]+){0,3}?)?):$`,
);
