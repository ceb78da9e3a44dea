import { Field, ID, InterfaceType } from 'type-graphql';
import { NodeKind } from '../enums';
import { typeNameOf } from './kinds';

@InterfaceType({ description: 'Anything in the graph, found by its stable, readable id.', resolveType: typeNameOf })
export abstract class Node {
  @Field(() => ID, { description: 'Stable id, built as DESIGN.md says (eo-14010, dhs, fr-85-82260).' })
  id!: string;

  @Field(() => NodeKind, { description: 'What kind of node this is (its label).' })
  kind!: NodeKind;

  @Field(() => [String], { description: 'Ids of the documents that mention this node (provenance).' })
  sources!: string[];
}
