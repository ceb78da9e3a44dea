/** Who owns a directive: the subject leads; "in coordination with" lists coordinate, and so on. */
import { Assignment, Role } from '../model';
import { Mention } from './agencies';

const ROLE_PHRASES: [RegExp, Role][] = [
  [/\bin coordination with\s*$/i, 'COORDINATION'],
  [/\bin conjunction with\s*$/i, 'COORDINATION'],
  [/\bin consultation with\s*$/i, 'CONSULTATION'],
  [/\bwith (?:the )?support (?:from|of)\s*$/i, 'SUPPORT'],
  [/\bthrough\s*$/i, 'SUPPORT'],
];

/** Mentions joined by ", ", " and ", ", and " form one list; the list ends one item after its "and". */
function listFrom(mentions: Mention[], first: number, text: string): number[] {
  const members = [first];
  let sawAnd = false;
  for (let k = first + 1; k < mentions.length; k++) {
    const gap = text.slice(mentions[k - 1].end, mentions[k].start);
    if (sawAnd || !/^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$/.test(gap)) break;
    sawAnd = /\b(?:and|or)\b/.test(gap);
    members.push(k);
  }
  return members;
}

/**
 * Roles for the mentions of one sentence (positions relative to `text`). Mentions before "shall"
 * that no role phrase claims are the subject (LEAD); after "shall", only role phrases count.
 */
export function assignRoles(text: string, mentions: Mention[], shallAt: number): Assignment[] {
  const roleOf = new Map<number, Role>();
  mentions.forEach((m, k) => {
    if (roleOf.has(k)) return;
    const lead = text.slice(Math.max(0, m.start - 40), m.start);
    const phrase = ROLE_PHRASES.find(([re]) => re.test(lead));
    if (phrase) listFrom(mentions, k, text).forEach((i) => roleOf.set(i, phrase[1]));
  });
  const out: Assignment[] = [];
  const seen = new Set<string>();
  mentions.forEach((m, k) => {
    const role = roleOf.get(k) ?? (m.end <= shallAt ? 'LEAD' : undefined);
    const key = m.actorId ?? `text:${m.text.toLowerCase()}`;
    if (!role || seen.has(key)) return;
    seen.add(key);
    out.push({ actor: m.actor, ...(m.actorId ? { actorId: m.actorId } : {}), actorText: m.text, ...(m.name ? { actorName: m.name } : {}), role });
  });
  const rank: Role[] = ['LEAD', 'COORDINATION', 'CONSULTATION', 'SUPPORT'];
  return out.sort((a, b) => rank.indexOf(a.role) - rank.indexOf(b.role));
}
