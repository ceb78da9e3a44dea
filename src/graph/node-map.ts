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
export const AGENCY_PROPERTIES = ['id', 'name', 'acronym', 'curated', 'established', 'abolished', 'frSlug'] as const;

export function nodeMap(n: string): string {
  const named = AGENCY_PROPERTIES.map((property) => `.${property}`).join(', ');
  return (
    `CASE WHEN $withSources THEN ${n} {.*, labels: labels(${n})} ` +
    // A group is named by nearly every document, so its sources are as long as an agency's.
    `WHEN ${n}:Agency OR ${n}:AgencyGroup THEN ${n} {${named}, labels: labels(${n})} ` +
    `ELSE ${n} {.*, labels: labels(${n}), sources: null} END`
  );
}

/** `query`'s text with every `NODE_MAP(n)` expanded. */
export function expandNodeMaps(cypher: string): string {
  return cypher.replace(/NODE_MAP\((\w+)\)/g, (_, n: string) => nodeMap(n));
}

/**
 * The properties of a node a request reads (src/schema/common/projection.ts), or null: all of
 * them. `id` and `kind` are always read: loaders key nodes by id, and a node's GraphQL type
 * comes from its labels, or its `kind` for a document stored under PresidentialDocument alone.
 */
export type Projection = readonly string[] | null;

const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * `n`'s map with only the projected properties, or NODE_MAP(n) when all are asked. Reading a
 * directive's text or a node's every property only to drop it in the API costs the database
 * and the driver as much as the answer (question 1 of bench/ read four times what it sends).
 * The names come from the schema's own fields, never from a client's text; checked all the same.
 */
export function projectedMap(n: string, projection: Projection): string {
  if (!projection) return nodeMap(n);
  const names = [...new Set(['id', 'kind', ...projection])];
  for (const name of names) if (!PROPERTY_NAME.test(name)) throw new Error(`Not a property name: ${name}`);
  return `${n} {${names.map((name) => `.${name}`).join(', ')}, labels: labels(${n})}`;
}

/** `cypher` with the (expanded) NODE_MAP of each of `variables` projected. */
export function projectNodeMaps(cypher: string, variables: string | readonly string[], projection: Projection): string {
  if (!projection) return cypher;
  return [variables].flat().reduce((text, n) => text.split(nodeMap(n)).join(projectedMap(n, projection)), cypher);
}
