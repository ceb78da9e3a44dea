import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { Wanted } from '../../graph/paged';

/**
 * The names of the fields the query asks of this field's value (or, given `child`, of that
 * field of it: `selectedFields(info, 'nodes')`), through inline fragments and named fragments.
 * `@skip`/`@include` are not evaluated: a conditional field counts as asked, which costs at
 * most a query, never a wrong answer.
 */
export function selectedFields(info: GraphQLResolveInfo, child?: string): Set<string> {
  const visit = (set: SelectionSetNode | undefined, found: (field: FieldNode) => void): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) found(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, found);
      else visit(info.fragments[selection.name.value]?.selectionSet, found);
    }
  };
  let sets = info.fieldNodes.map((node) => node.selectionSet);
  if (child !== undefined) {
    const children: Array<SelectionSetNode | undefined> = [];
    for (const set of sets) visit(set, (field) => field.name.value === child && children.push(field.selectionSet));
    sets = children;
  }
  const names = new Set<string>();
  for (const set of sets) visit(set, (field) => names.add(field.name.value));
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
