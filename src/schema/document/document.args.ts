import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { CHAIN_RELATIONSHIPS } from '../../graph/documents';
import { LocalDate } from '../common/scalars';
import { PageArgs } from '../common/paging';
import { DocumentKind } from '../enums';
import { DocumentStatus } from './document.type';

@InputType({ description: 'All given conditions must hold.' })
export class DocumentFilter {
  @Field(() => DocumentKind, { nullable: true })
  kind?: DocumentKind;

  @Field(() => String, { nullable: true, description: 'Exact number, e.g. "14010".' })
  number?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Signed on or after.' })
  signedAfter?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Signed on or before.' })
  signedBefore?: string;

  @Field(() => String, { nullable: true, description: "Part of the president's name, any case." })
  president?: string;

  @Field(() => DocumentStatus, { nullable: true })
  status?: DocumentStatus;

  @Field(() => Boolean, { nullable: true, description: 'true: revoked in whole or part; false: never revoked.' })
  revoked?: boolean;
}

@ArgsType()
export class DocumentsArgs extends PageArgs {
  @Field(() => DocumentFilter, { nullable: true })
  filter?: DocumentFilter;
}

export enum ChainDirection {
  UPSTREAM = 'UPSTREAM',
  DOWNSTREAM = 'DOWNSTREAM',
  BOTH = 'BOTH',
}
registerEnumType(ChainDirection, {
  name: 'ChainDirection',
  description: 'DOWNSTREAM: what the document revoked, and onwards; UPSTREAM: what revoked it, and onwards.',
});

/** REVOKES, SUPERSEDES: the relationships a chain may follow. */
export const ChainRelationship = Object.fromEntries(CHAIN_RELATIONSHIPS.map((t) => [t, t])) as {
  [T in (typeof CHAIN_RELATIONSHIPS)[number]]: T;
};
export type ChainRelationship = (typeof CHAIN_RELATIONSHIPS)[number];
registerEnumType(ChainRelationship, {
  name: 'ChainRelationship',
  description: 'What a chain follows: REVOKES, or SUPERSEDES (one document taking the place of another).',
});

@ArgsType()
export class RevocationChainArgs {
  @Field(() => String)
  documentId!: string;

  @Field(() => ChainDirection, { defaultValue: ChainDirection.BOTH })
  direction!: ChainDirection;

  @Field(() => Int, { defaultValue: 10, description: 'How many hops to follow, 1 to 20.' })
  maxDepth!: number;

  @Field(() => [ChainRelationship], {
    defaultValue: [ChainRelationship.REVOKES],
    description: 'Which relationships to follow: [REVOKES, SUPERSEDES] answers "what replaced this order".',
  })
  relationships!: ChainRelationship[];
}
