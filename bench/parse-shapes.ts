/**
 * The texts of the parse benchmarks: shapes that once made the parser quadratic, each grown to a
 * given length. Shared by bench/parse-scaling.ts (time against length) and bench/parse-profile.ts
 * (where one shape's time goes).
 */
import { CorpusLine, readCorpus } from '../src/corpus/lines';
import { DocumentHints } from '../src/ingest/model';

const HEADER =
  'Executive Order 14999 of January 20, 2025\n\nA Test\n\nBy the authority vested in me as President, it is hereby ordered:\n\nSection 1. Purpose. ';
export const hints: DocumentHints = { kind: 'EXECUTIVE_ORDER', number: '14999', signedOn: '2025-01-20' };

const SENTENCE =
  'The Secretary of Homeland Security shall review the program within 90 days of the date of this order. ';
const NESTED = ['(a)', '(i)', '(A)', '(1)'];
/** The members a council's list names, one an item, as orders establishing councils list them. */
const MEMBERS = [
  'Secretary of State',
  'Secretary of the Treasury',
  'Secretary of Defense',
  'Attorney General',
  'Secretary of the Interior',
  'Secretary of Agriculture',
  'Secretary of Commerce',
  'Secretary of Labor',
  'Secretary of Health and Human Services',
  'Secretary of Housing and Urban Development',
  'Secretary of Transportation',
  'Secretary of Energy',
  'Secretary of Education',
  'Secretary of Veterans Affairs',
  'Secretary of Homeland Security',
  'Director of the Office of Management and Budget',
  'Administrator of the Environmental Protection Agency',
  'Director of National Intelligence',
  'Chairman of the Council of Economic Advisers',
  'Administrator of General Services',
];

/** Each shape grows to about `size` characters. */
export const SHAPES: Record<string, (size: number) => string> = {
  'a-run': (n) => 'a'.repeat(n),
  'header+a-run': (n) => HEADER + 'a'.repeat(n),
  'one-line-words': (n) => HEADER + SENTENCE.repeat(Math.ceil(n / SENTENCE.length)),
  'many-lines': (n) => HEADER + (SENTENCE + '\n').repeat(Math.ceil(n / SENTENCE.length)),
  'labels-run': (n) => HEADER + '(a)'.repeat(Math.ceil(n / 3)),
  'labels-lines': (n) => HEADER + '(a) x;\n'.repeat(Math.ceil(n / 7)),
  'deep-nesting': (n) =>
    HEADER +
    Array.from({ length: Math.ceil(n / 60) }, (_, i) => `${NESTED[i % 4]} The Secretary shall act:\n`).join(''),
  spaces: (n) => HEADER + ' '.repeat(n) + '.',
  dots: (n) => HEADER + '. '.repeat(Math.ceil(n / 2)),
  'section-lines': (n) =>
    HEADER +
    Array.from({ length: Math.ceil(n / 40) }, (_, i) => `Sec. ${i + 2}. Heading. The Secretary shall act.\n`).join(''),
  // each section names agencies, establishes a body and speaks of "the Board" and "the Task Force": the antecedent and body look-ups
  'agency-sections': (n) =>
    HEADER +
    Array.from(
      { length: Math.ceil(n / 190) },
      (_, i) =>
        `Sec. ${i + 2}. Task Force. There is hereby established the Task Force on Item ${i + 2}. The Secretary of Commerce shall consult the Board and the Administrator. The Task Force shall report.\n`,
    ).join(''),
  // each section revokes an order: relation reading, and the lists a revocation may open
  'revocation-lines': (n) =>
    HEADER +
    Array.from(
      { length: Math.ceil(n / 50) },
      (_, i) => `Sec. ${i + 2}. Executive Order ${10000 + i} is hereby revoked.\n`,
    ).join(''),
  'hyphen-lines': (n) => HEADER + 'Home-\nland '.repeat(Math.ceil(n / 11)),
  'caps-words': (n) => HEADER + 'AbcDef'.repeat(Math.ceil(n / 6)),
  // readings that once looked back over everything before them: thousands of bodies established and named by short
  // names of one stem, a paragraph of chairs, thousands of amended orders, a paragraph naming Secretaries in pairs
  'many-bodies': (n) =>
    HEADER +
    Array.from(
      { length: Math.ceil(n / 150) },
      (_, i) =>
        `Sec. ${i + 2}. There is hereby established the Council on Item${i} ("Council${i}"). The Council${i} shall meet; the Chairman of the Council shall report.\n`,
    ).join(''),
  // one clause of thousands of acts, each of which once searched the whole clause (214 s at 2 MB)
  'recital-acts': (n) =>
    HEADER +
    'WHEREAS ' +
    'it is appropriate that Executive Order No. 10472 be amended as provided below, and that Executive Order 10473 be revoked '.repeat(
      Math.ceil(n / 110),
    ) +
    ': NOW, THEREFORE, it is ordered that Executive Order 10472 be, and it is hereby, amended.',
  // one clause of thousands of chairs and no stop: each chair once scanned the text for its sentence's bounds and read
  // all of that sentence's mentions (96 s at 800 kB)
  // one clause of thousands of acts each reading all the rest for bare numbers (42 s at 2 MB), and of thousands of
  // "that order" each filtering all the clause's refs (15 s at 2 MB)
  'following-revoked-clause': (n) =>
    HEADER + 'The following Executive Orders are hereby revoked: 10001, and '.repeat(Math.ceil(n / 62)) + '10002.',
  'that-order-clause': (n) =>
    HEADER +
    'The designation made by Executive Order No. 9751 of July 11, 1946, is hereby superseded, and that order is amended accordingly; '.repeat(
      Math.ceil(n / 128),
    ) +
    'and that order stands.',
  'chairs-clause': (n) =>
    HEADER +
    '(b) The Chairperson shall, in consultation with the members of each Council, establish the agenda for PCIE and ECIE activities and '.repeat(
      Math.ceil(n / 129),
    ) +
    'the Chairperson shall report.',
  // one clause amending an order thousands of times, each followed by "the Committee": each mention once listed the
  // clause's amended orders before it (10 s at 2 MB)
  'amended-committee-clause': (n) =>
    HEADER + 'Executive Order No. 12369 is further amended, and the Committee shall report; '.repeat(Math.ceil(n / 78)),
  // quoted sentences of chairs and "the Committee", each closed by '."' and so no stop: each chair once made a set of
  // all the clause's bodies (12 s CPU at 2 MB)
  'quoted-chairs': (n) =>
    HEADER +
    'Section 2 of Executive Order No. 11126 is amended to read: "' +
    'The President shall designate the Chairman of the Committee, and the Committee shall meet on the call of the Chairman." '.repeat(
      Math.ceil(n / 120),
    ),
  // one clause of orders superseded and "those orders" amended, over and over: each "those orders" once read all the
  // clause's refs before it and named each again (23 s at 800 kB)
  'those-orders-clause': (n) =>
    HEADER +
    'Executive Orders Nos. 10001, 10002, and 10003 are superseded to the extent inconsistent with this order, and those orders are amended accordingly; '.repeat(
      Math.ceil(n / 146),
    ),
  // the same naming new orders each time: each "those orders" once took all the clause's orders before it (22 s at
  // 800 kB)
  'those-orders-varying': (n) =>
    HEADER +
    Array.from({ length: Math.ceil(n / 146) }, (_, i) => {
      const a = 10000 + 3 * (i % 29000);
      return `Executive Orders Nos. ${a}, ${a + 1}, and ${a + 2} are superseded to the extent inconsistent with this order, and those orders are amended accordingly; `;
    }).join(''),
  // one list of thousands of orders, then thousands of "those orders": each re-read the whole list (10 s at 200 kB)
  'those-orders-after-list': (n) =>
    HEADER +
    'Executive Orders Nos. ' +
    Array.from({ length: Math.ceil(n / 14) }, (_, i) => String(10000 + (i % 89999))).join(', ') +
    ' are superseded to the extent inconsistent with this order, and ' +
    'those orders are amended accordingly, and '.repeat(Math.ceil(n / 84)) +
    'those orders stand.',
  // thousands of different boards named in full: each new bare word read every name ending in "Board" (16 s at 200 kB)
  'distinct-boards': (n) =>
    HEADER + Array.from({ length: Math.ceil(n / 30) }, (_, i) => `the Item${10000 + i} Board shall act,`).join(' '),
  // a chain of saving clauses joined by "and": each asked the next whether it was one, and it the next (the stack
  // overflowed at 400 kB)
  'saving-chain': (n) =>
    HEADER + 'the order shall remain in effect, and '.repeat(Math.ceil(n / 38)) + 'the Secretary shall act.',
  // one council established, then thousands of sentences naming other councils in full: each new full name asked for
  // its agency and the nearest earlier name that fits "the Council" (1.8 s at 1.6 MB)
  'council-advises': (n) =>
    HEADER +
    'There is established the Council on Item10000. ' +
    Array.from(
      { length: Math.ceil(n / 50) },
      (_, i) => `The Council shall advise the Council on Item${10000 + (i % 89999)}. `,
    ).join(''),
  'chairs-paragraph': (n) =>
    HEADER + 'The Chairman shall convene the Board. The Vice Chair shall act; '.repeat(Math.ceil(n / 64)),
  amendments: (n) =>
    HEADER +
    Array.from(
      { length: Math.ceil(n / 120) },
      (_, i) =>
        `Sec. ${i + 2}. Section 3 of Executive Order ${11000 + i} is amended to read: "The Committee shall report." The Committee shall act.\n`,
    ).join(''),
  // an amendment "as follows:" with thousands of items that each revoke a part of it (EO 12007's "(3) Part II is
  // revoked."): each item once looked for its targets through all the items after it
  'amendment-items': (n) =>
    HEADER +
    'Section 1. Executive Order No. 11126 is amended as follows:\n' +
    Array.from({ length: Math.ceil(n / 25) }, (_, i) => `(${i + 1}) Part II is revoked.\n`).join(''),
  // a list of thousands of orders revoked at once (EO 12553 revokes 386): each kept relation was compared with all before
  'revoked-numbers': (n) =>
    HEADER +
    'Section 1. The following Executive orders are revoked:\n' +
    Array.from({ length: Math.ceil(n / 30) }, (_, i) => `No. ${1000 + (i % 9000)} of May 1, 1940.\n`).join(''),
  'secretaries-paragraph': (n) =>
    HEADER +
    Array.from(
      { length: Math.ceil(n / 100) },
      (_, i) => `The Secretary of State and the Secretary of Defense shall act. The Secretaries shall report ${i}. `,
    ).join(''),
  // one sentence that lists thousands of officials after "in consultation with", each by title or as departments of
  // one "Secretaries of": the roles of its mentions were once found by a search of every item for each mention
  'officials-list': (n) =>
    HEADER +
    'The Secretary of Commerce, in consultation with the Secretary of State' +
    ', the Secretary of the Treasury, the Secretary of Defense'.repeat(Math.ceil(n / 56)) +
    ', and the Secretary of Labor, shall report.',
  'secretaries-list': (n) =>
    HEADER +
    'The Secretary of Commerce, in consultation with the Secretaries of State' +
    ', the Treasury, Defense'.repeat(Math.ceil(n / 23)) +
    ', and Labor, shall report.',
  // one sentence of thousands of role phrases, each list closed by its "and": each phrase once searched on to the
  // sentence's one "shall" for where its list stops, and split all that text at its commas (48 s at 1 MB)
  'role-phrases': (n) =>
    HEADER +
    'The Secretary of Commerce' +
    ', in consultation with the Secretary of State and the Secretary of Defense'.repeat(Math.ceil(n / 75)) +
    ', shall report.',
  // role phrases one inside another's list: each list ran on through every later phrase, and its items overlapped theirs
  // (20 s at 100 kB for each of these), as official lists with "acting through" and "(through ...)" do in real orders
  'nested-role-phrases': (n) =>
    HEADER +
    'The Secretary of Commerce' +
    ', in consultation with the Secretary of State, with the support of the Secretary of Defense'.repeat(
      Math.ceil(n / 90),
    ) +
    ', shall report.',
  'acting-through-list': (n) =>
    HEADER +
    'The Secretary of Commerce, in consultation with the Secretary of Energy' +
    ', the Secretary of State, acting through the Director of the Office'.repeat(Math.ceil(n / 66)) +
    ', shall report.',
  throughs: (n) =>
    HEADER +
    'The Secretary of Commerce shall act' +
    ' through the Director of the Office and'.repeat(Math.ceil(n / 39)) +
    ' the Secretary.',
  // a long run of capitalised words with "the" among them: each "the" was read on to the run's end for an actor word
  // (3 s at 200 kB, quadratic: over a minute at 1 MB)
  'the-run': (n) => HEADER + 'The Secretary shall act on ' + 'The Quick Brown '.repeat(Math.ceil(n / 16)) + 'matter.',
  // one sentence of bodies established in turn: each verb read the words before it back to the sentence's start and
  // tried the pattern at every "the" there again (3.2 s at 100 kB), and each "There is established within" read on
  // to the sentence's end for its "a"/"the" and name (4 s at 100 kB)
  'established-run': (n) =>
    HEADER +
    'The Secretary shall act. ' +
    'the Board of Items is hereby established and there is hereby established within the office '.repeat(
      Math.ceil(n / 94),
    ) +
    'today.',
  // each "shall:" provision once read every provision for its descendants
  'colon-sections': (n) =>
    HEADER +
    Array.from(
      { length: Math.ceil(n / 170) },
      (_, i) =>
        `Sec. ${i + 2}. (b) Within 90 days of the date of this order, the Director of the Office of Management and Budget (OMB), in consultation with appropriate agency heads, shall:\n`,
    ).join(''),
  // thousands of orders each cited with its own publication, "(15 FR 10000)": each citation looked through all the
  // orders' places for the one it stood in (4.0 s at 2 MB)
  'published-orders': (n) =>
    HEADER +
    Array.from({ length: Math.ceil(n / 61) }, (_, i) => {
      const k = 10000 + (i % 89999);
      return `Executive Order ${k} of May 1, 1950 (15 FR ${k}), is revoked. `;
    }).join(''),
  // thousands of strategies, each defined and reported on: each producing directive looked for every strategy's name
  // and title in its words (12.7 s at 1.6 MB)
  'strategy-lines': (n) =>
    HEADER +
    Array.from(
      { length: Math.ceil(n / 114) },
      (_, i) =>
        `The Secretary shall prepare the United States Strategy for Item${10000 + i} (the "Item${10000 + i} Strategy") and submit a report.\n`,
    ).join(''),
  // strategies of 200 shapes of name, then one directive that says "the Strategy" thousands of times: a look-up of each
  // shape at each word (3.4 s at 2 MB, as strategies were first read by their words)
  'strategy-words': (n) =>
    HEADER +
    Array.from(
      { length: 200 },
      (_, k) =>
        `The Secretary shall prepare the National ${'X'.repeat(k + 1)} Strategy (the "${'Y'.repeat(k + 1)} Strategy").\n`,
    ).join('') +
    'The Secretary shall submit ' +
    'the Strategy, '.repeat(Math.ceil(n / 14)) +
    'and a report.',
  // one provision of thousands of "is directed to:." over its list of clauses: each sentence took every clause as its
  // own directive (1,248,750 directives, 2.6 s from 100 kB; 400 kB not done in 150 s)
  'directed-clauses': (n) =>
    HEADER +
    'Sec. 2. Duties. (a) ' +
    Array.from({ length: Math.ceil(n / 80) }, (_, i) => `The Board of Item${10000 + i} is directed to:.`).join(' ') +
    '\n' +
    Array.from({ length: Math.ceil(n / 54) }, (_, i) => `(${i + 1}) review item ${10000 + i};`).join('\n'),
  // names and words run together with no space: each name of many spellings ("Committee", "Commission" ...) read on to
  // the run's end for how long a word may be (quadratic)
  'unspaced-names': (n) => HEADER + 'Committee,the,'.repeat(Math.ceil(n / 14)),
  // thousands of memoranda of one day, each of its own title: each walked the day's ids taken before it (20 s at 400 kB)
  'memoranda-of-a-day': (n) =>
    HEADER +
    Array.from(
      { length: Math.ceil(n / 84) },
      (_, i) => `The Secretary shall review the Memorandum of January 1, 2020 (Item${10000 + i} Review), and`,
    ).join(' '),
  // one section of thousands of subsections of one number: each took the next free path by trying all before it (2.6 s
  // at 200 kB)
  'repeated-subsection': (n) =>
    HEADER + 'The Secretary shall act.\nSec. 2. Duties.\n' + '2.1 The Secretary shall act.\n'.repeat(Math.ceil(n / 29)),
  // one list of 330,000 numbers of orders revoked at once (about 1 s at 2 MB, linear: each number a ref and a relation)
  'numbers-list': (n) =>
    HEADER +
    'Executive Orders Nos. ' +
    Array.from({ length: Math.ceil(n / 6) }, (_, i) => String(1000 + (i % 9000))).join(', ') +
    ' are revoked.',
  // one clause of thousands of acts each excepting a part of another order: each act and each of its targets read all
  // the clause's excepted parts (9.6 s at 2 MB)
  'excepted-parts-clause': (n) =>
    HEADER +
    Array.from(
      { length: Math.ceil(n / 81) },
      (_, i) => `Executive Order ${10000 + (i % 89999)} is revoked, except section 2 of Executive Order 10002, and `,
    ).join('') +
    'the Secretary shall act.',
  // one clause of thousands of orders terminated: each act on its subject looked for its order through the clause's refs
  // from the first (21.8 s at 2 MB)
  'terminated-clause': (n) =>
    HEADER +
    Array.from(
      { length: Math.ceil(n / 39) },
      (_, i) => `Executive Order ${10000 + (i % 89999)} is terminated, and `,
    ).join('') +
    'the Secretary shall act.',
  // thousands of bodies established, each sentence appointing a chairman of something else and then naming "the
  // Chairman": each mention read every body of the order for the appointment's (24.9 s at 2 MB)
  'appointed-chairs': (n) =>
    HEADER +
    Array.from(
      { length: Math.ceil(n / 126) },
      (_, i) =>
        `There is hereby established the Council on Item${10000 + (i % 89999)}. The Secretary shall serve as Chairman of the Foo Bar. The Chairman shall report. `,
    ).join(''),
  // one appointment to a name of thousands of words, then thousands of "the Chairman": each read the whole name again
  // (25.8 s at 400 kB)
  'appointed-long-name': (n) =>
    HEADER +
    'The Secretary shall serve as Chairman of the ' +
    'Abc '.repeat(Math.ceil(n / 8)) +
    'Board. ' +
    'The Chairman shall report. '.repeat(Math.ceil(n / 54)),
  // one subject of thousands of ", and the Board" before "is directed": each "and" read the words from the subject's
  // start for a verb (15.8 s at 200 kB)
  'directed-and-list': (n) =>
    HEADER + 'The Board' + ', and the Board'.repeat(Math.ceil(n / 15)) + ' is directed to act.',
  // the same with " to the Board": the relative's pattern read on to the verb from each "to" (8.2 s at 200 kB)
  'directed-to-list': (n) => HEADER + 'The Board' + ' to the Board'.repeat(Math.ceil(n / 13)) + ' is directed to act.',
  // one name of thousands of different words after "the Board", then "the Board": the name's words were each searched
  // for among those before (8.1 s at 275 kB)
  'long-actor-name': (n) =>
    HEADER +
    'The Board ' +
    Array.from({ length: Math.ceil(n / 10) }, (_, i) => `Item${i}`).join(' ') +
    ' shall act. The Board shall report.',
  // one council established again and again, each time under a new defined term: each new term was searched for
  // among all its short names before (9.7 s at 2 MB)
  'reestablished-terms': (n) =>
    HEADER +
    Array.from(
      { length: Math.ceil(n / 60) },
      (_, i) => `There is hereby established the Council on Trade ("C${i}").`,
    ).join(' '),
  // thousands of offices each headed by "a Director of" it, then thousands of "the Director": each Director searched
  // every body for the one its appointment named (2.9 s at 1.6 MB)
  'headed-offices': (n) =>
    HEADER +
    Array.from(
      { length: Math.ceil(n / 250) },
      (_, i) =>
        `There is established the Office of Item${10000 + i}. The Office shall be headed by a Director of Item${10000 + i}. `,
    ).join('') +
    'The Director shall report. '.repeat(Math.ceil(n / 54)),
  // one list of thousands of orders in a sentence of its own, then thousands of "The said orders are revoked.": each
  // read the whole list again for quoted titles and offered all of it to keep (23 s at 317 kB)
  'said-orders-sentences': (n) =>
    HEADER +
    'Executive Orders ' +
    Array.from({ length: Math.ceil(n / 14) }, (_, i) => String(10000 + (i % 89999))).join(', ') +
    ' are cited. ' +
    'The said orders are revoked. '.repeat(Math.ceil(n / 58)),
  // thousands of bodies, then thousands of offices defined by names of other words, each then named: each definition
  // searched every body for a name its words open (quadratic: 19 s at 800 kB)
  'definitions-after-bodies': (n) =>
    HEADER +
    Array.from(
      { length: Math.ceil(n / 100) },
      (_, i) => `There is hereby established the Council on Item${10000 + (i % 89999)}.`,
    ).join(' ') +
    ' ' +
    Array.from(
      { length: Math.ceil(n / 160) },
      (_, i) =>
        `The Alpha Beta Item${10000 + (i % 89999)} Gamma ("Secretary") shall act, and the Secretary shall report.`,
    ).join(' '),
  // a sentence of thousands of "(" and no ")": each read on to the sentence's end for a ")" (15 s at 100 kB)
  'open-parentheses': (n) => HEADER + '('.repeat(n),
  // thousands of "Memorandum of the" and no "titled": each read on for its author to the end of the words (5.5 s at 400 kB)
  'untitled-memoranda': (n) => HEADER + 'Memorandum of the '.repeat(Math.ceil(n / 18)),
  // thousands of "the Secretary means Secretary of X" and no stop: each read on for the name to the end (16 s at 400 kB)
  'secretary-means-unstopped': (n) => HEADER + 'the Secretary means Secretary of Defense '.repeat(Math.ceil(n / 41)),
  // thousands of Federal Register page headers on one line and no "Presidential Documents": each read the rest of the
  // line for its page (1.6 s at 400 kB, over 30 s at 2 MB)
  'page-headers-one-line': (n) => HEADER + 'Federal Register / Vol. 12, No. 3 / Monday '.repeat(Math.ceil(n / 43)),
  // "the Secretaries", then thousands of "the Secretary of X" and no "and the Secretary": each read on to the end of
  // the run of name words for a second Secretary (2.3 s at 200 kB)
  'secretaries-unpaired': (n) =>
    HEADER + 'The Secretaries shall act. ' + 'the Secretary of Aaa Bbb '.repeat(Math.ceil(n / 25)),
  // sections that each establish a council and list its members one a line, as "(1) the Secretary of State;" in the
  // orders that establish councils: thousands of provisions each naming one official
  'members-lists': (n) =>
    HEADER +
    Array.from(
      { length: Math.ceil(n / 1000) },
      (_, i) =>
        `Sec. ${i + 2}. Council on Item${i}. (a) There is established the Council on Item${i}. (b) The Council shall be composed of the following members:\n` +
        MEMBERS.map((member, k) => `(${k + 1}) the ${member}${k === MEMBERS.length - 1 ? '.' : ';'}\n`).join(''),
    ).join(''),
  // real language at length: whole orders of every decade, one after another, as a paste of many orders would be
  'corpus-orders': (n) => ordersAcrossDecades(n),
  // one real order over and over: its outline ends where the second copy starts numbering again
  'order-repeated': (n) => {
    const text = corpus().find((line) => line.number === '14010')!.text + '\n';
    return text.repeat(Math.ceil(n / text.length));
  },
};

let lines: CorpusLine[] | undefined;
function corpus(): CorpusLine[] {
  lines ??= readCorpus();
  return lines;
}

/** Corpus orders, evenly spaced through 1933-2025, joined until the text is about `size` long. */
function ordersAcrossDecades(size: number): string {
  const all = corpus();
  const total = all.reduce((sum, line) => sum + line.text.length + 1, 0);
  const step = Math.max(1, Math.floor(total / size));
  let text = '';
  for (let k = 0; text.length < size; k = (k + step) % all.length || 1) text += all[k].text + '\n';
  return text;
}
