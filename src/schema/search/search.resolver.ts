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
import { SearchArgs } from './search.args';
import { SearchConnection } from './search.type';

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, { description: 'Full-text search, best match first, each hit with its kind and score.' })
  async search(@Args() { text, kinds, ...args }: SearchArgs, @Ctx() { graph }: Context, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape<object>> {
    const page = toPage(args);
    const labels = kinds?.length ? kinds.map((kind) => NODE_KIND_LABELS[kind]) : null;
    const properties = projectionOfNodes(info);
    const found = await searchNodes(graph, text, labels, page, wantedParts(info), properties).catch((error) => {
      throw error instanceof SearchSyntaxError ? badInput('text', `The search text cannot be searched: ${error.message.split('\n')[0]}`) : error;
    });
    return connection(page, found.hits.map((hit) => ({ ...hit, kind: kindOf(hit.node) })), found.totalCount);
  }
}
