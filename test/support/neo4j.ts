import { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/graph/driver';
import { Graph } from '../../src/graph/run';
import { applySchema } from '../../src/graph/schema';

/** The shared test database (see global-setup), emptied and with the schema applied. */
export async function freshGraph(): Promise<{ graph: Graph; driver: Driver }> {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri)
    throw new Error('NEO4J_TEST_URI is not set: run integration tests through jest, whose globalSetup starts Neo4j');
  const driver = createDriver({
    uri,
    username: process.env.NEO4J_USERNAME ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
  });
  const graph = new Graph(driver, process.env.NEO4J_DATABASE);
  await graph.write('MATCH (n) DETACH DELETE n');
  await applySchema(graph);
  return { graph, driver };
}
