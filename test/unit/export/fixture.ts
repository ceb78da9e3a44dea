import { Subgraph } from '../../../src/graph/subgraph-shape';
import { NodeKind } from '../../../src/schema/enums';

/** A small subgraph with the awkward cases: quotes, commas, line breaks, a parallel edge, a `source` property. */
export const SAMPLE: Subgraph = {
  truncated: false,
  nodes: [
    {
      id: 'eo-14010',
      kind: NodeKind.EXECUTIVE_ORDER,
      label: 'EO 14010',
      properties: { id: 'eo-14010', number: '14010', kind: 'EXECUTIVE_ORDER', signedOn: '2021-02-02', stub: false },
    },
    {
      id: 'eo-13767',
      kind: NodeKind.EXECUTIVE_ORDER,
      label: 'EO 13767',
      properties: { id: 'eo-13767', number: '13767', title: 'Border Security, "and" more\nsecond line', stub: true },
    },
    {
      id: 'eo-14010:4',
      kind: NodeKind.PROVISION,
      label: 'Sec. 4',
      properties: { id: 'eo-14010:4', path: '4', order: 3, sources: ['eo-14010'], weight: 1.5 },
    },
  ],
  edges: [
    {
      id: 'eo-14010-HAS_PROVISION-eo-14010:4',
      source: 'eo-14010',
      target: 'eo-14010:4',
      type: 'HAS_PROVISION',
      properties: { source: 'eo-14010' },
    },
    {
      id: 'eo-14010-REVOKES-eo-13767',
      source: 'eo-14010',
      target: 'eo-13767',
      type: 'REVOKES',
      properties: { provision: 'eo-14010:4(a)(ii)(F)(1)', inPart: false, source: 'eo-14010' },
    },
    {
      id: 'eo-14010-REVOKES-eo-13767~2',
      source: 'eo-14010',
      target: 'eo-13767',
      type: 'REVOKES',
      properties: { provision: 'eo-14010:5', inPart: true, source: 'eo-14010' },
    },
  ],
};
