import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { Wanted } from '../../graph/paged';

/**
 * The names of the fields the query asks of this field's value (or, given `child`, of that
 * field of it: `selectedFields(info, 'nodes')`), through inline fragments and named fragments.
 * `@skip`/`@include` are not evaluated: a conditional field counts as asked, which costs at
 * most a query, never a wrong answer.
 */
export function selectedFields(info: GraphQLResolveInfo, child?: string): Set<string> {
  const fields = fieldsBelow(child === undefined ? info.fieldNodes : fieldsAt(info, [child]), info.fragments);
  return new Set(fields.map((field) => field.name.value));
}

/** The fields the given fields' selections ask for, through inline and named fragments. */
export function fieldsBelow(fields: readonly FieldNode[], fragments: GraphQLResolveInfo['fragments']): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) found.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const field of fields) visit(field.selectionSet);
  return found;
}

/** The fields at `path` below this one (`['edges', 'node']`: the nodes of a connection's edges). */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  return fieldsAlong(info.fieldNodes, path, info.fragments);
}

/** The fields at `path` below the given ones. */
export function fieldsAlong(
  fields: readonly FieldNode[],
  path: readonly string[],
  fragments: GraphQLResolveInfo['fragments'],
): FieldNode[] {
  let found = [...fields];
  for (const name of path) found = fieldsBelow(found, fragments).filter((field) => field.name.value === name);
  return found;
}

/** Which parts of a connection the query asks for: the page (edges or pageInfo) and the total. */
export function wantedParts(info: GraphQLResolveInfo): Wanted {
  // Asked again for the same field of every item of a list, and of every request of the same
  // document (whose field nodes are the same objects): worked out once for those nodes.
  let wanted = wantedByFields.get(info.fieldNodes);
  if (!wanted) wantedByFields.set(info.fieldNodes, (wanted = wantedOf(info.fieldNodes, info.fragments)));
  return wanted;
}
const wantedByFields = new WeakMap<readonly FieldNode[], Wanted>();

/** `wantedParts` of the given fields of a connection type. */
export function wantedOf(fields: readonly FieldNode[], fragments: GraphQLResolveInfo['fragments']): Wanted {
  const names = new Set(fieldsBelow(fields, fragments).map((field) => field.name.value));
  return { page: names.has('edges') || names.has('pageInfo'), count: names.has('totalCount') };
}

/** True when the query asks nothing of these nodes but fields in `fields` (e.g. only `id`). */
export function asksOnly(info: GraphQLResolveInfo, fields: string[]): boolean {
  return [...selectedFields(info)].every((name) => fields.includes(name));
}
