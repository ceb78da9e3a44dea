/** The revocation chain through a document as Cypher. */
import { int } from '../values';
import { Built, Names, types } from './names';
import type { RelationshipType } from '../labels';

export interface ChainPlan {
  id: string;
  maxDepth: number;
  upstream: boolean;
  downstream: boolean;
  /** The relationship types followed (REVOKES, SUPERSEDES), from the allowlist. */
  types: readonly RelationshipType[];
  /** Whether each hop's provision and in-part flag are read: each is a property read per hop, paid only when asked. */
  read: { provisionId: boolean; inPart: boolean };
}

/**
 * Every hop of the chosen types reachable from the document forwards (DOWNSTREAM: what it revoked,
 * and onwards) and/or backwards (UPSTREAM: what revoked it), each with the least depth it is
 * reached at in its direction. Only the directions asked are matched and only the types asked are
 * expanded, so nothing is filtered after the expansion. Relationship uniqueness within a path and
 * the bound of 20 stop cycles; `maxDepth` (<= 20) cuts it shorter.
 */
export function revocationChainQuery(plan: ChainPlan): Built {
  const names = new Names(['p', 'r', 'i', 'depth', 'direction']);
  const id = names.param('id', plan.id);
  const maxDepth = names.param('maxDepth', int(plan.maxDepth));
  const hop = `[:${types(...plan.types)}*1..20]`;
  const branch = (direction: 'UPSTREAM' | 'DOWNSTREAM') =>
    [
      direction === 'UPSTREAM'
        ? `  MATCH p = (:PresidentialDocument {id: ${id}})<-${hop}-(:PresidentialDocument)`
        : `  MATCH p = (:PresidentialDocument {id: ${id}})-${hop}->(:PresidentialDocument)`,
      `  WHERE length(p) <= ${maxDepth}`,
      `  RETURN '${direction}' AS direction, p`,
    ].join('\n');
  const branches = [plan.upstream && branch('UPSTREAM'), plan.downstream && branch('DOWNSTREAM')].filter(Boolean);
  const returned = [
    'direction',
    'type(r) AS relationship',
    'startNode(r).id AS revoking',
    'endNode(r).id AS revoked',
    'depth',
    ...(plan.read.provisionId ? ['r.provision AS provisionId'] : []),
    ...(plan.read.inPart ? ['coalesce(r.inPart, false) AS inPart'] : []),
  ];
  return names.built(
    [
      `CALL () {`,
      branches.join('\n  UNION ALL\n'),
      `}`,
      `UNWIND range(0, length(p) - 1) AS i`,
      `WITH direction, relationships(p)[i] AS r, i + 1 AS depth`,
      `WITH direction, r, min(depth) AS depth`,
      `RETURN ${returned.join(', ')}`,
      `ORDER BY CASE direction WHEN 'UPSTREAM' THEN 0 ELSE 1 END, depth, revoking, revoked, relationship`,
    ].join('\n'),
  );
}
