import { Driver } from 'neo4j-driver';
import { Graph } from '../../src/graph/run';
import { applySchema, declaredSchemaNames, missingSchema } from '../../src/graph/schema';
import { NODE_LABELS } from '../../src/graph/labels';
import { freshGraph } from '../support/neo4j';

describe('cypher/schema.cypher', () => {
  let graph: Graph;
  let driver: Driver;
  beforeAll(async () => ({ graph, driver } = await freshGraph()));
  afterAll(() => driver.close());

  it('declares a uniqueness constraint on id for every label of the model, and a full-text index', async () => {
    const rows = await graph.read<{ labels: string[]; properties: string[]; type: string }>(
      'SHOW CONSTRAINTS YIELD labelsOrTypes AS labels, properties, type RETURN labels, properties, type',
    );
    const uniqueOnId = rows
      .filter((r) => r.type === 'UNIQUENESS' && r.properties.join() === 'id')
      .map((r) => r.labels[0]);
    expect(uniqueOnId.sort()).toEqual([...NODE_LABELS].sort());
    const fulltext = await graph.read<{ name: string }>(
      "SHOW FULLTEXT INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name",
    );
    expect(fulltext.map((r) => r.name)).toContain('search');
  });

  it('rejects a second node with the same id and label', async () => {
    await graph.write("CREATE (:Agency {id: 'dup-test', name: 'first'})");
    await expect(graph.write("CREATE (:Agency {id: 'dup-test', name: 'second'})")).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    const rows = await graph.read<{ name: string }>("MATCH (a:Agency {id: 'dup-test'}) RETURN a.name AS name");
    expect(rows).toEqual([{ name: 'first' }]);
  });

  it('can be applied again without error or change', async () => {
    const before = await graph.read('SHOW INDEXES YIELD name, type RETURN name, type ORDER BY name');
    await applySchema(graph);
    await applySchema(graph);
    const after = await graph.read('SHOW INDEXES YIELD name, type RETURN name, type ORDER BY name');
    expect(after).toEqual(before);
    expect(await missingSchema(graph)).toEqual([]);
    expect(declaredSchemaNames().length).toBeGreaterThan(NODE_LABELS.length);
  });
});
