import { Agency, Entity } from '../src/ingest/model';

/** mulberry32: a tiny seeded PRNG, so a corpus size always gives the same graph. */
export class Random {
  constructor(private state: number) {}

  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** An index below n, small ones far likelier (a few busy agencies, a long tail). */
  skewed(n: number): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** 2.5));
  }

  weighted<T>(choices: [T, number][]): T {
    let x = this.next();
    for (const [value, weight] of choices) if ((x -= weight) < 0) return value;
    return choices[choices.length - 1][0];
  }
}

export const WORDS = (
  'asylum border security migration refugee program review policy health safety climate energy ' +
  'trade tariff export import labor wage workforce housing education veterans defense cyber ' +
  'infrastructure transport water agriculture food drug safety privacy data procurement budget ' +
  'regulation guidance grant loan contract enforcement detention parole visa citizenship census ' +
  'election disaster recovery resilience emergency vaccine pandemic research science technology ' +
  'space ocean forest wildlife land mineral oil gas nuclear sanctions treaty alliance diplomacy'
).split(' ');

export function sentence(rnd: Random, words: number): string {
  return Array.from({ length: words }, () => rnd.pick(WORDS)).join(' ');
}

export interface Pools {
  agencies: Agency[];
  rules: Entity[];
  programs: Entity[];
  agreements: Entity[];
  authorities: Entity[];
  deliverables: Entity[];
  countries: Entity[];
}

/** 15 departments and 45 offices, each office part of a department. */
export function agencyPool(rnd: Random): Agency[] {
  const departments = Array.from({ length: 15 }, (_, i) => ({
    id: `dept${i}`,
    name: `Department of ${WORDS[i * 3]} ${WORDS[i * 3 + 1]}`,
    acronym: `D${i}`,
    curated: true,
  }));
  const offices = Array.from({ length: 45 }, (_, i) => ({
    id: `off${i}`,
    name: `Office of ${WORDS[(i * 5 + 2) % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]}`,
    acronym: `O${i}`,
    parentId: departments[rnd.int(departments.length)].id,
    curated: i % 3 !== 0,
  }));
  // Interleaved so the busy end of `skewed` holds both departments and offices.
  return departments.flatMap((d, i) => [d, ...offices.slice(i * 3, i * 3 + 3)]);
}

/** Shared entity pools that grow with the corpus, so each rule is cited by several documents. */
export function entityPools(rnd: Random, size: number): Omit<Pools, 'agencies'> {
  const entity = (kind: Entity['kind'], id: string, name: string, props: Entity['props'] = {}): Entity => ({
    id,
    kind,
    name,
    props,
  });
  const rules = Array.from({ length: Math.max(30, Math.floor(size / 3)) }, (_, i) => {
    const volume = 50 + (i % 40);
    const page = 1000 + i * 7;
    return entity('Rule', `fr-${volume}-${page}`, `${volume} FR ${page} ${rnd.pick(WORDS)} rule`, {
      frVolume: volume,
      frPage: page,
      ruleKind: 'rule',
    });
  });
  const n = Math.max(10, Math.floor(size / 20));
  return {
    rules,
    programs: Array.from({ length: n }, (_, i) =>
      entity('Program', `program-p${i}`, `${rnd.pick(WORDS)} ${rnd.pick(WORDS)} program ${i}`),
    ),
    agreements: Array.from({ length: n }, (_, i) =>
      entity('Agreement', `agreement-a${i}`, `${rnd.pick(WORDS)} cooperative agreement ${i}`),
    ),
    authorities: Array.from({ length: 30 }, (_, i) =>
      entity('LegalAuthority', `legalauthority-usc-${i}`, `${i + 1} U.S.C. ${100 + i}`),
    ),
    deliverables: Array.from({ length: n }, (_, i) =>
      i % 2
        ? entity('Report', `report-r${i}`, `${rnd.pick(WORDS)} report ${i}`)
        : entity('Strategy', `strategy-s${i}`, `${rnd.pick(WORDS)} strategy ${i}`),
    ),
    countries: Array.from({ length: 12 }, (_, i) => entity('Country', `country-c${i}`, `Country ${WORDS[i + 40]}`)),
  };
}
