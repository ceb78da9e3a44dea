import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../common/paging';
import { NodeKind } from '../enums';

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field({ description: 'Words to find in names, titles, texts and acronyms; matched as words, not Lucene syntax.' })
  text!: string;

  @Field(() => [NodeKind], { nullable: true, description: 'Only these kinds of node.' })
  kinds?: NodeKind[];
}
