import { SubgraphInput, SubgraphRequestError } from '../graph/subgraph-request';
import { CSV_PARTS, CsvPart, Format, FORMATS, STREAMED_FORMATS } from './formats';

/** GET /export/graph's query string, as Express parses it (a repeated name gives an array). */
export type QueryString = Record<string, unknown>;

export interface ExportParams {
  input: SubgraphInput;
  format: Format;
  part?: CsvPart;
  /** No focus, GraphML or CSV: the whole graph (or its chosen kinds and types), streamed, no limit. */
  streamed: boolean;
}

const NAMES = ['focus', 'depth', 'kinds', 'relationships', 'limit', 'format', 'part'];

/**
 * The `graph` query's arguments from a query string: lists as repeated names or comma-separated
 * (`focus=eo-14010&focus=eo-13767` or `kinds=AGENCY,RULE`), numbers as digits. Throws
 * SubgraphRequestError naming the parameter; the values are checked by checkSubgraphRequest.
 */
export function exportParams(query: QueryString): ExportParams {
  const unknown = Object.keys(query).filter((name) => !NAMES.includes(name));
  if (unknown.length > 0)
    throw new SubgraphRequestError(`unknown parameter ${unknown.join(', ')}; use ${NAMES.join(', ')}.`);
  const format = single(query, 'format');
  if (!format || !(FORMATS as readonly string[]).includes(format)) {
    throw new SubgraphRequestError(`format: use one of ${FORMATS.join(', ')}${format ? `, not "${format}"` : ''}.`);
  }
  const part = single(query, 'part');
  if (format === 'csv' ? !part || !(CSV_PARTS as readonly string[]).includes(part) : part !== undefined) {
    throw new SubgraphRequestError(
      format === 'csv' ? `part: csv comes as two files, use part=nodes or part=edges.` : `part: only for format=csv.`,
    );
  }
  const focus = list(query, 'focus');
  const streamed = !focus && (STREAMED_FORMATS as readonly string[]).includes(format);
  for (const name of ['depth', 'limit']) {
    if (streamed && query[name] !== undefined) {
      throw new SubgraphRequestError(
        `${name}: without focus, ${format} is the whole graph (every node of the chosen kinds, streamed); drop ${name}, or give focus=<id> for a neighbourhood.`,
      );
    }
  }
  return {
    streamed,
    format: format as Format,
    part: part as CsvPart | undefined,
    input: {
      focus,
      kinds: list(query, 'kinds'),
      relationships: list(query, 'relationships'),
      depth: whole(query, 'depth'),
      limit: whole(query, 'limit'),
    },
  };
}

function values(query: QueryString, name: string): string[] {
  const raw = query[name];
  if (raw === undefined) return [];
  const all = Array.isArray(raw) ? raw : [raw];
  if (!all.every((v) => typeof v === 'string')) throw new SubgraphRequestError(`${name}: give it as plain text.`);
  return all as string[];
}

function single(query: QueryString, name: string): string | undefined {
  const all = values(query, name);
  if (all.length > 1) throw new SubgraphRequestError(`${name}: give it once.`);
  return all[0];
}

function list(query: QueryString, name: string): string[] | undefined {
  const items = values(query, name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
}

function whole(query: QueryString, name: string): number | undefined {
  const text = single(query, name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim())) throw new SubgraphRequestError(`${name}: must be a whole number, got "${text}".`);
  return Number(text);
}
