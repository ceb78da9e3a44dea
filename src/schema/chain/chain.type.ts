import { Ctx, Field, Int, ObjectType } from 'type-graphql';
import { Context } from '../../context';
import { GraphNode } from '../../graph/nodes';
import { ChainDirection, ChainRelationship } from '../document/document.args';
import { PresidentialDocument } from '../document/document.type';
import { Provision } from '../provision/provision.type';

@ObjectType({
  description: 'One hop of a revocation chain: `revoking` revokes (or supersedes, see `relationship`) `revoked`.',
})
export class RevocationHop {
  @Field(() => ChainRelationship, { description: 'REVOKES or SUPERSEDES.' })
  relationship!: ChainRelationship;

  @Field(() => ChainDirection, {
    description: 'UPSTREAM: towards what revoked the start; DOWNSTREAM: towards what it revoked.',
  })
  direction!: ChainDirection;

  @Field(() => Int, { description: 'Hops from the starting document (1: it or its neighbour).' })
  depth!: number;

  @Field()
  revokingId!: string;

  @Field()
  revokedId!: string;

  @Field(() => String, { nullable: true })
  provisionId!: string | null;

  @Field()
  inPart!: boolean;

  @Field(() => PresidentialDocument, { description: 'The document that revokes.' })
  revoking(@Ctx() { loaders }: Context): Promise<GraphNode | null> {
    return loaders.nodes.load(this.revokingId);
  }

  @Field(() => PresidentialDocument, { description: 'The document revoked.' })
  revoked(@Ctx() { loaders }: Context): Promise<GraphNode | null> {
    return loaders.nodes.load(this.revokedId);
  }

  @Field(() => Provision, { nullable: true, description: 'The provision of the revoking document that revokes.' })
  provision(@Ctx() { loaders }: Context): Promise<GraphNode | null> | null {
    return this.provisionId ? loaders.nodes.load(this.provisionId) : null;
  }
}
