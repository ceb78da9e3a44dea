import DataLoader from 'dataloader';
import { GraphNode, NestedAnswers, RawPage, RelatedEdge, relatedPage, RelatedPage } from './answers';
import { NodeLabel } from './labels';
import { DocumentStatus, documentStatuses, nodesByIds, nodesOfLabel } from './nodes';
import { EdgeFilter } from './relation-edges';
import { directivesOfDocuments, relatedByIds } from './relations';
import { Graph } from './run';
import { Nested, Projection, RelationPlan } from './translate/plan';

/**
 * How every relationship field of every node type loads, one strategy: the query that fetches
 * the parents answers what the selection asks of their relationship fields (a `Nested` plan,
 * worked out ahead from the GraphQL selection by src/schema/common/nested.ts for every type in
 * RELATION_FIELDS and NODE_FIELDS), and the answers are primed here for the child fields. When
 * the parents' query could not plan a field (under an abstract type, a field with bad arguments
 * left to fail on its own, a to-one field through an edge), the field asks the same loader, which
 * batches it with the same field of every other parent: one query per field and level. Planned
 * ahead rather than batched alone because a level answered in its parents' query is a round trip
 * saved, and the selection says what each level needs before any parent is read. Created per
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
        const rows = await nodesOfLabel(this.graph, label, ids, { properties });
        const byId = new Map(rows.map(({ node }) => [node.id, node]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.byLabel.set(key, loader);
    }
    return loader;
  }

  /**
   * One page of the edges of `id` along `plan.relation` (when a window is given) and their total
   * (when `count`), batched with every other parent asking the same plan; what each edge's node
   * is asked (`plan.nested`) comes in the same query and is primed for its fields.
   */
  async related(plan: RelationPlan, id: string): Promise<RelatedPage> {
    const found = await this.relatedLoader(plan).load(id);
    if (plan.nested.length)
      this.primeNested(
        found.edges.map((edge) => edge.node),
        found.edges.map((edge) => edge.nested),
        plan.nested,
      );
    return found;
  }

  private relatedLoader(plan: RelationPlan): DataLoader<string, RelatedPage> {
    const empty: RelatedPage = { edges: [], totalCount: plan.count ? 0 : null };
    return this.loader<RelatedPage>(relatedKey(plan), (ids) => relatedByIds(this.graph, plan, ids), empty);
  }

  /**
   * A node whose label is known, with what its fields will ask of it answered by the same
   * query (`nested`: a root `agency(id)` and its `directives`), primed for those fields; of the
   * node itself only `properties` are read (null: all).
   */
  async nodeWith(
    label: NodeLabel,
    id: string,
    nested: readonly Nested[],
    properties: Projection = null,
  ): Promise<GraphNode | null> {
    if (!nested.length) return this.node(label, id, properties);
    const key = JSON.stringify(['node', label, nested, properties]);
    const found = await this.loader<{ node: GraphNode; nested: NestedAnswers } | null>(
      key,
      async (ids) => {
        const rows = await nodesOfLabel(this.graph, label, ids, { nested, properties });
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
        this.relatedLoader(asked).prime(parent.id, relatedPage(own[j] as RawPage));
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

/**
 * A relation plan's loader key, kept per plan object: plans are never changed once built, and a
 * caller that asks with one plan for many parents pays for the key once. The key names each
 * field of the plan, in one order, whoever built it; its nested plan and projections, shared
 * between plans, are each serialized once too.
 */
function relatedKey(plan: RelationPlan): string {
  let key = relatedKeys.get(plan);
  if (key === undefined) {
    const { relation, filter, window, count, properties, nested, edgeProperties = null } = plan;
    key = `${JSON.stringify(['rel', relation, filter, window, count])}${jsonOnce(nested)}${jsonOnce(properties)}${jsonOnce(edgeProperties)}`;
    relatedKeys.set(plan, key);
  }
  return key;
}
const relatedKeys = new WeakMap<RelationPlan, string>();

/** JSON of a plan's part, remembered by the object: the parts of plans are never changed once built. */
function jsonOnce(value: object | null): string {
  if (value === null) return 'null';
  let json = serialized.get(value);
  if (json === undefined) serialized.set(value, (json = JSON.stringify(value)));
  return json;
}
const serialized = new WeakMap<object, string>();
