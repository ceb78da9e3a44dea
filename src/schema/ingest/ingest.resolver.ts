import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { ingestText } from '../../ingest/ingest';
import { ParseError } from '../../ingest/parse';
import { badInput } from '../common/errors';
import { IngestDocumentArgs } from './ingest.args';
import { IngestResult } from './ingest.type';

/** Document numbers as the ids use them: 14010, 9880, 2022-13. Anything else would make an odd id. */
const NUMBER = /^\d{1,6}(-\d{1,4})?$/;

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResult, {
    description: 'Parses a document and writes it in one transaction (all or nothing); ingesting it again changes nothing. Needs an API key.',
  })
  async ingestDocument(@Args() { text, kind, number, signedOn }: IngestDocumentArgs, @Ctx() { graph }: Context): Promise<IngestResult> {
    if (number !== undefined && number !== null && !NUMBER.test(number)) throw badInput('number', `"${number.slice(0, 40)}" is not a document number (e.g. 14010 or 2022-13).`);
    try {
      return await ingestText(graph, text, { kind, number: number ?? undefined, signedOn: signedOn ?? undefined });
    } catch (error) {
      if (error instanceof ParseError) throw badInput('text', error.message);
      throw error;
    }
  }
}
