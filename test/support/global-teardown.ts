import fs from 'node:fs';
import { LocalNeo4j } from '../../src/neo4j-local/process';

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as Record<string, unknown>).__testNeo4j as
    { neo4j: LocalNeo4j; dataDir: string } | undefined;
  if (!started) return;
  await started.neo4j.stop();
  fs.rmSync(started.dataDir, { recursive: true, force: true });
}
