import { Neo4jError } from 'neo4j-driver';
import { GraphNode } from './answers';
import { query } from './queries';
import { Graph } from './run';
import { PageWindow, Projection, Wanted, withNextItem } from './translate/plan';
import { searchPageQuery } from './translate/search';

export interface SearchHit {
  node: GraphNode;
  score: number;
}

/** Lucene's special characters: a user's text is matched as words, never read as syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The user's words as a Lucene query: specials escaped, operator words quoted as terms. */
export function toLuceneQuery(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .map((word) => (/^(AND|OR|NOT|TO)$/.test(word) ? word.toLowerCase() : word))
    .join(' ');
}

/** Lucene refused the query (the text cannot be searched as given). */
export class SearchSyntaxError extends Error {}

/** Hits asked of Lucene at first, beyond the page's own end: ties at the page's edge are then rare. */
const FIRST_PROBE = 80;

/**
 * Which nodes mention these words in their name, title, text or acronym, best match first
 * (Lucene score, then id), optionally only those with one of `labels`? One page (plus one hit,
 * which says whether a next page exists) and, when `wanted.count`, the total (else null).
 * The page costs what it holds: Lucene is asked for its best hits only, deeper while the page
 * may still miss a hit (see search.probe). `properties`: what is read of each hit's node (null: all).
 */
export async function searchNodes(
  graph: Graph,
  text: string,
  labels: string[] | null,
  page: PageWindow,
  wanted: Wanted,
  properties: Projection = null,
): Promise<{ totalCount: number | null; hits: SearchHit[] }> {
  const lucene = toLuceneQuery(text);
  if (!lucene) return { totalCount: 0, hits: [] };
  try {
    const [hits, totalCount] = await Promise.all([
      wanted.page ? pageOfHits(graph, lucene, labels, page, properties) : [],
      wanted.count ? countHits(graph, lucene, labels) : null,
    ]);
    return { totalCount, hits };
  } catch (error) {
    if (error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.Procedure'))
      throw new SearchSyntaxError(error.message);
    throw error;
  }
}

async function pageOfHits(
  graph: Graph,
  lucene: string,
  labels: string[] | null,
  page: PageWindow,
  properties: Projection,
): Promise<SearchHit[]> {
  const window = withNextItem(page);
  for (let probe = firstProbe(window); ; probe *= 4) {
    const { cypher, params } = searchPageQuery({ lucene, labels, window, probe, properties });
    const [row] = await graph.read<{ nodes: GraphNode[]; scores: number[]; deepEnough: boolean }>(cypher, params);
    if (row.deepEnough) return row.nodes.map((node, i) => ({ node, score: row.scores[i] }));
  }
}

/** How many of Lucene's best hits the first probe for `window` asks: at least twice what the page reaches. */
export function firstProbe(window: PageWindow): number {
  return Math.max(FIRST_PROBE, 2 * (window.skip + window.limit));
}

async function countHits(graph: Graph, lucene: string, labels: string[] | null): Promise<number> {
  const [row] = await graph.read<{ totalCount: number }>(query('search', 'search.count'), { text: lucene, labels });
  return row.totalCount;
}
