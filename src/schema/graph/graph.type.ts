import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { NodeKind } from '../enums';

@ObjectType({ description: 'A node of a subgraph, ready to draw.' })
export class GraphNode {
  @Field(() => ID, { description: "The node's `id`: stable, so clients merge expansions by it." })
  id!: string;

  @Field(() => NodeKind, { description: 'What the node is; documents give their specific kind.' })
  kind!: NodeKind;

  @Field({ description: 'A short human label: "EO 14010", "Sec. 4(a)", "DHS", a name or title.' })
  label!: string;

  @Field(() => GraphQLJSONObject, { description: 'Every stored property; dates as ISO strings.' })
  properties!: Record<string, unknown>;
}

@ObjectType({ description: 'A relationship of a subgraph, directed from source to target.' })
export class GraphEdge {
  @Field(() => ID, { description: '`source-TYPE-target`, plus `~n` for the n-th parallel edge: stable across calls.' })
  id!: string;

  @Field(() => ID, { description: 'The id of the start node.' })
  source!: string;

  @Field(() => ID, { description: 'The id of the end node.' })
  target!: string;

  @Field({ description: 'The relationship type, e.g. REVOKES.' })
  type!: string;

  @Field(() => GraphQLJSONObject, { description: 'Every stored property; dates as ISO strings.' })
  properties!: Record<string, unknown>;
}

@ObjectType({ description: 'Nodes and the relationships among them, for visualizations.' })
export class Subgraph {
  @Field(() => [GraphNode], { description: 'Nearest the focus first, then by id.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], {
    description: 'Every relationship of the chosen types between two returned nodes, by id.',
  })
  edges!: GraphEdge[];

  @Field({ description: 'True when the node limit left nodes out.' })
  truncated!: boolean;
}
