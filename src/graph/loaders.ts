import DataLoader from 'dataloader';
import { NodeLabel } from './labels';
import { Projection } from './node-map';
import { Graph } from './run';
import { DocumentStatus, documentStatuses, GraphNode, nodesByIds, nodesOfLabel, nodesOfLabelWith } from './nodes';
import { NestedAnswers, Nested } from './nested';
import { PageWindow } from './paged';
import { EdgeFilter, Relation } from './relation-edges';
import { directivesOfDocuments, RelatedEdge, RelatedPage, relatedByIds } from './relations';

/**
 * The batching of one request: every relationship field asked at one level of a query is
 * answered by one query for all its parents (DataLoader collects the ids of one tick), unless
 * the query that fetched the parents answered it already (`Nested`, primed here). Created per
 * request, so nothing is cached across requests.
 */
export class Loaders {
  readonly nodes: DataLoader<string, GraphNode | null>;
  readonly statuses: DataLoader<string, DocumentStatus>;
  /** By label and projection: a node read in part is never handed to a field that asks for more. */
  private readonly byLabel = new Map<string, DataLoader<string, GraphNode | null>>();
  private readonly relations = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly graph: Graph) {
    this.nodes = new DataLoader(async (ids) => {
      const byId = new Map((await nodesByIds(graph, ids)).map((node) => [node.id, node]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.statuses = new DataLoader(async (ids) => {
      const byId = await documentStatuses(graph, ids);
      return ids.map((id) => byId.get(id) ?? 'IN_FORCE');
    });
  }

  /**
   * A node whose label is known (a directive's document, a group's directives): one index seek
   * per id instead of `nodes`' try-every-label lookup. `properties`: only those are read (null: all).
   */
  node(label: NodeLabel, id: string, properties: Projection = null): Promise<GraphNode | null> {
    return this.labelLoader(label, properties).load(id);
  }

  private labelLoader(label: NodeLabel, properties: Projection): DataLoader<string, GraphNode | null> {
    const key = properties ? `${label} ${properties.join(' ')}` : label;
    let loader = this.byLabel.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const byId = new Map((await nodesOfLabel(this.graph, label, ids, properties)).map((node) => [node.id, node]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.byLabel.set(key, loader);
    }
    return loader;
  }

  /**
   * One page of the edges of `id` along `relation` (when `window`) and their total (when
   * `count`), batched with every other parent asking the same field, filter and window;
   * `nested` connections of each edge's node come in the same query and are primed, and of
   * the nodes themselves only `properties` are read (null: all).
   */
  async related(
    relation: Relation,
    id: string,
    filter: EdgeFilter,
    window: PageWindow | null,
    count: boolean,
    nested: readonly Nested[] = [],
    properties: Projection = null,
  ): Promise<RelatedPage> {
    const found = await this.relatedLoader(relation, filter, window, count, nested, properties).load(id);
    this.primeNested(
      found.edges.map((edge) => edge.node),
      found.edges.map((edge) => edge.nested),
      nested,
    );
    return found;
  }

  private relatedLoader(
    relation: Relation,
    filter: EdgeFilter,
    window: PageWindow | null,
    count: boolean,
    nested: readonly Nested[],
    properties: Projection,
  ): DataLoader<string, RelatedPage> {
    const key = JSON.stringify(['rel', relation, filter, window, count, nested, properties]);
    const empty: RelatedPage = { edges: [], totalCount: count ? 0 : null };
    return this.loader<RelatedPage>(
      key,
      (ids) => relatedByIds(this.graph, relation, ids, filter, window, count, nested, properties),
      empty,
    );
  }

  /**
   * A node whose label is known, with what its fields will ask of it answered by the same
   * query (`nested`: a root `agency(id)` and its `directives`), primed for those fields.
   */
  async nodeWith(label: NodeLabel, id: string, nested: readonly Nested[]): Promise<GraphNode | null> {
    if (!nested.length) return this.node(label, id);
    const key = JSON.stringify(['node', label, nested]);
    const found = await this.loader<{ node: GraphNode; nested: NestedAnswers } | null>(
      key,
      async (ids) => {
        const rows = await nodesOfLabelWith(this.graph, label, ids, nested);
        return new Map(rows.map((row) => [row.node.id, row]));
      },
      null,
    ).load(id);
    if (!found) return null;
    this.primeNested([found.node], [found.nested], nested);
    return found.node;
  }

  /**
   * Hands each parent's nested answers to the loader its child field will ask (connections
   * by relation, filter, window, count and what they nest in turn; nodes by label and id), so
   * that field resolves without a query of its own.
   */
  primeNested(
    parents: readonly GraphNode[],
    answers: ReadonlyArray<NestedAnswers | undefined>,
    nested: readonly Nested[],
  ): void {
    if (!nested.length) return;
    parents.forEach((parent, i) => {
      const own = answers[i];
      if (!own || own.length !== nested.length) return;
      nested.forEach((asked, j) => {
        if (asked.kind === 'node') {
          const id = parent[asked.idProperty];
          if (typeof id === 'string')
            this.labelLoader(asked.label, asked.properties).prime(id, own[j] as GraphNode | null);
          return;
        }
        const { relation, filter, window, count, nested: below, properties } = asked;
        this.relatedLoader(relation, filter, window, count, below, properties).prime(parent.id, own[j] as RelatedPage);
      });
    });
  }

  /** A document's directives, in document order. */
  documentDirectives(id: string, filter: EdgeFilter = {}): Promise<RelatedEdge[]> {
    return this.loader<RelatedEdge[]>(
      JSON.stringify(['docDirectives', filter]),
      (ids) => directivesOfDocuments(this.graph, ids, filter),
      [],
    ).load(id);
  }

  private loader<T>(
    key: string,
    batch: (ids: readonly string[]) => Promise<Map<string, T>>,
    missing: T,
  ): DataLoader<string, T> {
    let loader = this.relations.get(key) as DataLoader<string, T> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T>(async (ids) => {
        const byId = await batch(ids);
        return ids.map((id) => byId.get(id) ?? missing);
      });
      this.relations.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}
