/** Full-text search as Cypher (index `search` in cypher/schema.cypher). */
import { int } from '../values';
import { Built, Names } from './names';
import { nodeMap } from './node-map';
import { PageWindow, Projection } from './plan';

export interface SearchPlan {
  /** A Lucene query (src/graph/search.ts makes it from the user's words). */
  lucene: string;
  /** Only nodes with one of these labels; null: any. */
  labels: string[] | null;
  /** The page; `limit` one beyond it, which says whether a next page exists. */
  window: PageWindow;
  /** How many of Lucene's best hits to order. */
  probe: number;
  properties: Projection;
}

/**
 * A page asks Lucene for its best `probe` hits only, orders those by (score, id) and keeps the
 * page: the cost of the page, not of every hit. The page is exact when the probe ran out of hits
 * or every hit of the page scores above the probe's lowest score (a hit beyond the probe scores
 * at most that, so it cannot belong in the page, even tied and with a smaller id); else
 * `deepEnough` is false and src/graph/search.ts probes deeper. One row: `nodes`, `scores`,
 * `deepEnough`.
 */
export function searchPageQuery(plan: SearchPlan): Built {
  const names = new Names(['node', 'score', 'probed', 'hit', 'nodes', 'scores', 'deepEnough']);
  const text = names.param('text', plan.lucene);
  const labels = names.param('labels', plan.labels);
  const probe = names.param('probe', int(plan.probe));
  const skip = names.param('skip', int(plan.window.skip));
  const limit = names.param('limit', int(plan.window.limit));
  return names.built(
    [
      `CALL db.index.fulltext.queryNodes('search', ${text}, {limit: ${probe}}) YIELD node, score`,
      `WITH collect({node: node, score: score}) AS probed`,
      `CALL (probed) {`,
      `  UNWIND probed AS hit`,
      `  WITH hit.node AS node, hit.score AS score`,
      `  WHERE ${labels} IS NULL OR any(label IN labels(node) WHERE label IN ${labels})`,
      `  WITH node, score ORDER BY score DESC, node.id SKIP ${skip} LIMIT ${limit}`,
      `  RETURN collect(${nodeMap('node', plan.properties)}) AS nodes, collect(score) AS scores`,
      `}`,
      `RETURN nodes, scores,`,
      `       size(probed) < ${probe} OR (size(scores) = ${limit} AND scores[-1] > probed[-1].score) AS deepEnough`,
    ].join('\n'),
  );
}
