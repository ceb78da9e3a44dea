/**
 * What a bare title means where the order has named its holder before: "the Civil Service
 * Commission ... The Commission shall", "the Administrator of General Services ... the
 * Administrator shall". The nearest earlier register agency whose name or officials fit wins.
 */
import { Provision } from '../model';
import { AgencyRef } from '../reference';
import { escapeRegExp } from './patterns';

interface Named {
  order: number;
  start: number;
  ref: AgencyRef;
}

/** Which agencies a bare word can stand for: a title ("Administrator") names its holders, a body word its namesakes. */
export function antecedentPattern(word: string): RegExp {
  const chair = /^Chair(?:man|person|woman)?$/.test(word);
  const w = chair ? 'Chair(?:man|person|woman)?' : escapeRegExp(word);
  if (!TITLES.test(word)) return new RegExp(String.raw`\b${w}$|\b${w} (?:of|on|for)\b`);
  // "the Housing and Home Finance Administrator (hereinafter referred to as the Administrator)": the title ends the name
  return TITLE_LAST.test(word) ? new RegExp(String.raw`^${w} (?:of|for)\b|\b${w}$`) : new RegExp(String.raw`^${w} of\b`);
}
/** Titles that also end an office's name ("Federal Security Administrator"); not "Secretary" ("Executive Secretary" is another office). */
const TITLE_LAST = /^(?:Director|Administrator|Commissioner|Coordinator)$/;
const TITLES = /^(?:Secretary|Director|Administrator|Commissioner|Chair(?:man|person|woman)?|Chief|Coordinator|Archivist|Representative)$/;

export class Antecedents {
  private readonly named: Named[];
  /** Full names of actors outside the register ("the Federal Board for Vocational Education"), in order. */
  private readonly names: { order: number; start: number; name: string }[];

  constructor(
    provisions: Provision[],
    direct: (text: string) => { match: RegExpExecArray; ref: AgencyRef }[],
    actorLike: (text: string) => RegExpExecArray[],
  ) {
    const inOrder = [...provisions].sort((a, b) => a.order - b.order);
    this.named = inOrder.flatMap((p) => direct(p.text).map(({ match, ref }) => ({ order: p.order, start: match.index, ref })));
    this.names = inOrder.flatMap((p) =>
      actorLike(p.text)
        .map((m) => ({ order: p.order, start: m.index, name: m[0].replace(/^(?:the|each|any)\s+/i, '') }))
        .filter((n) => /\s/.test(n.name)),
    );
  }

  /** The last full name before (`order`, `start`) that a bare word ("Board") abbreviates. */
  nameBefore(order: number, start: number, word: string): string | undefined {
    const fits = new RegExp(String.raw`\b${escapeRegExp(word)}(?:$|\s+(?:of|on|for)\b)`);
    for (let k = this.names.length - 1; k >= 0; k--) {
      const n = this.names[k];
      if (n.order > order || (n.order === order && n.start >= start)) continue;
      if (fits.test(n.name) && !/\bAct$/.test(n.name)) return n.name;
    }
    return undefined;
  }

  /** The last agency named before (`order`, `start`) whose name or an official title fits `pattern`. */
  before(order: number, start: number, pattern: RegExp): string | undefined {
    for (let k = this.named.length - 1; k >= 0; k--) {
      const n = this.named[k];
      if (n.order > order || (n.order === order && n.start >= start)) continue;
      if ([n.ref.name, ...n.ref.officials].some((phrase) => pattern.test(phrase))) return n.ref.id;
    }
    return undefined;
  }
}
