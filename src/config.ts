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
  /** Load the executive-order corpus in the background after seeding (resumes where it stopped). */
  corpus: { load: boolean; file?: string; limit: number };
  /** Browser origins allowed to call the API (CORS), e.g. https://example.org; none: same origin only. */
  corsOrigins: string[];
  /** Query limits (issue 7): every request is checked against them before any Cypher runs. */
  limits: QueryLimits;
  /** Keys accepted in `Authorization: Bearer <key>`; several, so one can be rotated out. */
  apiKeys: string[];
  /** When true, queries need a key too; mutations always do. */
  readRequiresKey: boolean;
  /** Schema introspection (and GraphiQL, which needs it): on in development, off in production unless INTROSPECTION=true. */
  introspection: boolean;
  /** pino level of the request log: trace, debug, info, warn, error, fatal or silent. */
  logLevel: string;
}

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  /** Estimated values returned: lists multiply by `first`/`limit`, see src/hardening/cost.ts. */
  maxCost: number;
  /** The `query` text, in bytes (UTF-8). */
  maxQueryBytes: number;
  /** The whole JSON body, variables included (an ingested text travels there). */
  maxBodyBytes: number;
  maxTokens: number;
  /** Each request's Neo4j transactions share this budget; Neo4j aborts what runs past it. */
  requestTimeoutMs: number;
  /** The same for mutations: an ingest writes a whole document in one transaction. */
  writeTimeoutMs: number;
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
  constructor(
    readonly variable: string,
    problem: string,
  ) {
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
    // Two minutes: a Neo4j container started beside the API (docker compose, Kubernetes) can take a minute to open Bolt.
    neo4jStartupTimeoutMs: integer(env, 'NEO4J_STARTUP_TIMEOUT_MS', 120000, 0, 600000),
    seedOnStart: boolean(env, 'SEED_ON_START', true),
    corpus: {
      load: boolean(env, 'SEED_CORPUS', true),
      file: corpusFile(env, 'CORPUS_FILE'),
      limit: integer(env, 'CORPUS_LIMIT', 0, 0, 1000000),
    },
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    limits: {
      maxDepth: integer(env, 'MAX_DEPTH', 12, 1, 1000),
      maxAliases: integer(env, 'MAX_ALIASES', 30, 0, 100000),
      // 100,000: a graph(limit: 5000) with every field (50,000), or a page of 100 directives each with
      // 100 assignments (30,000), passes; a third list of 100 inside those does not.
      maxCost: integer(env, 'MAX_COST', 100000, 1, 100000000),
      maxQueryBytes: integer(env, 'MAX_QUERY_BYTES', 100000, 100, 100000000),
      maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 2000000, 1000, 1000000000),
      maxTokens: integer(env, 'MAX_TOKENS', 5000, 10, 10000000),
      requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 10000, 100, 3600000),
      writeTimeoutMs: integer(env, 'WRITE_TIMEOUT_MS', 60000, 100, 3600000),
    },
    apiKeys: keys(env, 'API_KEYS'),
    readRequiresKey: boolean(env, 'READ_REQUIRES_KEY', false),
    introspection: boolean(env, 'INTROSPECTION', env.NODE_ENV !== 'production'),
    logLevel: logLevel(env, 'LOG_LEVEL'),
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
    throw new ConfigError(
      name,
      `"${raw}" is not a whole number; set it to a number from ${min} to ${max} or unset it (default ${fallback}).`,
    );
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

function corpusFile(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const file = optional(env, name);
  if (file === undefined) return undefined;
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved))
    throw new ConfigError(
      name,
      `${resolved} does not exist; name a .jsonl.gz of the corpus's shape (see seed/corpus/README.md) or unset it.`,
    );
  return resolved;
}

function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  const list = (optional(env, name) ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of list) {
    if (!/^https?:\/\/[^/\s]+$/i.test(origin)) {
      throw new ConfigError(
        name,
        `"${origin}" is not an origin; list origins like https://example.org,http://localhost:3000 (scheme, host, port; no path).`,
      );
    }
  }
  return list;
}

function keys(env: NodeJS.ProcessEnv, name: string): string[] {
  const list = (optional(env, name) ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
  // Short keys can be guessed; 16 characters is the floor (use e.g. `openssl rand -hex 32`).
  const short = list.find((key) => key.length < 16);
  if (short !== undefined)
    throw new ConfigError(
      name,
      `a key of ${short.length} characters is too short; use keys of 16 characters or more (e.g. \`openssl rand -hex 32\`).`,
    );
  return list;
}

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

function logLevel(env: NodeJS.ProcessEnv, name: string): string {
  const level = optional(env, name)?.toLowerCase() ?? 'info';
  if (!LOG_LEVELS.includes(level))
    throw new ConfigError(name, `"${level}" is not a log level; use one of ${LOG_LEVELS.join(', ')}.`);
  return level;
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
