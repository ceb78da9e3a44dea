import { LRUCache } from 'lru-cache';

/**
 * Distinct query texts remembered: the named queries and the shapes assembled from them (a
 * filter given or not, nested selections) are a few hundred.
 */
const REMEMBERED = 2000;
const compacted = new LRUCache<string, string>({ max: REMEMBERED });

/**
 * Cypher as it goes over the wire: without comments, and each run of whitespace one space,
 * outside string literals and backquoted names (which are kept byte for byte). The comments of
 * cypher/*.cypher say why a query is written so; Neo4j needs none of it, and neo4j-driver
 * writes a message in 1,400-byte chunks, one socket write each: with its comments and
 * indentation a typical query of ours (1.5 to 2.5 kB) took two writes and two wake-ups of
 * Neo4j's reader instead of one. Remembered, so a query is compacted once.
 */
export function compactCypher(cypher: string): string {
  let text = compacted.get(cypher);
  if (text === undefined) compacted.set(cypher, (text = compact(cypher)));
  return text;
}

function compact(cypher: string): string {
  let out = '';
  let space = false;
  const emit = (part: string) => {
    if (space && out !== '') out += ' ';
    space = false;
    out += part;
  };
  for (let i = 0; i < cypher.length;) {
    const c = cypher[i];
    if (c === "'" || c === '"' || c === '`') {
      const end = closing(cypher, i, c);
      emit(cypher.slice(i, end));
      i = end;
    } else if (c === '/' && cypher[i + 1] === '/') {
      const end = cypher.indexOf('\n', i);
      i = end < 0 ? cypher.length : end;
      space = true;
    } else if (c === '/' && cypher[i + 1] === '*') {
      const end = cypher.indexOf('*/', i + 2);
      i = end < 0 ? cypher.length : end + 2;
      space = true;
    } else if (/\s/.test(c)) {
      i += 1;
      space = true;
    } else {
      emit(c);
      i += 1;
    }
  }
  return out;
}

/** Index just past the literal or name opened by `quote` at `start`: a backslash escapes in strings, a doubled backquote in names. */
function closing(cypher: string, start: number, quote: string): number {
  for (let i = start + 1; i < cypher.length; i += 1) {
    if (cypher[i] === '\\' && quote !== '`') i += 1;
    else if (cypher[i] === quote) {
      if (quote === '`' && cypher[i + 1] === '`') i += 1;
      else return i + 1;
    }
  }
  return cypher.length;
}
