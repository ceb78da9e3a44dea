import fs from 'node:fs';
import path from 'node:path';

/** Everything the process reads from its environment, validated once at start. */
export interface Config {
  /** Undefined: start the project's own local Neo4j. */
  neo4jUri?: string;
  neo4jUsername: string;
  neo4jPassword: string;
  neo4jDatabase?: string;
  port: number;
  host: string;
  /** How long start-up keeps retrying a Neo4j that does not answer yet, in milliseconds. */
  neo4jStartupTimeoutMs: number;
  local: LocalNeo4jConfig;
  seedOnStart: boolean;
}

export interface LocalNeo4jConfig {
  dataDir: string;
  cacheDir: string;
  /** 0 picks a free port. */
  boltPort: number;
  pageCacheMb: number;
  heapMb: number;
  startTimeoutMs: number;
}

/** A configuration mistake: names the variable, what was wrong and what to do. */
export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

const URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

export const PROJECT_ROOT = findProjectRoot();

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const neo4jUri = optional(env, 'NEO4J_URI');
  if (neo4jUri !== undefined) checkUri(neo4jUri);
  return {
    neo4jUri,
    neo4jUsername: optional(env, 'NEO4J_USERNAME') ?? 'neo4j',
    neo4jPassword: optional(env, 'NEO4J_PASSWORD') ?? '',
    neo4jDatabase: optional(env, 'NEO4J_DATABASE'),
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: optional(env, 'HOST') ?? 'localhost',
    neo4jStartupTimeoutMs: integer(env, 'NEO4J_STARTUP_TIMEOUT_MS', 30000, 0, 600000),
    seedOnStart: boolean(env, 'SEED_ON_START', true),
    local: {
      dataDir: path.resolve(PROJECT_ROOT, optional(env, 'NEO4J_LOCAL_DATA') ?? '.data/neo4j'),
      cacheDir: path.resolve(PROJECT_ROOT, optional(env, 'NEO4J_LOCAL_CACHE') ?? '.cache/neo4j'),
      boltPort: integer(env, 'NEO4J_LOCAL_PORT', 7687, 0, 65535),
      pageCacheMb: integer(env, 'NEO4J_LOCAL_PAGECACHE_MB', 256, 16, 65536),
      heapMb: integer(env, 'NEO4J_LOCAL_HEAP_MB', 768, 128, 65536),
      startTimeoutMs: integer(env, 'NEO4J_LOCAL_START_TIMEOUT_MS', 120000, 1000, 3600000),
    },
  };
}

function optional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) {
    throw new ConfigError(name, `"${raw}" is not a whole number; set it to a number from ${min} to ${max} or unset it (default ${fallback}).`);
  }
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(name, `${value} is out of range; use a number from ${min} to ${max}.`);
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = optional(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `"${raw}" is not true or false.`);
}

function checkUri(uri: string): void {
  const scheme = /^([a-z0-9+]+):\/\/[^/]+/i.exec(uri)?.[1]?.toLowerCase();
  if (!scheme || !URI_SCHEMES.includes(scheme)) {
    throw new ConfigError(
      'NEO4J_URI',
      `"${uri}" is not a Neo4j URI; use one of ${URI_SCHEMES.map((s) => `${s}://host:port`).join(', ')}, or unset it to run the local Neo4j.`,
    );
  }
}

/** Compiled code runs from dist/src, sources from src: the root is wherever package.json is. */
function findProjectRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}
