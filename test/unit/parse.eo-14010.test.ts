import { parseDocument } from '../../src/ingest/parse';
import { DocumentModel } from '../../src/ingest/model';
import * as expected from '../fixtures/eo-14010.expected';
import { seedDocument } from './seed-documents';

const renderings = ['eo-14010.web.txt', 'eo-14010.signed.txt'];

describe.each(renderings)('EO 14010 from %s', (file) => {
  let model: DocumentModel;
  beforeAll(() => {
    const { text, hints } = seedDocument(file);
    model = parseDocument(text, hints);
  });
  const pid = (path: string) => `eo-14010:${path}`;

  it('identifies the order', () => {
    expect(model.document).toMatchObject(expected.document);
    expect(model.document.title).toMatch(/^Creating a Comprehensive Regional Framework/);
  });

  it('revokes the five documents of Sec. 4(a)(ii)(F), each from its own clause', () => {
    const got = model.revocations.map((r) => ({
      id: r.target.id,
      provision: r.provisionId,
      signedOn: r.target.signedOn,
    }));
    expect(got).toEqual(expected.revoked.map((r) => ({ ...r, provision: pid(r.provision) })));
    expect(model.revocations.every((r) => !r.inPart)).toBe(true);
  });

  it('cites all ten Federal Register documents with their dates', () => {
    for (const fr of expected.federalRegister) {
      expect(model.citations).toContainEqual(
        expect.objectContaining({ provisionId: pid(fr.provision), targetId: fr.id }),
      );
      expect(model.entities.find((e) => e.id === fr.id)?.props.date).toBe(fr.date);
    }
    const frCited = new Set(model.citations.filter((c) => /Fed\. Reg\./.test(c.text)).map((c) => c.targetId));
    expect(frCited.size).toBe(10);
  });

  it('keeps the CFR section of the codified rule and cites the statutes and treaties', () => {
    expect(model.entities.find((e) => e.id === 'fr-85-56424')?.props.cfr).toBe('42 CFR 71.40');
    for (const a of expected.legalAuthorities) {
      expect(model.citations).toContainEqual(
        expect.objectContaining({ provisionId: pid(a.provision), targetId: a.id }),
      );
      expect(model.entities.find((e) => e.id === a.id)?.kind).toBe('LegalAuthority');
    }
  });

  it('links each asylum cooperative agreement to its country', () => {
    for (const [agreement, country] of Object.entries(expected.agreementParties)) {
      expect(model.entities.find((e) => e.id === agreement)?.kind).toBe('Agreement');
      expect(model.links).toContainEqual({ from: agreement, to: country, type: 'PARTY' });
      expect(model.links).toContainEqual({ from: country, to: 'region-northern-triangle', type: 'IN_REGION' });
    }
  });

  it('finds the programs and the two strategies', () => {
    const ids = model.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([...expected.programs, ...expected.strategies]));
  });

  it('assigns every directive to its agencies with roles, action, targets and deadline', () => {
    expect(model.directives.map((d) => d.id)).toEqual(expected.directives.map((d) => pid(d.id)));
    for (const want of expected.directives) {
      const got = model.directives.find((d) => d.id === pid(want.id));
      const roles = Object.fromEntries((got?.assignments ?? []).map((a) => [a.actorId ?? a.actorText, a.role]));
      expect({ id: want.id, action: got?.action, roles }).toEqual({
        id: want.id,
        action: want.action,
        roles: want.assignments,
      });
      if (want.targets) expect(got?.targets.map((t) => t.id).sort()).toEqual([...want.targets].sort());
      if (want.produces) expect(got?.produces).toEqual(want.produces);
      expect([got?.deadlineDays, got?.dueOn]).toEqual([want.deadlineDays, want.dueOn]);
    }
  });

  it('makes the 120-day expedited-removal review a Report produced by 4(b)(i)', () => {
    const d = model.directives.find((x) => x.id === pid('4(b)(i)#2'));
    expect(d?.produces).toHaveLength(1);
    expect(model.entities.find((e) => e.id === d?.produces[0])?.kind).toBe('Report');
  });

  it('resolves officials to agencies with their parents', () => {
    for (const [id, parentId] of Object.entries(expected.agencies)) {
      expect(model.agencies).toContainEqual(expect.objectContaining({ id, curated: true, parentId }));
    }
  });

  it('reads the outline: headings, nesting and order', () => {
    const byPath = new Map(model.provisions.map((p) => [p.path, p]));
    expect(byPath.get('2')?.heading).toBe(
      'United States Strategies for Addressing the Root Causes of Irregular Migration and for Collaboratively Managing Migration in the Region',
    );
    expect(byPath.get('4(b)')?.heading).toBe('Ensuring a Timely and Fair Expedited Removal Process');
    expect(byPath.get('4(a)(ii)(D)(3)')?.text).toBe(
      '"Agreement Between the Government of the United States of America and the Government of the Republic of Honduras for Cooperation in the Examination of Protection Claims," 85 Fed. Reg. 25,462 (September 25, 2019).',
    );
    expect(byPath.get('4(a)(ii)(F)(1)')?.parentPath).toBe('4(a)(ii)(F)');
    expect(model.provisions.filter((p) => p.parentPath === undefined).map((p) => p.path)).toEqual([
      'preamble',
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(model.provisions.map((p) => p.order)).toEqual(model.provisions.map((_, i) => i));
    expect(model.provisions).toHaveLength(56); // counted by hand: 1 preamble + 1 + 17 + 6 + 25 + 6;
  });
});

describe('EO 14010 renderings', () => {
  it('give the same model from the web page and the signed PDF', () => {
    const [web, signed] = renderings.map((f) => {
      const { text, hints } = seedDocument(f);
      return parseDocument(text, hints);
    });
    expect(web).toEqual(signed);
  });
});
