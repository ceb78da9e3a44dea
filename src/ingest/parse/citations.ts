/**
 * Federal Register, CFR, U.S.C., INA, Public Law and treaty citations. Each becomes a Rule,
 * Agreement or LegalAuthority entity; the scanner reports where in the text it stood.
 */
import { EntityKind } from '../model';
import { NamedRef, ReferenceData } from '../reference';
import { toIsoDate, WRITTEN_DATE } from './dates';
import { PlacedRef, placeDocumentRefs } from './docrefs';
import { EntityStore } from './entities';
import { slug } from './ids';
import { anchored, backOver, Keywords, matchAllAnchored, WordPlaces } from './anchored';
import { alternation, exactSize, isSpaceCode, isWordCode, Span, SpanSet } from './patterns';
import { oncePer } from './remembered';
import { NamedThings } from './places';

export interface CitationHit extends Span {
  id: string;
  kind: EntityKind;
  text: string;
}

const FR = new RegExp(
  `(?:"([^"]+?),?"\\s*,?\\s*)?\\b(\\d{1,3})\\s+(?:Fed\\.\\s*Reg\\.|FR)\\s+(\\d{1,3}(?:,\\d{3})+|\\d+)` +
    `(?:\\s*\\((${WRITTEN_DATE})\\))?(?:\\s*\\(codified at (\\d+) C\\.?F\\.?R\\.? (?:§\\s*)?([\\d.]*\\d)\\))?`,
  'g',
);
const USC = /\b(\d{1,2})\s+U\.S\.C\.\s+(?:§+\s*)?(\d+[a-z]?(?:-\d+)?(?:\([\w]+\))*)(\s+et seq\.)?/g;
const CFR = /\b(\d{1,2})\s+C\.?F\.?R\.?\s+(?:§+\s*|part\s+)?(\d+(?:\.\d+)?)/g;
const INA = /\b(?:INA section (\d+[A-Z]?(?:\(\w+\))*)|section (\d+[A-Z]?(?:\(\w+\))*) of the INA)/g;
const PUBLIC_LAW = /\bPublic Law (\d+)-(\d+)/g;
// the author's name read at most 300 characters on: unbounded, each "Memorandum of the" with no "titled" after it read on
// to the end of its run of words (5.5 s at 400 kB of them); an officer's title is under 100 characters
const MEMO = new RegExp(`\\bMemorandum of the ([A-Z][\\w ]{1,300}?) titled "([^"]+)"\\s*\\((${WRITTEN_DATE})\\)`, 'g');
const RULE_KIND = /(interim final rule|final rule|proposed rule|designation|notice|order|guidance)\s+titled\s*$/i;

const NO_CITATIONS: CitationHit[] = [];
const NO_MATCHES: RegExpExecArray[] = [];

/**
 * The words every citation holds, found in one pass of a text: most texts hold none, and each form was a guard and a
 * pass of its own over those that do. "C\.?F\.?R" is written out in its four spellings.
 */
const CITE_WORDS = new Keywords([
  'Fed.',
  'FR',
  'CFR',
  'C.FR',
  'CF.R',
  'C.F.R',
  'U.S.C.',
  'INA',
  'Public Law',
  'Memorandum of the',
]);
const CFR_WORDS = ['CFR', 'C.FR', 'CF.R', 'C.F.R'];

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Where "\b(\d{1,most})\s+WORD" can start for each place of the words: the number before the spaces before it. */
function numberBefore(words: WordPlaces, list: readonly string[], most: number, out: number[] = []): number[] {
  const text = words.text;
  for (const word of list)
    for (const at of words.of(word)) {
      const spaces = backOver(text, at, isSpaceCode);
      const digits = backOver(text, spaces, isDigit);
      // a longer run of digits has no word boundary before its last three
      if (spaces < at && digits < spaces && spaces - digits <= most) out.push(digits);
    }
  return out;
}

/** FR's places: its volume, or the quoted title before it ('"Title," 84 Fed. Reg. 35,409'; the title holds no quote). */
function frStarts(words: WordPlaces): number[] {
  const text = words.text;
  const out = numberBefore(words, ['Fed.', 'FR'], 3);
  for (let k = out.length - 1; k >= 0; k--) {
    const closing = backOver(text, out[k], (c) => c === 44 || isSpaceCode(c)) - 1;
    const opening = text[closing] === '"' ? text.lastIndexOf('"', closing - 1) : -1;
    if (opening >= 0) out.push(opening);
  }
  return out;
}

/** INA's places: "INA section 212(f)", or "section 212(f) of the INA" (the section's number holds no space). */
function inaStarts(words: WordPlaces): number[] {
  const text = words.text;
  const out: number[] = [];
  for (const at of words.of('INA')) {
    out.push(at);
    const number = at - ' of the '.length;
    if (number < 0 || !text.startsWith(' of the ', number)) continue;
    const section = backOver(text, number, (c) => isWordCode(c) || c === 40 || c === 41) - 'section '.length;
    if (section >= 0) out.push(section);
  }
  return out;
}

/** Each form with where its matches start, in the order they are read. */
const FR_AT = anchored(FR, frStarts);
const MEMO_AT = anchored(MEMO, (words) => words.of('Memorandum of the'));
const CFR_AT = anchored(CFR, (words) => numberBefore(words, CFR_WORDS, 2));
const USC_AT = anchored(USC, (words) => numberBefore(words, ['U.S.C.'], 2));
const INA_AT = anchored(INA, inaStarts);
const PUBLIC_LAW_AT = anchored(PUBLIC_LAW, (words) => words.of('Public Law'));

/**
 * The authorities' names pattern, built once per reference data: a document's parse wrote it out anew. Without the
 * lookbehind the names have (see `authoritiesIn`): with it, the engine tried it at every place of every text.
 */
const authoritiesPattern = oncePer((refs: NamedRef[]) => {
  const names = refs.flatMap((a) => [a.name, ...a.aliases]);
  return new RegExp(`(?:${alternation(names)})`, 'g');
});

/** The names of `pattern` not after a word character or a hyphen, as "(?<![\w-])(?:names)" finds them. */
function authoritiesIn(pattern: RegExp, text: string): RegExpExecArray[] {
  let out: RegExpExecArray[] | undefined;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 0;
    // where the lookbehind fails, the search goes on from the next place, as the regex's own search does
    if (isWordCode(before) || before === 45) pattern.lastIndex = m.index + 1;
    else (out ??= []).push(m);
  }
  pattern.lastIndex = 0;
  return out ?? NO_MATCHES;
}

/**
 * Whether a place lies inside one of `spans`, asked of places in ascending order: one walk of the spans, sorted by
 * start, keeping the farthest end of those begun. A look through all spans for each place was quadratic in a text of
 * thousands of orders each with its own publication, "Executive Order 10000 ... (15 FR 10000)" (3.5 s at 2 MB).
 */
function inAnyOf(spans: Span[]): (at: number) => boolean {
  const sorted = spans.length > 1 ? spans.sort((a, b) => a.start - b.start) : spans;
  let next = 0;
  let reach = -1;
  return (at) => {
    for (; next < sorted.length && sorted[next].start <= at; next++) reach = Math.max(reach, sorted[next].end);
    return at < reach;
  };
}

export class CitationScanner {
  private readonly authorities: RegExp;

  constructor(
    private readonly ref: ReferenceData,
    private readonly store: EntityStore,
    private readonly named: NamedThings,
    private readonly agencyOf: (phrase: string) => string | undefined,
  ) {
    this.authorities = authoritiesPattern(ref.authorities);
  }

  /**
   * Every citation in the text, in order of appearance. `refsOf` places the documents the text names: the caller's own
   * placing, which it asks for the same text next, so that a long provision citing the Federal Register is not read
   * for them twice.
   */
  scan(text: string, refsOf: (text: string) => readonly PlacedRef[] = placeDocumentRefs): CitationHit[] {
    // the lists are made at the first hit: most texts cite nothing, and a scan of 40,000 such made 700 bytes each
    let hits: CitationHit[] | undefined;
    let taken: SpanSet | undefined;
    const push = (h: CitationHit) => (taken ??= new SpanSet()).take(h) && (hits ??= []).push(h);
    const words = new WordPlaces(text, CITE_WORDS);
    // one pass for what the six forms hold: most texts hold none
    if (words.hasKeywords()) {
      const fr = matchAllAnchored(FR_AT, words);
      // "Executive Order 13958 of November 2, 2020 (85 FR 70951)": the order's own publication, kept on the reference, not a rule
      // an order placed by its date alone is not one: its words are read as the citation they were before such placing
      const published = inAnyOf(fr.length ? refsOf(text).filter((r) => r.ref.frCitation && !r.byDate) : []);
      for (const m of fr) {
        if (published(m.index)) continue;
        const hit = this.federalRegister(m, text);
        push(hit);
        // "(codified at 42 C.F.R. 71.40)" cites the CFR section as well as the rule
        if (m[5])
          (hits ??= []).push({
            id: `cfr-${m[5]}-${slug(m[6])}`,
            kind: 'LegalAuthority',
            start: hit.end,
            end: hit.end,
            text: `${m[5]} C.F.R. ${m[6]}`,
          });
      }
      for (const m of matchAllAnchored(MEMO_AT, words)) push(this.memo(m));
      for (const m of matchAllAnchored(CFR_AT, words))
        push(this.authority(m, `cfr-${m[1]}-${slug(m[2])}`, `${m[1]} CFR ${m[2]}`));
      for (const m of matchAllAnchored(USC_AT, words))
        push(this.authority(m, `usc-${m[1]}-${slug(m[2])}`, `${m[1]} U.S.C. ${m[2]}`));
      for (const m of matchAllAnchored(INA_AT, words))
        push(this.authority(m, `ina-${slug(m[1] ?? m[2])}`, `INA section ${m[1] ?? m[2]}`));
      for (const m of matchAllAnchored(PUBLIC_LAW_AT, words))
        push(this.authority(m, `pl-${m[1]}-${m[2]}`, `Public Law ${m[1]}-${m[2]}`));
    }
    for (const m of authoritiesIn(this.authorities, text)) {
      const a = this.ref.authorities.find((x) => [x.name, ...x.aliases].some((n) => n === m[0].replace(/\s+/g, ' ')));
      if (a) push(this.authority(m, a.id, a.name));
    }
    for (const hit of this.named.agreementsIn(text))
      push({ ...hit, kind: 'Agreement', text: text.slice(hit.start, hit.end) });
    // kept per text for the whole parse: most cite nothing, and share one empty list (read only)
    if (!hits) return NO_CITATIONS;
    // a sort makes a work list even for one item
    return exactSize(hits.length > 1 ? hits.sort((a, b) => a.start - b.start) : hits);
  }

  private authority(m: RegExpExecArray, id: string, name: string): CitationHit {
    this.store.add(id, 'LegalAuthority', name);
    return { id, kind: 'LegalAuthority', start: m.index, end: m.index + m[0].length, text: m[0].trim() };
  }

  private federalRegister(m: RegExpExecArray, text: string): CitationHit {
    const [, title, volume, page] = m;
    const props: Record<string, string | number> = { frVolume: Number(volume), frPage: Number(page.replace(/,/g, '')) };
    const date = m[4] ? toIsoDate(m[4]) : undefined;
    if (date) props.date = date;
    if (m[5]) props.cfr = `${m[5]} CFR ${m[6]}`;
    if (title) props.title = title;
    const citeStart = m.index + m[0].indexOf(volume, title ? m[0].indexOf(title) + title.length : 0);
    const cited = text.slice(citeStart, m.index + m[0].length).replace(/\s*\(codified at[^)]*\)$/, '');
    if (title && /^Agreement\b/.test(title)) return this.agreement(m, title, props, cited);
    const kind = RULE_KIND.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1].toLowerCase();
    if (kind) props.ruleKind = kind;
    const id = this.store.add(`fr-${volume}-${props.frPage}`, 'Rule', title ?? `${volume} FR ${props.frPage}`, props);
    if (m[5]) this.store.add(`cfr-${m[5]}-${slug(m[6])}`, 'LegalAuthority', `${m[5]} CFR ${m[6]}`);
    return { id, kind: 'Rule', start: m.index, end: m.index + m[0].length, text: cited };
  }

  /** An agreement published in the Federal Register; asylum cooperative agreements get readable ids. */
  private agreement(
    m: RegExpExecArray,
    title: string,
    props: Record<string, string | number>,
    cited: string,
  ): CitationHit {
    const country = this.named.countryNamedIn(title);
    const isAca = /Protection Claims|Asylum Cooperative/i.test(title);
    const id =
      country && isAca ? `agreement-aca-${country.replace(/^country-/, '')}` : `agreement-${slug(title).slice(0, 60)}`;
    this.store.add(id, 'Agreement', title, props);
    for (const party of ['country-united-states', ...(country ? [country] : [])])
      this.store.link(id, this.named.addCountry(party), 'PARTY');
    return { id, kind: 'Agreement', start: m.index, end: m.index + m[0].length, text: cited };
  }

  /** Agency guidance cited by author, title and date: "Memorandum of the Secretary of X titled "..." (date)". */
  private memo(m: RegExpExecArray): CitationHit {
    const date = toIsoDate(m[3]) ?? slug(m[3]);
    const agency = this.agencyOf(m[1]) ?? slug(m[1]);
    const id = this.store.add(`rule-${agency}-${date}`, 'Rule', m[2], {
      ruleKind: 'guidance memorandum',
      date,
      issuedBy: agency,
    });
    return { id, kind: 'Rule', start: m.index, end: m.index + m[0].length, text: m[0] };
  }
}
