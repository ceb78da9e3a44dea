import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What one ingest wrote: counts from Neo4j; all zero when the document was already there.' })
export class IngestResult {
  @Field(() => ID, { description: 'The id of the ingested document, e.g. eo-14010.' })
  documentId!: string;

  @Field(() => Int)
  nodesCreated!: number;

  @Field(() => Int)
  relationshipsCreated!: number;

  @Field(() => Int)
  propertiesSet!: number;
}
