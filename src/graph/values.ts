import neo4j, { Integer, isDate, isDateTime, isInt, isNode, isRelationship } from 'neo4j-driver';

/**
 * The one boundary where Neo4j values become plain values: integers become numbers (they are
 * counts, ordinals and days, always in safe range; an unsafe one is an error, not a silent
 * rounding), dates become ISO `YYYY-MM-DD` strings, nodes and relationships become their
 * properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers and booleans: they skip the five type probes below, which
  // were a tenth of the API's own time on answers of hundreds of nodes.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (isInt(value)) return integerToNumber(value as Integer);
  if (isDate(value)) return value.toString();
  if (isDateTime(value)) return new Date(value.toString()).toISOString();
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = toPlain((value as Record<string, unknown>)[key]);
  return out;
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
