import type { Projection } from './plan';
import { property } from './names';

/**
 * An agency's properties, named: `n {.*}` reads every property from the store, even one the map
 * then overrides. An agency's `sources` lists every document that names it (977 entries for the
 * busiest agency at 1,000 documents, one per document at 20,000), so reading it only to drop it
 * made each agency in an answer cost as much as the corpus is large. Every other label's
 * `sources` is bounded by the few documents citing that node, and keeps `.*`, so a property the
 * ingest adds later reaches the API without a change here.
 */
export const AGENCY_PROPERTIES = ['id', 'name', 'acronym', 'curated', 'established', 'abolished', 'frSlug'] as const;

/**
 * The map a query returns for node `n`: its labels and the projected properties (`id` always), or,
 * when all are asked (null), every property, with `sources` only when the request
 * asks for them (`$withSources`, set by src/graph/run.ts). Reading a directive's text or a
 * node's every property only to drop it in the API costs the database and the driver as much
 * as the answer (question 1 of bench/ read four times what it sends). A node's kind comes from
 * its labels (every document carries its kind's label: the loaders write it, cypher/migrate.cypher
 * gives it to older stores), so its `kind` property is read only when asked (`documentKind`).
 */
export function nodeMap(n: string, projection: Projection = null): string {
  if (projection) {
    const names = [...new Set(['id', ...projection])].map(property);
    return `${n} {${names.map((name) => `.${name}`).join(', ')}, labels: labels(${n})}`;
  }
  const named = AGENCY_PROPERTIES.map((name) => `.${name}`).join(', ');
  return (
    `CASE WHEN $withSources THEN ${n} {.*, labels: labels(${n})} ` +
    // A group is named by nearly every document, so its sources are as long as an agency's.
    `WHEN ${n}:Agency OR ${n}:AgencyGroup THEN ${n} {${named}, labels: labels(${n})} ` +
    `ELSE ${n} {.*, labels: labels(${n}), sources: null} END`
  );
}
