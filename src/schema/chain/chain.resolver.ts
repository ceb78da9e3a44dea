import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { MAX_CHAIN_DEPTH, revocationChain } from '../../graph/documents';
import { badInput } from '../common/errors';
import { RevocationChainArgs } from '../document/document.args';
import { RevocationHop } from './chain.type';

@Resolver(() => RevocationHop)
export class ChainResolver {
  @Query(() => [RevocationHop], {
    description: 'The revocation chain through a document: every REVOKES hop upstream, downstream or both, by direction and depth.',
  })
  async revocationChain(@Args() { documentId, direction, maxDepth }: RevocationChainArgs, @Ctx() { graph }: Context): Promise<RevocationHop[]> {
    if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_CHAIN_DEPTH) throw badInput('maxDepth', `maxDepth must be between 1 and ${MAX_CHAIN_DEPTH}; got ${maxDepth}.`);
    const hops = await revocationChain(graph, documentId, direction, maxDepth);
    return hops.map(({ revoking, revoked, ...hop }) => Object.assign(new RevocationHop(), { ...hop, revokingId: revoking, revokedId: revoked }));
  }
}
