/**
 * Functions moved from one agency to another: "The functions of the Director of War Mobilization and Reconversion ...
 * are transferred to the Executive Office of the President" (EO 9809), "All functions vested in the Temporary Controls
 * Administrator ... are transferred to the Secretary of Commerce and shall be performed by him" (EO 9841). The one they
 * go to acts from now on; the one they came from is whose functions they were, and is ordered nothing.
 */
import { Mention } from './agencies';

/**
 * "is (hereby) transferred to", "are transferred to and vested in", "are transferred to and shall be held, exercised,
 * and performed by" (EO 6639), "are hereby transferred to, and shall be exercised and performed by," (EO 9577): up to
 * the words that name the one the functions go to. Only a finite "is" or "are": "functions transferred to the
 * Department of Labor by this order shall be administered" (EO 9617) and "which was transferred to" describe a thing.
 */
const TRANSFERRED_TO =
  /\b(?:is|are)\s+(?:hereby\s+)?transferred\s+to(?:\s+and\s+(?:vested|consolidated)\s+in|,?\s+and\s+shall\s+be\s+[a-z, ]{1,60}?\s+by,?)?\s+/g;
/**
 * What an agency holds and hands on: the moved thing must be one ("The Federal Fire Council ... is hereby transferred to
 * and established in the Department of Commerce", EO 11654, moves the Council itself, which goes on acting).
 */
const HELD =
  /\b(?:functions?|powers?|duties|authority|authorities|responsibilities|rights|records|property|personnel|funds|moneys|appropriations|balances?|jurisdiction|affairs)\b/;
/**
 * "shall be vested in", "shall hereafter be vested in", "shall become vested in", "shall vest in" (EO 11548), "shall vest
 * in and be performed by" (EO 10402, EO 11239): the command that moves what is held.
 */
const VESTED_IN = /^shall\s+(?:\w+\s+)?(?:(?:be|become)\s+vested|vest)\s+in(?:\s+and\s+be\s+[a-z]+\s+by)?\s+/;
/** Cheap test first: most sentences move nothing. */
const MAY_TRANSFER = /transferred/;
/** Before a mention, the word that makes it whose functions they were: "of", "vested in", "exercised by", "upon". */
const OWNER_BEFORE = /\b(?:of|in|by|upon|to|from|under|within)\s+(?:the\s+)?(?:said\s+)?$/;
/**
 * Between two mentions of one list: "of the Office of War Information and the Office of Inter-American Affairs" (EO
 * 9608), "those of the Institute of Inter-American Affairs, the International Development Advisory Board, and the Office
 * of Small Business" (EO 10610): the later ones own what is moved as the first does.
 */
const SAME_LIST = /^\s*,?\s*(?:(?:and|or)\s+)?(?:the\s+)?$/;
/** Between the transfer's words and the one the functions go to: a name's words, no clause break. */
const TO_RECIPIENT = /^[^,;:.()]{0,60}$/;

/** Where a sentence moves functions to agencies: the mentions whose functions they were, and those they go to. */
export interface Transfer {
  /** Indexes of the mentions that own what is moved. */
  owners: Set<number>;
  /** Indexes of the mentions the functions go to. */
  recipients: Set<number>;
}

/** "There are hereby transferred to the Interstate Commerce Commission the remaining records ... of the Office" (EO 10065). */
const THERE_BEFORE = /\b[Tt]here\s+$/;

/**
 * The transfers the words before "shall" (at `shallAt`) state, if any: each "is/are transferred to" before "shall" (or
 * right before its "and shall be exercised by"), with an agency named after it, and the owners of what it moves: those
 * named since the transfer before it, or after its agency where "There are transferred to" the agency comes first.
 * Two run together where a period was lost ("... are transferred to the Division of Internal Revenue in the Treasury
 * Department All functions ... of the Department of Justice are transferred to and consolidated in a Division of
 * Investigation in the Department of Justice", EO 6166). A body moved itself ("The Federal Fire Council ... is hereby
 * transferred to and established in the Department of Commerce", EO 10864) goes on acting: only a mention after "of",
 * "in", "by" ... owns what is moved.
 */
export function transferIn(text: string, mentions: readonly Mention[], shallAt: number): Transfer | undefined {
  if (!mentions.length) return undefined;
  const vested = vestedIn(text, mentions, shallAt);
  if (vested || !MAY_TRANSFER.test(text)) return vested;
  let out: Transfer | undefined;
  // mentions come in order of start, and so do the transfers: one pointer walks the mentions
  let k = 0;
  // where the words of what the next transfer moves start: after the transfer before it
  let movedFrom = 0;
  TRANSFERRED_TO.lastIndex = 0;
  for (let t = TRANSFERRED_TO.exec(text); t && t.index < shallAt; t = TRANSFERRED_TO.exec(text)) {
    const to = t.index + t[0].length;
    const from = k;
    while (k < mentions.length && mentions[k].start < to) k++;
    if (k === mentions.length || !TO_RECIPIENT.test(text.slice(to, mentions[k].start))) continue;
    const there = THERE_BEFORE.test(text.slice(Math.max(0, t.index - 8), t.index));
    // the owners: before the transfer's words, or after its agency up to the next transfer or "shall"
    let j = there ? k + 1 : from;
    const end = there ? Math.min(shallAt, nextTransferAt(text, to)) : t.index;
    const moved = there ? text.slice(mentions[k].end, end) : text.slice(movedFrom, t.index);
    if (!HELD.test(moved)) continue;
    out ??= { owners: new Set(), recipients: new Set() };
    const owners = out.owners;
    for (; j < mentions.length && mentions[j].end <= end; j++)
      if (j !== k && !out.recipients.has(j) && ownedAt(text, mentions, j, owners, end)) owners.add(j);
    // another subject's command after the transfer ("are transferred to the Department of the Interior, and the Board
    // shall act in an advisory capacity", EO 6166; "as the Bureau of the Budget shall determine", EO 10065): the one
    // the functions go to is ordered nothing by it, unless the transfer itself runs into the "shall ... by"
    if (/\bshall\b/.test(t[0]) || !otherSubjectAfter(text, mentions, k, shallAt, owners)) out.recipients.add(k);
    else owners.add(k);
    movedFrom = to;
  }
  return out;
}

/**
 * Whether mention `j` owns what is moved: after "of", "in", "by", in a list with an owner, or in a parenthesis that tells
 * an owner's history ("those informational functions of the Office of Inter-American Affairs (established as the Office
 * of the Coordinator of Inter-American Affairs by Executive Order No. 8840 ...)", EO 9608).
 */
function ownedAt(text: string, mentions: readonly Mention[], j: number, owners: Set<number>, end: number): boolean {
  return (
    ownerBefore(text, mentions[j]) ||
    sameList(text, mentions, j, owners) ||
    (owners.size > 0 && inParenthesis(text, mentions[j].end, end))
  );
}

/** How far after a mention the ")" that closes its parenthesis is looked for (a history is a line or two). */
const PARENTHESIS_REACH = 300;

/** Whether a parenthesis open at `at` closes before `end`: a ")" comes before any "(". */
function inParenthesis(text: string, at: number, end: number): boolean {
  const after = text.slice(at, Math.min(end, at + PARENTHESIS_REACH));
  const close = after.indexOf(')');
  if (close < 0) return false;
  const open = after.indexOf('(');
  return open < 0 || open > close;
}

/** Whether the words right before a mention make it whose things they are: "of", "vested in", "exercised by". */
function ownerBefore(text: string, m: Mention): boolean {
  return OWNER_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
}

/** Whether mention `j` continues a list whose mention before it owns what is moved. */
function sameList(text: string, mentions: readonly Mention[], j: number, owners: Set<number>): boolean {
  return j > 0 && owners.has(j - 1) && SAME_LIST.test(text.slice(mentions[j - 1].end, mentions[j].start));
}

/**
 * Whether an agency named after the recipient `k` and before "shall" is a subject of its own: not an owner of what is
 * moved, not named after "of", "in", "by" (part of a name or of what is moved), not a second of a list with the one
 * before it ("to the Secretary of Agriculture and the Secretary of the Interior").
 */
function otherSubjectAfter(
  text: string,
  mentions: readonly Mention[],
  k: number,
  shallAt: number,
  owners: Set<number>,
): boolean {
  for (let j = k + 1; j < mentions.length && mentions[j].end <= shallAt; j++) {
    if (owners.has(j) || ownerBefore(text, mentions[j])) continue;
    // "..., and the Board shall act": a list's last name right before "shall" is that command's subject
    const atShall = !/\S/.test(text.slice(mentions[j].end, shallAt));
    if (!atShall && SAME_LIST.test(text.slice(mentions[j - 1].end, mentions[j].start))) continue;
    return true;
  }
  return false;
}

/** Where the next transfer's words start after `from`, or the text's end. */
function nextTransferAt(text: string, from: number): number {
  const next = text.indexOf('transferred', from);
  return next < 0 ? text.length : next;
}

/**
 * What is held vested in another: "The authority conferred by the Uniform Code of Military Justice upon the Secretary of
 * the Navy shall be vested in the Federal Security Administrator" (EO 10349, also EO 9575). The one it is vested in
 * acts; every agency named before "shall" is whose it was, the subject being what is vested. Undefined where "shall"
 * vests nothing held, or in no agency named right after it: then no one named before "shall" acts either ("The
 * executive power of the Government of the Ryukyu Islands shall be vested in a Chief Executive", EO 10713).
 */
function vestedIn(text: string, mentions: readonly Mention[], shallAt: number): Transfer | undefined {
  const vested = VESTED_IN.exec(text.slice(shallAt, shallAt + 40));
  if (!vested || !HELD.test(text.slice(0, shallAt))) return undefined;
  const to = shallAt + vested[0].length;
  const owners = new Set<number>();
  let k = 0;
  for (; k < mentions.length && mentions[k].start < to; k++) owners.add(k);
  const recipients = new Set<number>();
  if (k < mentions.length && TO_RECIPIENT.test(text.slice(to, mentions[k].start))) recipients.add(k);
  return { owners, recipients };
}
