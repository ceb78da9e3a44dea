import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { Wanted } from '../../graph/paged';

/**
 * The names of the fields the query asks of this field's value, through inline fragments and
 * named fragments. `@skip`/`@include` are not evaluated: a conditional field counts as asked,
 * which costs at most a query, never a wrong answer.
 */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/** Which parts of a connection the query asks for: the page (edges or pageInfo) and the total. */
export function wantedParts(info: GraphQLResolveInfo): Wanted {
  const fields = selectedFields(info);
  return { page: fields.has('edges') || fields.has('pageInfo'), count: fields.has('totalCount') };
}

/** True when the query asks nothing of these nodes but fields in `fields` (e.g. only `id`). */
export function asksOnly(info: GraphQLResolveInfo, fields: string[]): boolean {
  return [...selectedFields(info)].every((name) => fields.includes(name));
}
