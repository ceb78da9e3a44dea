import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { startLocalNeo4j } from '../../src/neo4j-local/process';

/**
 * One throwaway Neo4j for the integration tests: a fresh store in a temporary folder on a free
 * port, unless NEO4J_URI names a server to use instead. Tests find it through NEO4J_TEST_URI.
 */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  if (config.neo4jUri) {
    process.env.NEO4J_TEST_URI = config.neo4jUri;
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-test-neo4j-'));
  const neo4j = await startLocalNeo4j(
    { ...config.local, dataDir, boltPort: 0, pageCacheMb: 128, heapMb: 768 },
    (line) => process.stderr.write(`${line}\n`),
  );
  process.env.NEO4J_TEST_URI = neo4j.uri;
  (globalThis as Record<string, unknown>).__testNeo4j = { neo4j, dataDir };
}
