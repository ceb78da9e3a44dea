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

/** All matches of a global regex, with positions. */
export function matchAll(re: RegExp, text: string): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))] as RegExpExecArray[];
}
