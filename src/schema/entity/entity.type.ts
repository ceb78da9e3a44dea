import { Field, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';
import { LocalDate } from '../common/scalars';
import { typeNameOf } from '../node/kinds';
import { Node } from '../node/node.type';

@InterfaceType({ implements: Node, resolveType: typeNameOf, description: 'A named thing documents act on or cite.' })
export abstract class Entity extends Node {
  @Field()
  name!: string;
}

// simpleResolvers: see src/schema/common/projection.ts.
const implementsEntity = { implements: [Node, Entity], simpleResolvers: true };

@ObjectType({
  ...implementsEntity,
  description: 'A Federal Register rule, order, designation or notice, or agency guidance.',
})
export class Rule extends Entity {
  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Rule, order, designation, guidance memorandum, ...' })
  ruleKind!: string | null;

  @Field(() => Int, { nullable: true, description: 'Federal Register volume.' })
  frVolume!: number | null;

  @Field(() => Int, { nullable: true, description: 'Federal Register first page.' })
  frPage!: number | null;

  @Field(() => LocalDate, { nullable: true })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'CFR section it is codified at ("42 CFR 71.40").' })
  cfr!: string | null;

  @Field(() => String, { nullable: true, description: 'Agency id of the issuer, for guidance.' })
  issuedBy!: string | null;
}

@ObjectType({ ...implementsEntity, description: 'A bilateral or multilateral agreement.' })
export class Agreement extends Entity {
  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  acronym!: string | null;

  @Field(() => Int, { nullable: true })
  frVolume!: number | null;

  @Field(() => Int, { nullable: true })
  frPage!: number | null;

  @Field(() => LocalDate, { nullable: true })
  date!: string | null;
}

@ObjectType({ ...implementsEntity, description: 'A named program (MPP, CAM Parole, USRAP, ...).' })
export class Program extends Entity {
  @Field(() => String, { nullable: true })
  acronym!: string | null;
}

@ObjectType({ ...implementsEntity, description: 'A strategy a directive produces.' })
export class Strategy extends Entity {
  @Field(() => String, { nullable: true })
  title!: string | null;
}

@ObjectType({ ...implementsEntity, description: 'A report a directive produces.' })
export class Report extends Entity {
  @Field(() => Int, { nullable: true, description: 'Days from signing until it is due.' })
  deadlineDays!: number | null;
}

@ObjectType(implementsEntity)
export class Country extends Entity {}

@ObjectType(implementsEntity)
export class Region extends Entity {}

@ObjectType({ ...implementsEntity, description: 'A statute, code section or treaty.' })
export class LegalAuthority extends Entity {}

export const RuleConnection = Connection('Rule', () => Rule);
export const AgreementConnection = Connection('Agreement', () => Agreement);
export const CountryConnection = Connection('Country', () => Country);
export const RegionConnection = Connection('Region', () => Region);
