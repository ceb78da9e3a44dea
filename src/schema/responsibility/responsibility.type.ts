import { GraphQLResolveInfo } from 'graphql';
import { Ctx, Field, ID, Info, Int, ObjectType } from 'type-graphql';
import { Context } from '../../context';
import { GraphNode } from '../../graph/nodes';
import { LocalDate } from '../common/scalars';
import { asksOnly } from '../common/selection';
import { Directive } from '../directive/directive.type';
import { PresidentialDocument } from '../document/document.type';
import { Action, Role } from '../enums';

const DIRECTIVE_LABELS = ['Directive'];

@ObjectType({ description: "A group of an agency's directives: one role, one action, one document." })
export class Responsibility {
  @Field({ description: 'The agency tasked: the one asked about or, with includePredecessors, one it succeeded.' })
  agencyId!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => Action)
  action!: Action;

  @Field()
  documentId!: string;

  @Field(() => Int, { description: 'How many directives the group holds.' })
  count!: number;

  @Field(() => [LocalDate], {
    description: 'Due dates of its directives, earliest first (directives without one are left out).',
  })
  dueDates!: string[];

  @Field(() => LocalDate, { nullable: true, description: 'The earliest due date.' })
  nextDueOn!: string | null;

  @Field(() => [ID], {
    description:
      'Ids of its directives, in id order: the list `directives { id }` gives, without an object per directive.',
  })
  directiveIds!: string[];

  @Field(() => PresidentialDocument, { nullable: true })
  document(@Ctx() { loaders }: Context): Promise<GraphNode | null> {
    return loaders.node('PresidentialDocument', this.documentId);
  }

  @Field(() => [Directive], { description: 'Its directives, in id order.' })
  directives(@Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): GraphNode[] | Promise<GraphNode[]> {
    // The grouping query already has the ids: a query asking nothing more reads no directive,
    // and gets its list at once (a promise per group was most of a busy agency's garbage).
    if (asksOnly(info, ['id', '__typename'])) return this.directiveIds.map((id) => ({ id, labels: DIRECTIVE_LABELS }));
    return Promise.all(this.directiveIds.map((id) => loaders.node('Directive', id))).then((nodes) =>
      nodes.filter((n): n is GraphNode => !!n),
    );
  }
}

@ObjectType({ description: 'What an agency must do, grouped.' })
export class AgencyResponsibilities {
  @Field()
  agencyId!: string;

  @Field(() => Int, { description: 'Directives assigned to it, counted once per role.' })
  total!: number;

  @Field(() => Int, { description: 'How many groups there are in all (`groups` holds the page asked).' })
  groupCount!: number;

  @Field(() => [Responsibility], {
    description: 'Largest groups first; the page `groupsFirst` and `groupsSkip` ask, else all.',
  })
  groups!: Responsibility[];
}
