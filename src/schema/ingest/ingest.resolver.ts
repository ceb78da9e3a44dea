import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { codedError } from '../../error-codes';
import { loadDocument } from '../../ingest/load';
import { ParseError } from '../../ingest/parse';
import { ParsePoolBusyError, parsePool, ParseTimeoutError } from '../../ingest/parse-pool';
import { badInput } from '../common/errors';
import { DocumentKind } from '../enums';
import { IngestDocumentArgs } from './ingest.args';
import { IngestResult } from './ingest.type';

/** Document numbers as the ids use them: 14010, 9880, 2022-13. Anything else would make an odd id. */
const NUMBER = /^\d{1,6}(-\d{1,4})?$/;

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResult, {
    description:
      'Parses a document and writes it in one transaction (all or nothing); ingesting it again changes nothing. Needs an API key.',
  })
  async ingestDocument(
    @Args() { text, kind, number, signedOn }: IngestDocumentArgs,
    @Ctx() { graph }: Context,
  ): Promise<IngestResult> {
    if (number !== undefined && number !== null && !NUMBER.test(number))
      throw badInput('number', `"${number.slice(0, 40)}" is not a document number (e.g. 14010 or 2022-13).`);
    if (kind === DocumentKind.NOTICE || kind === DocumentKind.FR_DOCUMENT)
      throw badInput(
        'kind',
        `${kind} is known from the Federal Register catalogue only; ingest takes orders, proclamations, memoranda, determinations and NSMs.`,
      );
    // Parsed in a worker thread: a text that parses slowly holds neither the event loop nor the pool past its time.
    const model = await parsePool()
      .parse(text, { kind: kind ?? undefined, number: number ?? undefined, signedOn: signedOn ?? undefined })
      .catch((error) => {
        throw parseFailure(error);
      });
    return loadDocument(graph, model);
  }
}

/** A parse that failed, as the client's error (bad text), a timeout, or a busy server. */
function parseFailure(error: unknown): unknown {
  if (error instanceof ParseError) return badInput('text', error.message);
  if (error instanceof ParseTimeoutError) return codedError('REQUEST_TIMEOUT', error.message, { argumentName: 'text' });
  if (error instanceof ParsePoolBusyError) return codedError('SERVICE_UNAVAILABLE', error.message);
  return error;
}
