/** Nodes by id, as Cypher: every lookup goes through a label's id constraint, never a scan. */
import { DOCUMENT_LABELS, NODE_LABELS, NodeLabel } from '../labels';
import { Built, label, Names } from './names';
import { nodeMap } from './node-map';
import { Nested, Projection } from './plan';
import { nestedAnswers } from './related';

/**
 * The labels a node of any kind has one of, each with its id constraint: a document's own kind
 * (ExecutiveOrder...) always comes with PresidentialDocument, so it is not tried on its own.
 */
export const LOOKUP_LABELS = NODE_LABELS.filter((name) => !(Object.values(DOCUMENT_LABELS) as string[]).includes(name));

/** The nodes with these ids, whatever their label (`node`); ids with no node give no row. */
export function nodesByIdsQuery(ids: readonly string[]): Built {
  const names = new Names();
  const id = names.variable('id');
  const n = names.variable('n');
  const tries = LOOKUP_LABELS.map((name) => `MATCH (${n}:${label(name)} {id: ${id}}) RETURN ${n}`);
  return names.built(
    [
      `UNWIND ${names.param('ids', ids)} AS ${id}`,
      `CALL (${id}) {`,
      `  ${tries.join('\n  UNION ')}`,
      `}`,
      `RETURN DISTINCT ${nodeMap(n)} AS node`,
    ].join('\n'),
  );
}

/**
 * The nodes of `nodeLabel` with these ids, one index seek each (`node`, with `properties` only;
 * null: all), and what their fields are asked too (`nested`: see `nestedAnswers`).
 */
export function nodesOfLabelQuery(
  nodeLabel: NodeLabel,
  ids: readonly string[],
  properties: Projection,
  nested: readonly Nested[],
): Built {
  const names = new Names();
  const id = names.variable('id');
  const n = names.variable('n');
  return names.built(
    [
      `UNWIND ${names.param('ids', ids)} AS ${id}`,
      `MATCH (${n}:${label(nodeLabel)} {id: ${id}})`,
      `RETURN ${nodeMap(n, properties)} AS node, ${nestedAnswers(names, n, nested)} AS nested`,
    ].join('\n'),
  );
}

/**
 * Each document's directives (`key`, `node`, an empty `rel`) through the indexed documentId, in
 * document order (by provision, then by their place in it); `node` filters their properties.
 */
export function directivesOfDocumentsQuery(ids: readonly string[], node: Record<string, unknown>): Built {
  const names = new Names(['id', 'd', 'p', 'k', 'key']);
  const filter = names.param('node', node);
  return names.built(
    [
      `UNWIND ${names.param('ids', ids)} AS id`,
      `MATCH (d:Directive {documentId: id})`,
      `WHERE all(k IN keys(${filter}) WHERE d[k] = ${filter}[k])`,
      `OPTIONAL MATCH (p:Provision {id: d.provisionId})`,
      `RETURN id AS key, {} AS rel, ${nodeMap('d')} AS node`,
      `ORDER BY key, coalesce(p.order, 0), d.ordinal`,
    ].join('\n'),
  );
}
