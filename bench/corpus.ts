import {
  Action,
  Agency,
  Directive,
  DocumentKind,
  DocumentModel,
  DocumentRef,
  Entity,
  Provision,
  Role,
} from '../src/ingest/model';
import { Pools, Random, WORDS, agencyPool, entityPools, sentence } from './corpus-pools';

/**
 * A synthetic corpus with the real graph's shape: documents of every kind with an outline of
 * provisions and 5 to 40 directives, about 60 agencies with parents, rules and agreements
 * cited by several documents, revocation chains up to 20 documents long and some documents
 * that revoke several others. Seeded: one size always gives the same graph.
 */
export interface Corpus {
  models: DocumentModel[];
  /** Ids the questions start from: a document in the middle of the longest chain. */
  chainDocumentId: string;
}

const KINDS: [DocumentKind, number][] = [
  ['EXECUTIVE_ORDER', 0.6],
  ['PROCLAMATION', 0.2],
  ['MEMORANDUM', 0.12],
  ['PRESIDENTIAL_DETERMINATION', 0.05],
  ['NATIONAL_SECURITY_MEMORANDUM', 0.03],
];
const ACTIONS: Action[] = [
  'REVIEW',
  'RESCIND',
  'TERMINATE',
  'MODIFY',
  'SUSPEND',
  'CEASE',
  'REINSTATE',
  'PREPARE',
  'SUBMIT',
  'CONSIDER',
  'IMPLEMENT',
  'ESTABLISH',
];
const ROLES: Role[] = ['COORDINATION', 'CONSULTATION', 'SUPPORT'];
const PRESIDENTS = ['A. Adams', 'B. Baker', 'C. Carter', 'D. Diaz', 'E. Evans'];
const LONGEST_CHAIN = 20;

export function generateCorpus(size: number, seed = 14010): Corpus {
  const rnd = new Random(seed + size);
  const pools: Pools = { agencies: agencyPool(rnd), ...entityPools(rnd, size) };
  const refs = documentRefs(rnd, size);
  const revokes = revocationPlan(rnd, size);
  const models = refs.map((ref, i) =>
    documentModel(
      rnd,
      pools,
      ref,
      (revokes.get(i) ?? []).map((j) => refs[j]),
    ),
  );
  const chainStep = Math.max(1, Math.floor(size / LONGEST_CHAIN));
  return { models, chainDocumentId: refs[Math.min(size - 1, chainStep * Math.floor(LONGEST_CHAIN / 2))].id };
}

/** Ids, kinds and dates: signed one after another from 1990, so revocations point back in time. */
function documentRefs(rnd: Random, size: number): DocumentRef[] {
  const counters = new Map<string, number>();
  const used = new Set<string>();
  return Array.from({ length: size }, (_, i) => {
    const kind = rnd.weighted(KINDS);
    const signedOn = isoDate(Date.UTC(1990, 0, 1) + Math.floor((i * 35 * 365 * 86400000) / Math.max(size, 1)));
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    let id: string;
    let number: string | undefined;
    if (kind === 'EXECUTIVE_ORDER') [id, number] = [`eo-${20000 + n}`, String(20000 + n)];
    else if (kind === 'PROCLAMATION') [id, number] = [`proc-${12000 + n}`, String(12000 + n)];
    else if (kind === 'MEMORANDUM') id = `pm-${signedOn}`;
    else if (kind === 'PRESIDENTIAL_DETERMINATION') id = `pd-${signedOn.slice(0, 4)}-${n}`;
    else id = `nsm-${100 + n}`;
    for (let k = 2; used.has(id); k++) id = `pm-${signedOn}-${k}`;
    used.add(id);
    const title = `${kind.toLowerCase().replace(/_/g, ' ')} on ${rnd.pick(WORDS)} ${rnd.pick(WORDS)}`;
    return number ? { id, kind, number, signedOn, title } : { id, kind, signedOn, title };
  });
}

/**
 * Who revokes whom, by position (later revokes earlier): one chain of 20 across the whole
 * corpus, shorter chains (2 to 8) elsewhere, and 5% of documents revoking 2 to 4 documents
 * that revoke nothing themselves (so paths stay short around them).
 */
function revocationPlan(rnd: Random, size: number): Map<number, number[]> {
  const plan = new Map<number, number[]>();
  const inChain = new Set<number>();
  const add = (from: number, to: number) => {
    plan.set(from, [...(plan.get(from) ?? []), to]);
    inChain.add(from).add(to);
  };
  const step = Math.max(1, Math.floor(size / LONGEST_CHAIN));
  for (let j = 1; j < LONGEST_CHAIN && j * step < size; j++) add(j * step, (j - 1) * step);
  for (let i = 1; i < size; i++) {
    if (inChain.has(i) || rnd.next() > 0.15) continue;
    let at = i;
    for (let len = 2 + rnd.int(7); len > 0 && at + 1 < size; len--) {
      const next = at + 1 + rnd.int(5);
      if (next >= size || inChain.has(next)) break;
      add(next, at);
      at = next;
    }
  }
  for (let i = 10; i < size; i++) {
    if (inChain.has(i) || rnd.next() > 0.05) continue;
    const victims = new Set<number>();
    for (let k = 2 + rnd.int(3); k > 0; k--) {
      const j = rnd.int(i);
      if (!plan.has(j)) victims.add(j);
    }
    for (const j of victims) add(i, j);
  }
  return plan;
}

function documentModel(rnd: Random, pools: Pools, ref: DocumentRef, revoked: DocumentRef[]): DocumentModel {
  const id = ref.id;
  const provisions: Provision[] = [];
  for (let s = 1, sections = 3 + rnd.int(6); s <= sections; s++) {
    provisions.push({
      id: `${id}:${s}`,
      path: `${s}`,
      heading: `${rnd.pick(WORDS)} ${rnd.pick(WORDS)}`,
      text: sentence(rnd, 12),
      order: provisions.length,
    });
    for (let c = 0, clauses = rnd.int(4); c < clauses; c++) {
      const path = `${s}(${String.fromCharCode(97 + c)})`;
      provisions.push({
        id: `${id}:${path}`,
        path,
        parentPath: `${s}`,
        text: sentence(rnd, 20),
        order: provisions.length,
      });
    }
  }
  const agencies = new Map<string, Agency>();
  const entities = new Map<string, Entity>();
  const useAgency = (a: Agency) => {
    agencies.set(a.id, a);
    if (a.parentId)
      agencies.set(
        a.parentId,
        pools.agencies.find((p) => p.id === a.parentId)!,
      );
  };
  const directives: Directive[] = [];
  const ordinals = new Map<string, number>();
  for (let k = 0, count = 5 + rnd.int(36); k < count; k++) {
    const provision = rnd.pick(provisions);
    const ordinal = (ordinals.get(provision.id) ?? 0) + 1;
    ordinals.set(provision.id, ordinal);
    const action = rnd.pick(ACTIONS);
    const assigned = new Set([pools.agencies[rnd.skewed(pools.agencies.length)]]);
    for (let n = rnd.int(3); n > 0; n--) assigned.add(rnd.pick(pools.agencies));
    [...assigned].forEach(useAgency);
    const targets =
      rnd.next() < 0.6
        ? [rnd.pick(rnd.next() < 0.6 ? pools.rules : rnd.next() < 0.5 ? pools.programs : pools.agreements)]
        : [];
    targets.forEach((t) => entities.set(t.id, t));
    const deliverable = rnd.next() < 0.3 ? rnd.pick(pools.deliverables) : undefined;
    if (deliverable) entities.set(deliverable.id, deliverable);
    const deadlineDays = deliverable || rnd.next() < 0.3 ? 30 * (1 + rnd.int(12)) : undefined;
    const lead = [...assigned][0];
    const due = deadlineDays
      ? { deadlineDays, dueOn: isoDate(Date.parse(ref.signedOn!) + deadlineDays * 86400000) }
      : {};
    directives.push({
      id: `${provision.id}#${ordinal}`,
      provisionId: provision.id,
      ordinal,
      action,
      ...due,
      text: `The ${lead.name} shall ${action.toLowerCase()} ${sentence(rnd, 10)}`,
      assignments: [...assigned].map((a, n) => ({
        actor: 'AGENCY' as const,
        actorId: a.id,
        actorText: `the ${a.name}`,
        role: n === 0 ? 'LEAD' : rnd.pick(ROLES),
      })),
      targets: targets.map((t) => ({ id: t.id, action })),
      produces: deliverable ? [deliverable.id] : [],
    });
  }
  const revoker = provisions[provisions.length - 1];
  for (const target of revoked) {
    const ordinal = (ordinals.get(revoker.id) ?? 0) + 1;
    ordinals.set(revoker.id, ordinal);
    directives.push({
      id: `${revoker.id}#${ordinal}`,
      provisionId: revoker.id,
      ordinal,
      action: 'REVOKE',
      text: `${target.title} is hereby revoked`,
      assignments: [],
      targets: [{ id: target.id, action: 'REVOKE' }],
      produces: [],
    });
  }
  const citations = provisions
    .filter(() => rnd.next() < 0.4)
    .map((p) => {
      const cited = rnd.pick(rnd.next() < 0.6 ? pools.rules : rnd.next() < 0.5 ? pools.agreements : pools.authorities);
      entities.set(cited.id, cited);
      return { provisionId: p.id, targetId: cited.id, text: cited.name };
    });
  const links = [...entities.values()]
    .filter((e) => e.kind === 'Agreement')
    .map((e) => {
      const country = pools.countries[Number(e.id.replace(/\D/g, '')) % pools.countries.length];
      entities.set(country.id, country);
      return { from: e.id, to: country.id, type: 'PARTY' as const };
    });
  return {
    document: {
      ...ref,
      president: PRESIDENTS[Number(ref.signedOn!.slice(0, 4)) % PRESIDENTS.length],
      frCitation: `${50 + rnd.int(40)} FR ${rnd.int(90000)}`,
    },
    provisions,
    directives,
    agencies: [...agencies.values()],
    successions: [],
    bodies: [],
    groups: [],
    entities: [...entities.values()],
    revocations: revoked.map((target) => ({ target, provisionId: revoker.id, inPart: rnd.next() < 0.2 })),
    citations,
    links,
    referencedDocuments: revoked,
  };
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
