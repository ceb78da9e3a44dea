import neo4j, { Integer, isDate, isDateTime, isInt, isNode, isRelationship } from 'neo4j-driver';

/**
 * The one boundary where Neo4j values become plain values: integers become numbers (they are
 * counts, ordinals and days, always in safe range; an unsafe one is an error, not a silent
 * rounding), dates become ISO `YYYY-MM-DD` strings, nodes and relationships become their
 * properties. Lists and maps are converted where they lie, not copied: the driver makes them for
 * one result alone, and the copies were most of what a large answer (thousands of groups with
 * their id lists) left to the garbage collector.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers and booleans: they skip the five type probes below, which
  // were a tenth of the API's own time on answers of hundreds of nodes.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (item !== null && typeof item === 'object') value[i] = toPlain(item);
    }
    return value;
  }
  if (isInt(value)) return integerToNumber(value as Integer);
  if (isDate(value)) return value.toString();
  if (isDateTime(value)) return new Date(value.toString()).toISOString();
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  const map = value as Record<string, unknown>;
  for (const key in map) {
    const item = map[key];
    if (item === undefined) map[key] = null;
    else if (item !== null && typeof item === 'object') map[key] = toPlain(item);
  }
  return map;
}

/** A record as a plain row: its fields by name, each through `toPlain`. */
export function plainRecord(record: { keys: readonly PropertyKey[]; get(index: number): unknown }): unknown {
  const row: Record<string, unknown> = {};
  const { keys } = record;
  for (let i = 0; i < keys.length; i++) row[keys[i] as string] = toPlain(record.get(i));
  return row;
}

export function integerToNumber(value: Integer): number {
  if (!neo4j.integer.inSafeRange(value)) throw new RangeError(`Neo4j integer ${value.toString()} is beyond 2^53`);
  return value.toNumber();
}

/** SKIP and LIMIT need Cypher integers; a JavaScript number would arrive as a float. */
export function int(value: number): Integer {
  return neo4j.int(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The way in: ISO date strings become Neo4j dates (so they compare and sort as dates) and
 * everything else passes as is. Used on property maps before they are written.
 */
export function toNeo4jValue(value: unknown): unknown {
  if (typeof value === 'string' && ISO_DATE.test(value)) {
    const [year, month, day] = value.split('-').map(Number);
    return new neo4j.types.Date(year, month, day);
  }
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toNeo4jValue(inner);
    return out;
  }
  return value;
}
