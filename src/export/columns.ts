import { Properties } from '../graph/subgraph-shape';

/**
 * Flat formats (GraphML, CSV) give each property its own column. A property named like a
 * fixed column (`kind` on documents, `source` on relationships) is renamed `property_<name>`,
 * so nothing is lost or overwritten; `id` is dropped, it is the node's id already.
 */
export type ColumnType = 'boolean' | 'long' | 'double' | 'string';

export interface Column {
  /** The property read. */
  key: string;
  /** The column's name in the file. */
  name: string;
  type: ColumnType;
}

export function propertyColumns(items: Array<{ properties: Properties }>, fixed: readonly string[]): Column[] {
  const types = new Map<string, ColumnType>();
  for (const { properties } of items) {
    for (const [key, value] of Object.entries(properties)) {
      if (value === null || value === undefined) continue;
      types.set(key, widen(types.get(key), typeOf(value)));
    }
  }
  return columnsOf(types, fixed);
}

/**
 * Columns from the stored types of each property (Cypher's `valueType()`, as the whole-graph
 * export reads them before it streams): integers are long, floats double, booleans boolean,
 * anything else (text, dates, lists) string; a property stored with several types is widened.
 */
export function columnsFromStoredTypes(
  stored: Array<{ key: string; types: string[] }>,
  fixed: readonly string[],
): Column[] {
  const types = new Map<string, ColumnType>();
  for (const { key, types: names } of stored) {
    for (const name of names) types.set(key, widen(types.get(key), storedType(name)));
  }
  return columnsOf(types, fixed);
}

function columnsOf(types: Map<string, ColumnType>, fixed: readonly string[]): Column[] {
  return [...types.entries()]
    .filter(([key]) => key !== 'id')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, type]) => ({ key, name: fixed.includes(key) ? `property_${key}` : key, type }));
}

function storedType(name: string): ColumnType {
  if (name.startsWith('INTEGER')) return 'long';
  if (name.startsWith('FLOAT')) return 'double';
  if (name.startsWith('BOOLEAN')) return 'boolean';
  return 'string';
}

/** A property value as text: lists and maps as JSON, absent as the empty string. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function typeOf(value: unknown): ColumnType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

/** The narrowest type that holds both: long and double make double, anything else mixed makes string. */
function widen(current: ColumnType | undefined, next: ColumnType): ColumnType {
  if (current === undefined || current === next) return next;
  if ((current === 'long' && next === 'double') || (current === 'double' && next === 'long')) return 'double';
  return 'string';
}
