import { FieldNode, GraphQLResolveInfo } from 'graphql';
import { Context } from '../../context';
import { GraphNode } from '../../graph/nodes';
import { Paged } from '../../graph/paged';
import { Nested, PageWindow, Projection, RelationPlan, Wanted, withNextItem } from '../../graph/translate/plan';
import { Relation } from '../../graph/relation-edges';
import { RelatedEdge } from '../../graph/relations';
import { ConnectionShape, Page, PageArgs, connection, toPage } from './paging';
import { nestedFields, remembered, Remembered } from './nested';
import { RELATION_FIELDS, RelationField } from './relation-fields';
import { wantedParts } from './selection';

/** A relationship edge as the schema shows it: the node, plus the relationship's properties. */
export function toEdge({ rel, node }: RelatedEdge): Record<string, unknown> & { node: GraphNode } {
  const { provision, source: _source, ...props } = rel as Record<string, unknown>;
  return { ...props, inPart: props.inPart ?? false, provisionId: (provision as string | undefined) ?? null, node };
}

export { inn, out } from '../../graph/relation-edges';

/**
 * The relationship field being resolved, as declared in RELATION_FIELDS: under its own type
 * or under an interface it implements (a document's fields are declared on PresidentialDocument).
 */
function relationFieldOf(info: GraphQLResolveInfo): RelationField {
  const types = [info.parentType, ...info.parentType.getInterfaces()];
  for (const type of types) {
    const field = RELATION_FIELDS[type.name]?.[info.fieldName];
    if (field) return field;
  }
  throw new Error(`No relation declared for ${info.parentType.name}.${info.fieldName} (RELATION_FIELDS)`);
}

/**
 * A relationship field of any type as a connection, by its declaration in RELATION_FIELDS, with
 * the filter its arguments make (`role`, `action`), batched with the same field of every other
 * parent. Only what the query selects is fetched: the page (one edge more, for `hasNextPage`)
 * when it asks for edges or pageInfo, the total when it asks for totalCount; the connections
 * asked of its nodes that the same query can answer (`nestedFields`) come with it.
 */
export async function relatedField(
  ctx: Context,
  id: string,
  args: PageArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionShape<object>> {
  const { page, plan } = remembered(fieldPlans, info, () => fieldPlan(info, args));
  const found = await ctx.loaders.related(plan, id);
  return connection(page, found.edges.map(toEdge), found.totalCount);
}

/**
 * The page and plan of a relationship field. They follow from the field's declaration under its
 * parent type, the query's text and its variables alone, so they are worked out once for every
 * parent that asks the field (50 directives asking `targets` built the same plan again, and the
 * loader its key, a tenth of the API's own allocations on question 1 of bench/). Bad paging
 * throws before anything is kept: it fails for every parent.
 */
function fieldPlan(info: GraphQLResolveInfo, args: PageArgs): { page: Page; plan: RelationPlan } {
  const field = relationFieldOf(info);
  const page = toPage(args);
  const wanted = wantedParts(info);
  const { nested, properties, edgeProperties } = nestedFields(info);
  const plan: RelationPlan = {
    relation: field.relation,
    filter: field.filter?.({ ...args }) ?? {},
    window: wanted.page ? withNextItem(page) : null,
    count: wanted.count,
    properties,
    nested,
    edgeProperties,
  };
  return { page, plan };
}
const fieldPlans = new WeakMap<readonly FieldNode[], Remembered<{ page: Page; plan: RelationPlan }>>();

/**
 * The single node along a relationship (a parent agency, a containing provision), or null.
 * Such a relationship has one edge per node; the window of a few only bounds the read.
 */
export async function relatedOne(
  ctx: Context,
  relation: Relation,
  id: string,
  label?: string,
): Promise<GraphNode | null> {
  const plan = { relation, filter: {}, window: { skip: 0, limit: 10 }, count: false, properties: null, nested: [] };
  const { edges } = await ctx.loaders.related(plan, id);
  return edges.find((edge) => !label || edge.node.labels.includes(label))?.node ?? null;
}

/**
 * A top-level list query as a connection: validate the page, ask the graph for what is
 * selected, wrap it. A `find` that takes `nested` answers those connections of its nodes in
 * its own query; they are primed for the fields that will ask for them. One that takes
 * `properties` reads only those of its nodes (null: all).
 */
export async function listConnection(
  args: PageArgs,
  info: GraphQLResolveInfo,
  find: (page: PageWindow, wanted: Wanted, nested: Nested[], properties: Projection) => Promise<Paged>,
  ctx?: Context,
): Promise<ConnectionShape<object>> {
  const page = toPage(args);
  const asked = ctx ? nestedFields(info) : { nested: [], properties: null };
  const { totalCount, nodes, nested } = await find(page, wantedParts(info), asked.nested, asked.properties);
  if (ctx && nested) ctx.loaders.primeNested(nodes, nested, asked.nested);
  return connection(
    page,
    nodes.map((node) => ({ node })),
    totalCount,
  );
}
