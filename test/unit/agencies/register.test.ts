/** The agency register (seed/reference/agencies.json): its history is complete and consistent. */
import { AgencyRegister } from '../../../src/ingest/parse/register';
import { loadReference } from '../../../src/ingest/reference';

const refs = loadReference().agencies;
const byId = new Map(refs.map((r) => [r.id, r]));
const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('the agency register', () => {
  it('gives every agency a unique id and, where it has one, a unique Federal Register slug and a parent in the register', () => {
    expect(byId.size).toBe(refs.length);
    const slugs = refs.flatMap((r) => (r.frSlug ? [r.frSlug] : []));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(refs.filter((r) => r.parentId && !byId.has(r.parentId)).map((r) => r.id)).toEqual([]);
  });

  it('gives every abolished agency a successor on the day it was abolished, or the act that ended it with none', () => {
    const gaps = refs
      .filter((r) => r.abolished)
      .flatMap((r) => {
        if (r.endedBy) return r.succeededBy?.length ? [`${r.id}: both ended and succeeded`] : [];
        const next = r.succeededBy ?? [];
        const last = next
          .map((s) => s.on)
          .sort()
          .pop();
        return !next.length || last !== r.abolished
          ? [`${r.id}: abolished ${r.abolished}, last succession ${last ?? 'none'}`]
          : [];
      });
    expect(gaps).toEqual([]);
  });

  it('dates every succession and points it at an agency that existed from that day', () => {
    const wrong = refs.flatMap((r) =>
      (r.succeededBy ?? []).flatMap((s) => {
        const to = byId.get(s.id);
        const problems = [
          !ISO.test(s.on) && 'no ISO date',
          !s.basis && 'no basis',
          !to && 'unknown successor',
          r.established && s.on < r.established && 'before the predecessor existed',
          to?.established && to.established > s.on && 'before the successor existed',
          to?.abolished && to.abolished <= s.on && 'after the successor was abolished',
        ].filter(Boolean);
        return problems.length ? [`${r.id} -> ${s.id} on ${s.on}: ${problems.join(', ')}`] : [];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('records the history the issue names: War Department, National Military Establishment, Bureau of the Budget, HEW, FAA, AEC', () => {
    const next = (id: string) => (byId.get(id)?.succeededBy ?? []).map((s) => `${s.id}@${s.on}`).sort();
    expect(next('war')).toEqual(['army@1947-09-18', 'nme@1947-09-18']);
    expect(next('nme')).toEqual(['dod@1949-08-10']);
    expect(next('bob')).toEqual(['omb@1970-07-01']);
    expect(next('hew')).toEqual(['ed@1980-05-04', 'hhs@1980-05-04']);
    expect(next('faa-agency')).toEqual(['faa@1967-04-01']);
    expect(next('aec')).toEqual(['erda@1975-01-19', 'nrc@1975-01-19']);
    expect(next('erda')).toEqual(['doe@1977-10-01']);
  });

  it("carries an agency's whole history into a model that names it, so SUCCEEDED_BY has both ends", () => {
    const register = new AgencyRegister(refs);
    const found = register.closure('war');
    expect([...found.keys()]).toEqual(expect.arrayContaining(['war', 'army', 'nme', 'dod']));
    expect(register.successionsAmong(found).map((s) => `${s.from}->${s.to}@${s.on}`)).toEqual(
      expect.arrayContaining(['war->army@1947-09-18', 'war->nme@1947-09-18', 'nme->dod@1949-08-10']),
    );
  });
});
