import { columnsFromStoredTypes } from '../../../src/export/columns';

describe('columns from stored property types (the whole-graph export)', () => {
  it('maps Cypher value types to GraphML types, widens mixed ones, renames fixed names and drops id', () => {
    // As `valueType()` names them on the corpus graph.
    const columns = columnsFromStoredTypes(
      [
        { key: 'id', types: ['STRING NOT NULL'] },
        { key: 'order', types: ['FLOAT NOT NULL'] },
        { key: 'count', types: ['INTEGER NOT NULL'] },
        { key: 'ratio', types: ['INTEGER NOT NULL', 'FLOAT NOT NULL'] },
        { key: 'stub', types: ['BOOLEAN NOT NULL'] },
        { key: 'signedOn', types: ['DATE NOT NULL'] },
        { key: 'sources', types: ['LIST<STRING NOT NULL> NOT NULL'] },
        { key: 'flag', types: ['BOOLEAN NOT NULL', 'STRING NOT NULL'] },
        { key: 'kind', types: ['STRING NOT NULL'] },
      ],
      ['label', 'kind'],
    );
    expect(columns).toEqual([
      { key: 'count', name: 'count', type: 'long' },
      { key: 'flag', name: 'flag', type: 'string' },
      { key: 'kind', name: 'property_kind', type: 'string' },
      { key: 'order', name: 'order', type: 'double' },
      { key: 'ratio', name: 'ratio', type: 'double' },
      { key: 'signedOn', name: 'signedOn', type: 'string' },
      { key: 'sources', name: 'sources', type: 'string' },
      { key: 'stub', name: 'stub', type: 'boolean' },
    ]);
  });
});
