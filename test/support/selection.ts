import { FieldNode, FragmentDefinitionNode, OperationDefinitionNode, parse } from 'graphql';

/** The first field of `query`'s operation and its fragments by name: what the selection helpers read of a request. */
export function firstField(query: string): { field: FieldNode; fragments: Record<string, FragmentDefinitionNode> } {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((f) => [f.name.value, f]),
  );
  return { field: operation.selectionSet.selections[0] as FieldNode, fragments };
}
