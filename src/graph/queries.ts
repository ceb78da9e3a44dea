import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

/**
 * Named queries live in cypher/*.cypher, each introduced by a `// name: <name>` line, so each
 * query has exactly one copy and can be read (and PROFILEd) on its own.
 */
const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const cache = new Map<string, Map<string, string>>();

export function query(file: string, name: string): string {
  let queries = cache.get(file);
  if (!queries) {
    queries = parseNamedQueries(fs.readFileSync(path.join(CYPHER_DIR, `${file}.cypher`), 'utf8'));
    cache.set(file, queries);
  }
  const text = queries.get(name);
  if (!text) throw new Error(`No query named "${name}" in cypher/${file}.cypher`);
  return text;
}

export function parseNamedQueries(source: string): Map<string, string> {
  const queries = new Map<string, string>();
  let name: string | undefined;
  let lines: string[] = [];
  const flush = () => {
    if (name) queries.set(name, lines.join('\n').trim());
  };
  for (const line of source.split('\n')) {
    const header = /^\/\/\s*name:\s*(\S+)/.exec(line);
    if (header) {
      flush();
      name = header[1];
      lines = [];
    } else if (name) {
      lines.push(line);
    }
  }
  flush();
  return queries;
}

/** The statements of a script such as schema.cypher: `;`-terminated, comments dropped. */
export function statements(file: string): string[] {
  const source = fs.readFileSync(path.join(CYPHER_DIR, `${file}.cypher`), 'utf8');
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}
