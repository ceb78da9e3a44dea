/**
 * The map a query returns for a node: its properties and labels, and `sources` only when the
 * request asks for them (`$withSources`, set by src/graph/run.ts). Written `NODE_MAP(n)` in
 * cypher/*.cypher and expanded when the query is read (src/graph/queries.ts).
 *
 * `n {.*}` reads every property from the store, even one the map then overrides. An agency's
 * `sources` lists every document that names it (977 entries for the busiest agency at 1,000
 * documents, one per document at 20,000), so reading it only to drop it made each agency in an
 * answer cost as much as the corpus is large. For agencies the properties are therefore named;
 * every other label's `sources` is bounded by the few documents citing that node, and keeps
 * `.*`, so a property the ingest adds later reaches the API without a change here.
 */
export const AGENCY_PROPERTIES = ['id', 'name', 'acronym', 'curated'] as const;

export function nodeMap(n: string): string {
  const named = AGENCY_PROPERTIES.map((property) => `.${property}`).join(', ');
  return `CASE WHEN $withSources THEN ${n} {.*, labels: labels(${n})} `
    + `WHEN ${n}:Agency THEN ${n} {${named}, labels: labels(${n})} `
    + `ELSE ${n} {.*, labels: labels(${n}), sources: null} END`;
}

/** `query`'s text with every `NODE_MAP(n)` expanded. */
export function expandNodeMaps(cypher: string): string {
  return cypher.replace(/NODE_MAP\((\w+)\)/g, (_, n: string) => nodeMap(n));
}
