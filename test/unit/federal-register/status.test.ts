/** Status of a document from the relations other documents state about it. */
import { documentStatus, IncomingRelation } from '../../../src/federal-register/status';

const rel = (type: IncomingRelation['type'], from: string, to: string, inPart = false): IncomingRelation => ({
  type,
  from,
  to,
  inPart,
});

describe('documentStatus', () => {
  it('is IN_FORCE when nothing revokes or supersedes it, whatever amends, continues or cites it', () => {
    const relations = [
      rel('AMENDS', 'eo-2', 'eo-1'),
      rel('CONTINUES', 'eo-3', 'eo-1'),
      rel('SEE_ALSO', 'eo-1', 'eo-4'),
      rel('SUSPENDS', 'eo-5', 'eo-1'),
      rel('REVOKES', 'eo-1', 'eo-6'),
    ];
    expect(documentStatus('eo-1', relations)).toEqual({ status: 'IN_FORCE', by: [] });
  });

  it('is REVOKED by every full revocation, which outranks partial revocation and supersession', () => {
    const relations = [
      rel('REVOKES', 'eo-14159', 'eo-14010'),
      rel('REVOKES', 'eo-14148', 'eo-14010'),
      rel('REVOKES', 'eo-9', 'eo-14010', true),
      rel('SUPERSEDES', 'eo-8', 'eo-14010'),
    ];
    expect(documentStatus('eo-14010', relations)).toEqual({ status: 'REVOKED', by: ['eo-14148', 'eo-14159'] });
  });

  it('is SUPERSEDED when superseded, even if also revoked in part', () => {
    const relations = [rel('SUPERSEDES', 'eo-12955', 'eo-12903'), rel('REVOKES', 'eo-9', 'eo-12903', true)];
    expect(documentStatus('eo-12903', relations)).toEqual({ status: 'SUPERSEDED', by: ['eo-12955'] });
  });

  it('is REVOKED_IN_PART when only partly revoked or partly superseded', () => {
    expect(documentStatus('eo-11063', [rel('REVOKES', 'eo-12892', 'eo-11063', true)]).status).toBe('REVOKED_IN_PART');
    expect(documentStatus('eo-1', [rel('SUPERSEDES', 'eo-2', 'eo-1', true)]).status).toBe('REVOKED_IN_PART');
  });

  it('stays revoked when the revoking order is itself revoked: the chain does not revive it', () => {
    const chain = [rel('REVOKES', 'eo-14010', 'eo-13767'), rel('REVOKES', 'eo-14159', 'eo-14010')];
    expect(documentStatus('eo-13767', chain)).toEqual({ status: 'REVOKED', by: ['eo-14010'] });
  });
});
