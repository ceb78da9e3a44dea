/**
 * Terms an order defines for an actor it names in full: 'the Administrator of the Environmental
 * Protection Agency ("the Administrator")' (EO 12580), 'The Housing and Home Finance Administrator
 * (hereinafter referred to as the Administrator)' (EO 11004), 'an Economic Stabilization
 * Administrator, hereafter in this Part referred to as the Administrator,' (EO 10161). A bare
 * "the Administrator" after such a definition means that actor, whatever else the order names.
 */
import { Provision } from '../model';
import {
  anchored,
  Anchored,
  backOver,
  isQuoteOrSpace,
  matchAllOf,
  NameSpelling,
  nameStartBefore,
  placesBetween,
  WordPlaces,
} from './anchored';
import { isSpaceCode, isWordCode, matchAllIf } from './patterns';
import { listIn } from './lists';
import { inDocumentOrder, lastBefore } from './positions';

export interface Definition {
  /** The defined term, without article or quotes: "Administrator", "Council". */
  term: string;
  /** The full name it stands for, without a leading article. */
  name: string;
  order: number;
  start: number;
}

const NAME_WORD = String.raw`[A-Z][\w'’.-]*`;
const FULL_NAME = String.raw`((?:${NAME_WORD})(?:\s+(?:${NAME_WORD}|of|and|on|for|the)){0,12})`;
// (the closing quote may be a single one where the opening is double: 'hereinafter referred to as "the Council')', EO 11625)
// up to three words: "The Chief Executive Officer of the Corporation for National and Community Service (Chief Executive
// Officer)" (EO 13331)
const TERM = String.raw`["“]?(?:the\s+)?["“]?((?:[A-Z][\w'’-]*?)(?:\s+[A-Z][\w'’-]*?){0,2})["”'’]?`;
/** A term in parentheses: ("the Administrator"), (hereinafter referred to as the "Council"), (Task Force). */
const PAREN_TERM = String.raw`\((?:(?:hereinafter|hereafter)(?:\s+(?:in\s+this\s+\w+\s+)?(?:referred\s+to\s+as|called))?\s+|referred\s+to\s+(?:herein\s+)?as\s+)?${TERM}\)`;
/** FULL_NAME read backwards: at most 13 words, parted by spaces. */
const FULL_NAME_SPELLING: NameSpelling = {
  inWord: (text, at) => isWordCode(text.charCodeAt(at)) || "'’.-".includes(text[at]),
  parts: isSpaceCode,
  most: 12,
};
const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const PAREN_TERM_AT = new RegExp(PAREN_TERM, 'y');

/** The places a name ending at `end` can start: its first word's capital. */
function nameStarts(out: number[], text: string, end: number): void {
  placesBetween(out, text, nameStartBefore(text, end, FULL_NAME_SPELLING), end, CAPITALS);
}

/** NAME (the "Council"): read back from each parenthesis holding a term, over what may stand between (quotes, a comma, spaces). */
function namesBeforeTerms(words: WordPlaces): number[] {
  const text = words.text;
  const out: number[] = [];
  for (const open of words.of('(')) {
    PAREN_TERM_AT.lastIndex = open;
    if (PAREN_TERM_AT.test(text))
      nameStarts(
        out,
        text,
        backOver(text, open, (c) => c === 44 || isQuoteOrSpace(c)),
      );
  }
  return out;
}

/** NAME, hereinafter ...: read back from each "hereinafter" over the spaces and the comma before it. */
function namesBeforeHereinafter(words: WordPlaces): number[] {
  const text = words.text;
  const out: number[] = [];
  for (const at of words.ofAll(['hereinafter', 'hereafter'])) {
    const comma = backOver(text, at, isSpaceCode) - 1;
    if (comma < at - 1 && text[comma] === ',') nameStarts(out, text, comma);
  }
  return out;
}

/**
 * Each form with where its matches can start: most provisions define nothing, and the forms start at every capital
 * letter (tried only before a term in parentheses, or a comma and "hereinafter"); and with what its matches hold,
 * for a short provision.
 */
// NAME ("the Administrator"), NAME (hereinafter referred to as the "Council"), NAME (Task Force)
const BY_PARENTHESIS = new RegExp(String.raw`${FULL_NAME}["”'’]*,?\s*${PAREN_TERM}`, 'g');
// NAME, hereafter in this Part referred to as the Administrator,
const BY_HEREINAFTER = new RegExp(
  String.raw`${FULL_NAME},\s+(?:hereinafter|hereafter)(?:\s+in\s+this\s+\w+)?\s+(?:referred\s+to\s+as|called)\s+${TERM}[,)]`,
  'g',
);
const DEFINITIONS: Anchored[] = [
  anchored(BY_PARENTHESIS, namesBeforeTerms, new RegExp(PAREN_TERM)),
  anchored(BY_HEREINAFTER, namesBeforeHereinafter, /hereinafter|hereafter/),
];

/**
 * The definitions section: 'As used in this order, the word "Secretary" means the Secretary of the Army' (EO 11574),
 * '"Board" means the Board of the Foreign Service' (EO 11636), a title of two words: '"Assistant Secretary" means the Assistant
 * Secretary of Labor for Labor-Management Relations' (EO 11491). It defines the word for the whole order, the
 * provisions before it too, so it is recorded as if it came first.
 */
const WHOLE_ORDER_DEFINITION = new RegExp(
  String.raw`["“]([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)["”],?\s+(?:shall\s+)?(?:means?|refers?\s+to)\s+(?:the\s+)?${FULL_NAME}`,
  'g',
);

/** What the whole-order form needs; `MAY_DEFINE` what any form does, so a provision without it is passed over at once. */
const WHOLE_ORDER_NEEDS = /\bmeans?\b|\brefers?\s+to\b/;
const MAY_DEFINE = /\(|hereinafter|hereafter|\bmeans?\b|\brefers?\s+to\b/;

export class DefinedTerms {
  private readonly definitions: Definition[];
  private terms?: Map<string, Definition[]>;

  constructor(provisions: Provision[]) {
    // pushed in loops, in the order the lists were once flattened and joined in: lists made for each provision
    // (two or three, nearly all empty) were garbage by the hundred thousand in a long order
    const found: Definition[] = [];
    const defining = provisions.filter((p) => MAY_DEFINE.test(p.text));
    for (const p of inDocumentOrder(defining)) {
      const words = new WordPlaces(p.text);
      for (const form of DEFINITIONS) {
        for (const m of matchAllOf(form, words)) {
          const d = definition(m, p.order);
          if (d) found.push(d);
        }
      }
    }
    for (const p of defining) {
      for (const m of matchAllIf(WHOLE_ORDER_NEEDS, WHOLE_ORDER_DEFINITION, p.text)) {
        const d = { term: m[1], name: m[2].replace(/[.,]+$/, ''), order: -1, start: m.index };
        if (/\s/.test(d.name)) found.push(d);
      }
    }
    this.definitions = found.sort((a, b) => a.order - b.order || a.start - b.start);
  }

  /** Every definition, in document order. */
  get all(): readonly Definition[] {
    return this.definitions;
  }

  /** The last definition of `term` before (`order`, `start`). */
  before(term: string, order: number, start: number): Definition | undefined {
    return lastBefore(this.byTerm().get(term) ?? [], order, start);
  }

  /**
   * The definitions of each term, in document order; made on first use. Each bare word once scanned every definition
   * before it: in a long text of many orders, hundreds of definitions for each of thousands of words.
   */
  private byTerm(): Map<string, Definition[]> {
    if (!this.terms) {
      this.terms = new Map();
      for (const d of this.definitions) listIn(this.terms, d.term).push(d);
    }
    return this.terms;
  }
}

function definition(m: RegExpExecArray, order: number): Definition | undefined {
  const name = m[1].replace(/^(?:The|An?)\s+/, '').replace(/[.,]+$/, '');
  const term = m[2];
  // an acronym or a citation in parentheses ("(OMB)", "(5 U.S.C. 3301)") is no term for a bare word
  if (!/\s/.test(name) || /^[A-Z]{2,}s?$/.test(term) || name === term) return undefined;
  return { term, name, order, start: m.index };
}
