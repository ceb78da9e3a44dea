/** Escapes text for a RegExp and builds longest-first alternations of known names. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names match as whole words; spaces match any run of whitespace. */
export function alternation(names: string[]): string {
  const unique = [...new Set(names.filter(Boolean))].sort((a, b) => b.length - a.length);
  return unique
    .map((n) => escapeRegExp(n).replace(/ /g, '\\s+') + (/\w$/.test(n) ? '\\b' : ''))
    .join('|');
}

export interface Span {
  start: number;
  end: number;
}

export function overlaps(a: Span, spans: Span[]): boolean {
  return spans.some((b) => a.start < b.end && b.start < a.end);
}

/** The global twin of each regex, compiled once: the agency alternation is large and was compiled again for every provision. */
const GLOBAL = new WeakMap<RegExp, RegExp>();

/** All matches of a global regex, with positions. */
export function matchAll(re: RegExp, text: string): RegExpExecArray[] {
  let global = re.flags.includes('g') ? re : GLOBAL.get(re);
  if (!global) {
    global = new RegExp(re.source, re.flags + 'g');
    GLOBAL.set(re, global);
  }
  global.lastIndex = 0;
  return [...text.matchAll(global)] as RegExpExecArray[];
}
