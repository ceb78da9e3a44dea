/**
 * Field resolvers are called straight from the schema, skipping type-graphql's wrapper, only
 * where that gives the method what the wrapper would have: an argument class with a getter (or
 * a default, or a method) still gets its instance, so its answers do not change.
 */
import 'reflect-metadata';
import { graphql } from 'graphql';
import {
  Args,
  ArgsType,
  buildSchema,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { callFieldResolversDirectly } from '../../src/schema/direct-resolvers';

@ArgsType()
class PlainArgs {
  @Field(() => Int, { nullable: true })
  first?: number;
}

@ArgsType()
class ArgsWithGetter {
  @Field(() => Int)
  first!: number;

  get doubled(): number {
    return this.first * 2;
  }
}

/** What the parent resolver returns, as the API's parents are (plain nodes, not class instances). */
interface ShelfNode {
  id: string;
}

@ObjectType()
class Shelf {
  @Field()
  id!: string;
}

@Resolver(() => Shelf)
class ShelfResolver {
  @Query(() => Shelf)
  shelf(): ShelfNode {
    return { id: 'shelf-1' };
  }

  @FieldResolver(() => String)
  plain(@Root() shelf: ShelfNode, @Args() args: PlainArgs): string {
    return `${shelf.id}:${args.first ?? 'none'}`;
  }

  @FieldResolver(() => Int)
  doubled(@Root() _shelf: ShelfNode, @Args() args: ArgsWithGetter): number {
    return args.doubled;
  }
}

describe('field resolvers called straight from the schema', () => {
  it('answer as type-graphql’s wrapper did, for plain argument classes and for one with a getter', async () => {
    const schema = await buildSchema({ resolvers: [ShelfResolver], validate: false });
    const wrapped = schema.getType('Shelf') as any;
    const before = { plain: wrapped.getFields().plain.resolve, doubled: wrapped.getFields().doubled.resolve };
    callFieldResolversDirectly(schema, [ShelfResolver]);
    const fields = (schema.getType('Shelf') as any).getFields();
    // the plain class is called directly; the one with a getter keeps the wrapper, which builds its instance
    expect(fields.plain.resolve).not.toBe(before.plain);
    expect(fields.doubled.resolve).toBe(before.doubled);
    const result = await graphql({ schema, source: '{ shelf { plain(first: 3) none: plain doubled(first: 21) } }' });
    expect(result).toEqual({ data: { shelf: { plain: 'shelf-1:3', none: 'shelf-1:none', doubled: 42 } } });
  });
});
