import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { MAX_CHAIN_DEPTH, revocationChain } from '../../graph/documents';
import { badInput } from '../common/errors';
import { selectedFields } from '../common/selection';
import { RevocationChainArgs } from '../document/document.args';
import { RevocationHop } from './chain.type';

@Resolver(() => RevocationHop)
export class ChainResolver {
  @Query(() => [RevocationHop], {
    description:
      'The revocation chain through a document: every REVOKES (and, when asked, SUPERSEDES) hop upstream, downstream or both, by direction and depth.',
  })
  async revocationChain(
    @Args() { documentId, direction, maxDepth, relationships }: RevocationChainArgs,
    @Ctx() { graph }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RevocationHop[]> {
    if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_CHAIN_DEPTH)
      throw badInput('maxDepth', `maxDepth must be between 1 and ${MAX_CHAIN_DEPTH}; got ${maxDepth}.`);
    if (relationships.length === 0)
      throw badInput('relationships', 'relationships must name REVOKES, SUPERSEDES or both.');
    const asked = selectedFields(info);
    const read = { provisionId: asked.has('provisionId') || asked.has('provision'), inPart: asked.has('inPart') };
    const hops = await revocationChain(graph, { id: documentId, direction, maxDepth, relationships, read });
    return hops.map(({ revoking, revoked, ...hop }) =>
      Object.assign(new RevocationHop(), { ...hop, revokingId: revoking, revokedId: revoked }),
    );
  }
}
