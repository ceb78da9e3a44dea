import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { searchNodes, SearchSyntaxError } from '../../graph/search';
import { badInput } from '../common/errors';
import { connection, ConnectionShape, toPage } from '../common/paging';
import { NODE_KIND_LABELS } from '../enums';
import { kindOf } from '../node/kinds';
import { projectionOfNodes } from '../common/projection';
import { wantedParts } from '../common/selection';
import { MAX_SEARCH_CHARS, SearchArgs } from './search.args';
import { SearchConnection } from './search.type';

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description: 'Full-text search, best match first, each hit with its kind and score.',
  })
  async search(
    @Args() { text, kinds, ...args }: SearchArgs,
    @Ctx() { graph }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<object>> {
    if (text.length > MAX_SEARCH_CHARS) {
      throw badInput(
        'text',
        `The search text has ${text.length.toLocaleString('en-US')} characters; at most ${MAX_SEARCH_CHARS.toLocaleString('en-US')} characters are searched. Search for fewer words.`,
      );
    }
    const page = toPage(args);
    const labels = kinds?.length ? kinds.map((kind) => NODE_KIND_LABELS[kind]) : null;
    const properties = projectionOfNodes(info);
    const found = await searchNodes(graph, text, labels, page, wantedParts(info), properties).catch((error) => {
      // Lucene's own message names Java classes; the client learns what to change instead.
      throw error instanceof SearchSyntaxError
        ? badInput('text', 'The search text cannot be searched as words; use fewer or plainer words.')
        : error;
    });
    return connection(
      page,
      found.hits.map((hit) => ({ ...hit, kind: kindOf(hit.node) })),
      found.totalCount,
    );
  }
}
