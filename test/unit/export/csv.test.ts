import { parse } from 'csv-parse/sync';
import { csvField, edgesCsv, nodesCsv } from '../../../src/export/csv';
import { SAMPLE } from './fixture';

describe('CSV export', () => {
  it('writes nodes.csv that csv-parse reads back, quotes and line breaks intact', () => {
    const rows = parse(nodesCsv(SAMPLE), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(['eo-14010', 'eo-13767', 'eo-14010:4']);
    expect(rows[1]).toMatchObject({
      label: 'EO 13767',
      kind: 'EXECUTIVE_ORDER',
      title: 'Border Security, "and" more\nsecond line',
      stub: 'true',
    });
    expect(rows[0].property_kind).toBe('EXECUTIVE_ORDER');
    expect(rows[2].sources).toBe('["eo-14010"]');
    expect(rows[0].title).toBe('');
  });

  it('writes edges.csv with ends, the relationship and properties; the provenance `source` renamed', () => {
    const text = edgesCsv(SAMPLE);
    expect(text.split('\r\n')[0]).toBe('id,source,target,relationship,label,inPart,provision,property_source');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual({
      id: 'eo-14010-REVOKES-eo-13767~2',
      source: 'eo-14010',
      target: 'eo-13767',
      relationship: 'REVOKES',
      label: 'REVOKES',
      inPart: 'true',
      property_source: 'eo-14010',
      provision: 'eo-14010:5',
    });
  });

  it('quotes only fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(' padded')).toBe('" padded"');
  });
});
