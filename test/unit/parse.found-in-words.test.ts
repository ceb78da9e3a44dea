/**
 * What a provision's words name among things found across the order: the strategies an order defines, which a later
 * directive produces by name or title, and the publications of the orders it cites, which are no rules of their own.
 */
import { parseDocument } from '../../src/ingest/parse';

const HEADER =
  'Executive Order 14999 of January 20, 2025\n\nA Test\n\nBy the authority vested in me as President, it is hereby ordered:\n\nSection 1. Purpose. The Secretary shall act.\n';
const hints = { kind: 'EXECUTIVE_ORDER' as const, number: '14999', signedOn: '2025-01-20' };

describe('strategies a directive produces', () => {
  const m = parseDocument(
    HEADER +
      'Sec. 2. Strategies. (a) The Secretary of State shall prepare the United States Strategy for Clean Water (the "Water Strategy") and the National Energy Strategy (the "Energy Strategy").\n' +
      '(b) The Secretary of Energy shall submit the Energy Strategy to the President.\n' +
      '(c) The Secretary of State shall submit the United States Strategy for Clean Water and the Energy Strategy to the President.\n' +
      '(d) The Secretary of Labor shall submit a report on wages.\n',
    hints,
  );
  const produces = (id: string) => m.directives.find((d) => d.id === id)?.produces;

  it('are the strategies it names, by short name or by title, in the order the order defines them', () => {
    expect(produces('eo-14999:2(a)#1')).toEqual(['strategy-water', 'strategy-energy']);
    expect(produces('eo-14999:2(b)#1')).toEqual(['strategy-energy']);
    expect(produces('eo-14999:2(c)#1')).toEqual(['strategy-water', 'strategy-energy']);
  });

  it('is its report when it names none', () => {
    expect(produces('eo-14999:2(d)#1')).toEqual(['report-eo-14999-2-d']);
  });
});

describe('publications of the orders a list cites, "Executive Order 10000 of May 1, 1950 (15 FR 2000)"', () => {
  const m = parseDocument(
    HEADER +
      'Sec. 2. Revocations. Executive Order 10000 of May 1, 1950 (15 FR 2000), Executive Order 10001 of May 2, 1950 (15 FR 2100), and the rule at 16 FR 300, and Executive Order 10002 of May 3, 1950 (15 FR 2200), are revoked.\n',
    hints,
  );

  it('stay on each order', () => {
    const published = Object.fromEntries(m.referencedDocuments.map((r) => [r.id, r.frCitation]));
    expect(published).toMatchObject({ 'eo-10000': '15 FR 2000', 'eo-10001': '15 FR 2100', 'eo-10002': '15 FR 2200' });
  });

  it('are no rules, where a rule cited between them is one', () => {
    expect(m.entities.map((e) => e.id).filter((id) => id.startsWith('fr-'))).toEqual(['fr-16-300']);
    expect(m.citations.map((c) => c.targetId)).toEqual(['fr-16-300']);
  });
});
