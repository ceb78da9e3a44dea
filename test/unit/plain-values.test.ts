import neo4j from 'neo4j-driver';
import { plainRecord, toPlain } from '../../src/graph/values';

// Values as neo4j-driver hands them over (its own classes), turned into what the API answers.
describe('Neo4j values to plain values', () => {
  it('turns a row of counts, dates, nodes and lists of groups into numbers, ISO dates and maps', () => {
    const agency = new neo4j.types.Node(neo4j.int(7), ['Agency'], {
      id: 'dhs',
      founded: new neo4j.types.Date(2002, 11, 25),
    });
    const record = new neo4j.types.Record(
      ['total', 'agency', 'groups', 'missing'],
      [
        neo4j.int(3),
        agency,
        [
          {
            count: neo4j.int(2),
            directiveIds: ['eo-14010-d1', 'eo-14010-d2'],
            dueOn: new neo4j.types.Date(2021, 6, 2),
          },
          { count: neo4j.int(1), directiveIds: ['eo-14012-d4'], dueOn: null },
        ],
        null,
      ],
    );
    expect(plainRecord(record)).toEqual({
      total: 3,
      agency: { id: 'dhs', founded: '2002-11-25' },
      groups: [
        { count: 2, directiveIds: ['eo-14010-d1', 'eo-14010-d2'], dueOn: '2021-06-02' },
        { count: 1, directiveIds: ['eo-14012-d4'], dueOn: null },
      ],
      missing: null,
    });
  });

  it('refuses an integer a JavaScript number cannot hold exactly, rather than rounding it', () => {
    expect(() => toPlain([{ n: neo4j.int('9007199254740993') }])).toThrow(/beyond 2\^53/);
  });

  it('gives the same plain value when a value is met twice (a node returned in two columns)', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Directive'], { id: 'eo-14010-d1', ordinal: neo4j.int(4) });
    const record = new neo4j.types.Record(['a', 'b'], [node, node]);
    expect(plainRecord(record)).toEqual({ a: { id: 'eo-14010-d1', ordinal: 4 }, b: { id: 'eo-14010-d1', ordinal: 4 } });
  });
});
