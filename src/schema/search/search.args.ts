import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../common/paging';
import { NodeKind } from '../enums';

/**
 * Longest search text. Each word becomes a Lucene clause, and Neo4j spends seconds per
 * thousand of them before failing with TooManyClauses (issue 17); no real question needs more.
 */
export const MAX_SEARCH_CHARS = 1000;

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field({
    description: `Words to find in names, titles, texts and acronyms; matched as words, not Lucene syntax. At most ${MAX_SEARCH_CHARS.toLocaleString('en-US')} characters.`,
  })
  text!: string;

  @Field(() => [NodeKind], { nullable: true, description: 'Only these kinds of node.' })
  kinds?: NodeKind[];
}
