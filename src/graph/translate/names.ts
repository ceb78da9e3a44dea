import { allowedLabel, allowedType, NodeLabel, RelationshipType } from '../labels';

export type Params = Record<string, unknown>;

/** A query as the executor (src/graph/run.ts) runs it. */
export interface Built {
  cypher: string;
  params: Params;
}

const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * The names of one query being built: every variable and parameter gets its name here, unique
 * in the whole query, so a part nested at any depth (a subquery may not redeclare a variable of
 * the query around it) needs no renaming. The first to ask for `b` gets `b`, the next `b2`.
 * Values reach the query only as parameters; labels, types and property names only through
 * the checks below, against the allowlists of src/graph/labels.ts and the schema's own names.
 */
export class Names {
  readonly params: Params = {};
  private readonly used: Set<string>;

  /** `taken`: names the fixed text already uses (a list's filter parameters, its `n`); `$withSources` is every query's (run.ts). */
  constructor(taken: Iterable<string> = []) {
    this.used = new Set(['withSources', ...taken]);
  }

  variable(base: string): string {
    let name = base;
    for (let i = 2; this.used.has(name); i += 1) name = `${base}${i}`;
    this.used.add(name);
    return name;
  }

  /** A new parameter holding `value`, as it is written in the query (`$skip`, `$skip2`). */
  param(base: string, value: unknown): string {
    const name = this.variable(base);
    this.params[name] = value;
    return `$${name}`;
  }

  built(cypher: string): Built {
    return { cypher, params: { ...this.params } };
  }
}

/** `label` as written after a colon, when the allowlist holds it. */
export function label(name: NodeLabel): string {
  return allowedLabel(name);
}

/** `names` as a relationship type (`A|B`), when the allowlist holds each. */
export function types(...names: readonly RelationshipType[]): string {
  return names.map(allowedType).join('|');
}

/** `name` as a property key; the schema's field names only, checked all the same. */
export function property(name: string): string {
  if (!PROPERTY_NAME.test(name)) throw new Error(`Not a property name: ${name}`);
  return name;
}
