import { Field, Float, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';
import { NodeKind } from '../enums';
import { Node } from '../node/node.type';

@ObjectType()
export class SearchHitFields {
  @Field(() => Float, { description: 'Relevance (Lucene score); higher is better.' })
  score!: number;

  @Field(() => NodeKind, { description: 'What kind of node matched.' })
  kind!: NodeKind;
}

export const SearchConnection = Connection('SearchHit', () => Node, SearchHitFields);
