import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { nodeMap } from '../../src/graph/translate/node-map';
import { createSchema } from '../../src/schema';
import { connectionNode, edgeProjectionOf, projectionOf } from '../../src/schema/common/projection';
import { fromParent, NODE_FIELDS } from '../../src/schema/common/relation-fields';
import { typeNameOf } from '../../src/schema/node/kinds';
import { fieldsAlong } from '../../src/schema/common/selection';
import { firstField } from '../support/selection';

/** What a query reads of the nodes at `path` below its first field, of type `typeName`. */
function projection(schema: GraphQLSchema, typeName: string, query: string, path: string[]) {
  const { field, fragments } = firstField(query);
  const fields = fieldsAlong([field], path, fragments);
  return projectionOf(schema, schema.getType(typeName)!, fields, fragments);
}

describe('which properties a query reads of its nodes', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  it('reads the properties its fields are, and what its computed fields need', () => {
    // Question 1 of bench/: a directive's id and document (by documentId, its kind kept beside it), its targets by id.
    expect(
      projection(
        schema,
        'Directive',
        '{ directives { edges { node { id document { id } targets { edges { node { ... on Node { id } } } } } } } }',
        ['edges', 'node'],
      ),
    ).toEqual(['documentId', 'documentKind', 'id']);
    expect(
      projection(
        schema,
        'Directive',
        '{ directives { edges { node { ...D } } } } fragment D on Directive { text dueOn provision { path } }',
        ['edges', 'node'],
      ),
    ).toEqual(['dueOn', 'provisionId', 'text']);
    expect(
      projection(schema, 'ExecutiveOrder', '{ document(id: "eo-14010") { documentKind stub status title } }', []),
    ).toEqual(['kind', 'stub', 'title']);
  });

  it('reads what any possible type needs behind an interface, through fragments', () => {
    expect(
      projection(
        schema,
        'Node',
        '{ search(text: "x") { edges { node { id ... on Entity { name } ... on PresidentialDocument { title number } } } } }',
        ['edges', 'node'],
      ),
    ).toEqual(['id', 'name', 'number', 'title']);
  });

  it("reads of a union's nodes (a directive's targets) what any member is asked", () => {
    const union = connectionNode(schema.getType('TargetConnection')!);
    expect(union?.name).toBe('DirectiveTarget');
    const { field, fragments } = firstField(
      '{ targets { edges { node { ... on Node { id } ... on Rule { name } } } } }',
    );
    expect(projectionOf(schema, union!, fieldsAlong([field], ['edges', 'node'], fragments), fragments)).toEqual([
      'id',
      'name',
    ]);
  });

  it("answers a directive's document from the directive when only its id is asked", () => {
    const directive = { id: 'eo-14010:1#1', documentId: 'eo-14010', documentKind: 'EXECUTIVE_ORDER', labels: [] };
    const document = NODE_FIELDS.Directive.document;
    const own = fromParent(directive, document, ['id']);
    expect(own).toMatchObject({ id: 'eo-14010' });
    expect(typeNameOf(own!)).toBe('ExecutiveOrder');
    // Anything more of the document, or a directive of a store not yet migrated: looked up.
    expect(fromParent(directive, document, ['id', 'title'])).toBeUndefined();
    expect(fromParent(directive, document, null)).toBeUndefined();
    expect(fromParent({ ...directive, documentKind: undefined }, document, ['id'])).toBeUndefined();
  });

  it('reads the whole node when a field may need any property', () => {
    // `sources` is read only when asked, with the whole node.
    expect(
      projection(schema, 'Directive', '{ directives { edges { node { id sources } } } }', ['edges', 'node']),
    ).toBeNull();
  });

  it('projects in Cypher only names, always with id and labels (the kind is read from the labels)', () => {
    expect(nodeMap('b', ['documentId', 'id'])).toBe('b {.id, .documentId, labels: labels(b)}');
    expect(nodeMap('b', null)).toMatch(/^CASE WHEN \$withSources THEN b \{\.\*, labels: labels\(b\)\}/);
    expect(() => nodeMap('b', ['id}) RETURN 1 //'])).toThrow(/Not a property name/);
  });
});

describe('which properties a query reads of its relationships', () => {
  const edges = (query: string) => {
    const { field, fragments } = firstField(query);
    return edgeProjectionOf([field], fragments);
  };

  it('reads the properties its edge fields are, a provision by its id, and nothing for cursors and nodes', () => {
    expect(edges('{ directives { edges { cursor role node { id } } } }')).toEqual(['role']);
    expect(
      edges('{ revokes { edges { ...E } } } fragment E on DocumentRelationEdge { inPart provision { id } }'),
    ).toEqual(['inPart', 'provision']);
    expect(edges('{ revokes { edges { provisionId node { id } } totalCount } }')).toEqual(['provision']);
    expect(edges('{ revokes { pageInfo { hasNextPage } } }')).toEqual([]);
  });
});
