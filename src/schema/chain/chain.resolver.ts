import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { MAX_CHAIN_DEPTH, revocationChain } from '../../graph/documents';
import { badInput } from '../common/errors';
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
  ): Promise<RevocationHop[]> {
    if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_CHAIN_DEPTH)
      throw badInput('maxDepth', `maxDepth must be between 1 and ${MAX_CHAIN_DEPTH}; got ${maxDepth}.`);
    if (relationships.length === 0)
      throw badInput('relationships', 'relationships must name REVOKES, SUPERSEDES or both.');
    const hops = await revocationChain(graph, { id: documentId, direction, maxDepth, relationships });
    return hops.map(({ revoking, revoked, ...hop }) =>
      Object.assign(new RevocationHop(), { ...hop, revokingId: revoking, revokedId: revoked }),
    );
  }
}
