import { Neo4jError } from 'neo4j-driver';
import { GraphNode } from './nodes';
import { Projection, projectNodeMaps } from './node-map';
import { PageWindow, Wanted } from './paged';
import { query } from './queries';
import { Graph } from './run';
import { int } from './values';

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

/**
 * Which nodes mention these words in their name, title, text or acronym, best match first
 * (Lucene score), optionally only those with one of `labels`? One page (plus one hit, which
 * says whether a next page exists) and, when `wanted.count`, the total (else null).
 * `properties`: what is read of each hit's node (null: all).
 */
export async function searchNodes(graph: Graph, text: string, labels: string[] | null, page: PageWindow, wanted: Wanted, properties: Projection = null): Promise<{ totalCount: number | null; hits: SearchHit[] }> {
  const lucene = toLuceneQuery(text);
  if (!lucene) return { totalCount: 0, hits: [] };
  const tail = !wanted.page ? 'search.count' : wanted.count ? 'search.pageAndCount' : 'search.page';
  const projected = projectNodeMaps(query('search', tail), ['node', 'x'], properties);
  const cypher = [query('search', 'search.hits'), labels ? query('search', 'search.labels') : '', projected].join('\n');
  try {
    const [row] = await graph.read<{ totalCount: number | null; nodes: GraphNode[]; scores: number[] }>(cypher, {
      text: lucene, labels, skip: int(page.skip), limit: int(page.limit + 1),
    });
    return { totalCount: row.totalCount, hits: row.nodes.map((node, i) => ({ node, score: row.scores[i] })) };
  } catch (error) {
    if (error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.Procedure')) throw new SearchSyntaxError(error.message);
    throw error;
  }
}
