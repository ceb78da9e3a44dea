/**
 * Bodies an order establishes: "There is hereby established the President's Council on Physical
 * Fitness (the "Council")" makes a node of that order, and "the Council shall ..." later in
 * the same order names it, never an agency called "Council".
 */
import { Body, Provision } from '../model';
import { slug } from './ids';
import { matchAll } from './patterns';

/** The word a body's name ends on, by which the order later names it ("the Task Force"). */
export const BODY_HEADS = [
  'Task Force', 'Working Group', 'Steering Committee', 'Executive Committee', 'Advisory Committee', 'Advisory Council',
  'Council', 'Commission', 'Committee', 'Board', 'Panel', 'Group', 'Office', 'Center', 'Initiative', 'Corps',
  'Conference', 'Institute', 'Team', 'Forum', 'Agency', 'Administration', 'Authority', 'Service', 'Program',
  'Partnership', 'Network', 'Cabinet', 'Secretariat', 'Staff', 'Subcommittee', 'Commissioner', 'Coordinator',
];

const NAME = String.raw`((?:[A-Z][\w'’.&-]*|of|and|on|for|the|to|in|&)(?:[ ,]+(?:[A-Z][\w'’.&-]*|of|and|on|for|the|to|in|&))*)`;
const ESTABLISH = [
  // "There is hereby established (within the Department of X) (a|an|the) NAME"; "There is created ..."
  new RegExp(String.raw`\b[Tt]here (?:is|are|shall be) (?:hereby )?(?:established|created|constituted)(?: (?:within|in|under)(?: the)? [^,;.]*?(?=(?:,)? (?:an?|the) [A-Z]))?(?:,)? (?:an? |the )?(?:[a-z-]+ )*?(?:to be )?(?:known as |called |designated (?:as )?)?(?:the )?${NAME}`, 'g'),
  // "I hereby establish the NAME"; "The NAME is hereby established"
  new RegExp(String.raw`\bI (?:hereby )?(?:establish|create)(?: within[^,;.]*?)? (?:an? |the )?${NAME}`, 'g'),
  new RegExp(String.raw`\b[Tt]he ${NAME} (?:is|are) (?:hereby )?(?:established|created|constituted)\b`, 'g'),
  // "... a committee to be known as the NAME"
  new RegExp(String.raw`\bto be known as (?:the )?${NAME}`, 'g'),
];
// '(hereinafter referred to as the "Board")', '(the "Council")', '("PCAST")'
const DEFINED = /^\s*\((?:hereinafter(?: (?:referred to as|called|cited as))?|referred to (?:herein )?as|to be known as)?\s*(?:the\s+)?["“]?([A-Z][\w'’ .-]{1,60}?)["”]?\)/;

/** A name trimmed of trailing connectors and punctuation; undefined when it ends on no body word. */
function bodyName(raw: string): string | undefined {
  const name = raw.replace(/(?:[ ,]+(?:of|and|on|for|the|to|in|&))+$/g, '').replace(/[ ,.]+$/, '');
  return headOf(name) ? name : undefined;
}

/** The body word a name ends on, or holds before "on/for/of ..." ("Task Force on X" -> "Task Force"). */
export function headOf(name: string): string | undefined {
  const words = name.split(/\s+(?:on|for|of|to)\s+/)[0];
  return BODY_HEADS.find((h) => new RegExp(`\\b${h}$`).test(words)) ?? BODY_HEADS.find((h) => new RegExp(`\\b${h}$`).test(name));
}

export interface EstablishedBody extends Body {
  /** How the order names it later: its head word, its defined term, its full name. */
  shortNames: string[];
  order: number;
}

/** Bodies `provisions` establish, in document order; `known(name)` says a name is a register agency. */
export function findBodies(docId: string, provisions: Provision[], known: (name: string) => boolean): EstablishedBody[] {
  const found = new Map<string, EstablishedBody>();
  for (const p of provisions) {
    for (const re of ESTABLISH) {
      for (const m of matchAll(re, p.text)) {
        const name = bodyName(m[1]);
        if (!name || known(name)) continue;
        const id = `body-${docId}-${slug(name)}`;
        const defined = DEFINED.exec(p.text.slice(m.index + m[0].length - (m[1].length - name.length)));
        const shortNames = [name, headOf(name)!, ...(defined ? [defined[1].trim()] : [])];
        const body = found.get(id);
        if (body) body.shortNames.push(...shortNames.filter((s) => !body.shortNames.includes(s)));
        else found.set(id, { id, name, establishedBy: docId, provisionId: p.id, shortNames: [...new Set(shortNames)], order: p.order });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.order - b.order);
}
