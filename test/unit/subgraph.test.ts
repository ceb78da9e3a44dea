import { checkSubgraphRequest, subgraphQuery, SubgraphRequestError } from '../../src/graph/subgraph';
import { kindOf, labelOf, toEdges } from '../../src/graph/subgraph-shape';
import { exportParams } from '../../src/export/params';
import { NodeKind } from '../../src/schema/enums';

describe('checkSubgraphRequest', () => {
  it('fills defaults and turns kinds into labels', () => {
    expect(checkSubgraphRequest({ focus: ['eo-14010', 'eo-14010'], kinds: ['EXECUTIVE_ORDER', 'AGENCY'] })).toEqual({
      focus: ['eo-14010'],
      depth: 1,
      labels: ['ExecutiveOrder', 'Agency'],
      types: null,
      limit: 500,
    });
  });

  it.each([
    [{ depth: 5 }, /depth: must be a whole number from 0 to 4, got 5/],
    [{ depth: -1 }, /depth/],
    [{ limit: 0 }, /limit: must be a whole number from 1 to 5000/],
    [{ limit: 2.5 }, /limit/],
    [{ kinds: ['PERSON'] }, /kinds: unknown kind "PERSON"/],
    [{ relationships: ['KNOWS'] }, /relationships: unknown type "KNOWS"/],
    [{ focus: [''] }, /focus: ids must not be empty/],
  ])('refuses %j, saying what was wrong', (input, message) => {
    const attempt = () => checkSubgraphRequest(input);
    expect(attempt).toThrow(SubgraphRequestError);
    expect(attempt).toThrow(message);
  });
});

describe('subgraphQuery', () => {
  it('puts only the bounded depth and allowlisted types into the Cypher, values as parameters', () => {
    const { cypher, params } = subgraphQuery(
      checkSubgraphRequest({ focus: ['x'], depth: 3, relationships: ['REVOKES', 'CITES'] }),
    );
    expect(cypher).toContain('[:REVOKES|CITES*0..3]');
    expect(cypher).toContain('(a)-[r:REVOKES|CITES]->(b)');
    expect(cypher).not.toMatch(/\{\{/);
    expect(params).toMatchObject({ id: 'x' });
    expect(String(params.limit)).toBe('500');
  });

  it('looks one focus up by its id, and several through UNWIND', () => {
    const one = subgraphQuery(checkSubgraphRequest({ focus: ['x'] }));
    expect(one.cypher).not.toContain('UNWIND $focus');
    expect(one.cypher).toContain('MATCH (f:PresidentialDocument {id: $id})');
    const two = subgraphQuery(checkSubgraphRequest({ focus: ['x', 'y'] }));
    expect(two.cypher).toContain('UNWIND $focus AS focusId');
    expect(two.cypher).toContain('MATCH (f:PresidentialDocument {id: focusId})');
    expect(two.params).toMatchObject({ focus: ['x', 'y'] });
    expect(two.params).not.toHaveProperty('id');
  });

  it('filters by kind only when kinds are chosen', () => {
    const any = subgraphQuery(checkSubgraphRequest({ focus: ['x'], depth: 2 }));
    expect(any.cypher).not.toContain('labels(x)');
    expect(any.params).not.toHaveProperty('labels');
    const agencies = subgraphQuery(checkSubgraphRequest({ focus: ['x'], depth: 2, kinds: ['AGENCY'] }));
    expect(agencies.cypher).toContain('WHERE all(x IN nodes(p)[1..] WHERE any(l IN labels(x) WHERE l IN $labels))');
    expect(agencies.params).toMatchObject({ labels: ['Agency'] });
  });

  it('uses the whole-graph query without focus and refuses unchecked values', () => {
    expect(subgraphQuery(checkSubgraphRequest({})).cypher).toContain('ORDER BY degree DESC');
    expect(() => subgraphQuery({ focus: ['x'], depth: 9, labels: null, types: null, limit: 1 })).toThrow(
      /depth out of bounds/,
    );
    expect(() =>
      subgraphQuery({ focus: ['x'], depth: 1, labels: null, types: ['X]-() DETACH DELETE n//' as never], limit: 1 }),
    ).toThrow(/Not an allowed type/);
  });
});

describe('node kinds, labels and edge ids', () => {
  it('prefers the specific document label and builds readable labels', () => {
    const kind = kindOf({ labels: ['PresidentialDocument', 'ExecutiveOrder'], properties: { id: 'eo-14010' } });
    expect(kind).toBe(NodeKind.EXECUTIVE_ORDER);
    expect(labelOf(kind, { id: 'eo-14010', number: '14010' })).toBe('EO 14010');
    expect(labelOf(NodeKind.PROVISION, { id: 'eo-14010:4(a)', path: '4(a)' })).toBe('Sec. 4(a)');
    expect(labelOf(NodeKind.AGENCY, { id: 'dhs', acronym: 'dhs', name: 'Department of Homeland Security' })).toBe(
      'DHS',
    );
    expect(labelOf(NodeKind.DIRECTIVE, { id: 'eo-14010:4(b)(i)#1' })).toBe('Directive 4(b)(i)#1');
    expect(labelOf(NodeKind.MEMORANDUM, { id: 'pm-2019-04-29', signedOn: '2019-04-29' })).toBe(
      'Memorandum of 2019-04-29',
    );
    expect(labelOf(NodeKind.PROGRAM, { id: 'program-mpp', name: 'Migrant Protection Protocols' })).toBe(
      'Migrant Protection Protocols',
    );
  });

  it('gives parallel edges stable, distinct ids whatever order they come in', () => {
    const a = { source: 's', target: 't', type: 'TARGETS', properties: { action: 'REVIEW' } };
    const b = { source: 's', target: 't', type: 'TARGETS', properties: { action: 'RESCIND' } };
    const first = toEdges([a, b]).map((e) => [e.id, e.properties.action]);
    const second = toEdges([b, a]).map((e) => [e.id, e.properties.action]);
    expect(first).toEqual([
      ['s-TARGETS-t', 'RESCIND'],
      ['s-TARGETS-t~2', 'REVIEW'],
    ]);
    expect(second).toEqual(first);
  });
});

describe('exportParams', () => {
  it('reads lists as repeated or comma-separated names and numbers as digits', () => {
    expect(
      exportParams({ format: 'csv', part: 'nodes', focus: ['eo-14010', 'eo-13767'], kinds: 'AGENCY,RULE', depth: '2' }),
    ).toEqual({
      format: 'csv',
      part: 'nodes',
      streamed: false,
      input: {
        focus: ['eo-14010', 'eo-13767'],
        kinds: ['AGENCY', 'RULE'],
        relationships: undefined,
        depth: 2,
        limit: undefined,
      },
    });
  });

  it.each([
    [{}, /format: use one of cytoscape, graphml, d3, csv/],
    [{ format: 'pdf' }, /not "pdf"/],
    [{ format: 'csv' }, /part: csv comes as two files/],
    [{ format: 'd3', part: 'nodes' }, /part: only for format=csv/],
    [{ format: 'd3', depth: 'two' }, /depth: must be a whole number, got "two"/],
    [{ format: 'd3', deph: '2' }, /unknown parameter deph/],
  ])('refuses %j', (query, message) => {
    expect(() => exportParams(query)).toThrow(message);
  });
});
