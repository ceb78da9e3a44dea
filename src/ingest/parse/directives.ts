/** Directives: each "X shall …" sentence whose subject is an agency, with roles, targets and deadline. */
import { Action, Assignment, Directive, Provision } from '../model';
import { actionOf, delegatesToClauses } from './actions';
import { AgencyResolver } from './agencies';
import { addDays, deadlineDays } from './dates';
import { directiveId } from './ids';
import { assignRoles } from './roles';
import { splitSentences } from './sentences';

/** What the targets and deliverables of a passage are; supplied by the caller, which owns the entities. */
export interface DirectiveContext {
  docId: string;
  signedOn?: string;
  agencies: AgencyResolver;
  targetsIn(text: string): string[];
  deliverablesIn(text: string, action: Action, provision: Provision, deadline?: number): string[];
}

type Draft = Omit<Directive, 'id' | 'ordinal'>;

function sentencesWithOffsets(text: string): { text: string; start: number }[] {
  let from = 0;
  return splitSentences(text).map((s) => {
    const start = text.indexOf(s, from);
    from = start + s.length;
    return { text: s, start };
  });
}

function descendants(p: Provision, all: Provision[]): Provision[] {
  return all.filter((c) => c.parentPath !== undefined && (c.parentPath === p.path || c.parentPath.startsWith(p.path + '(')) && c.path !== p.path);
}

/** A clause after "shall:" usually opens with a qualifier ("within 180 days …, conduct"); find its verb. */
function clauseAction(text: string): Action {
  let rest = text;
  for (let k = 0; k < 4; k++) {
    const a = actionOf(rest);
    if (a !== 'OTHER' || !rest.includes(',')) return a;
    rest = rest.slice(rest.indexOf(',') + 1);
  }
  return 'OTHER';
}

function draft(ctx: DirectiveContext, p: Provision, text: string, action: Action, assignments: Assignment[], scope: string): Draft {
  const days = deadlineDays(text);
  const d: Draft = { provisionId: p.id, text, action, assignments, targets: [], produces: [] };
  d.targets = [...new Set(ctx.targetsIn(scope))].map((id) => ({ id, action }));
  d.produces = ctx.deliverablesIn(scope, action, p, days);
  if (days !== undefined) {
    d.deadlineDays = days;
    if (ctx.signedOn) d.dueOn = addDays(ctx.signedOn, days);
  }
  return d;
}

function directivesOf(p: Provision, all: Provision[], ctx: DirectiveContext, out: Map<string, Draft[]>): void {
  const mentions = ctx.agencies.mentions(p.text, p.order);
  for (const s of sentencesWithOffsets(p.text)) {
    const shall = /\bshall\b(?! not)/.exec(s.text);
    if (!shall || /\bshall (?:be construed|mean|refer to|have the meaning)\b/.test(s.text)) continue;
    const local = mentions
      .filter((m) => m.start >= s.start && m.end <= s.start + s.text.length)
      .map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start }));
    const assignments = assignRoles(s.text, local, shall.index);
    if (!assignments.some((a) => a.role === 'LEAD')) continue;
    const verbPhrase = s.text.slice(shall.index + 'shall'.length);
    const children = all.filter((c) => c.parentPath === p.path);
    if (/:$/.test(s.text) && children.length && delegatesToClauses(verbPhrase)) {
      for (const c of children.filter((c) => !/\bshall\b/.test(c.text))) {
        push(out, c.id, draft(ctx, c, c.text, clauseAction(c.text), assignments, c.text));
      }
      continue;
    }
    const scope = /:$/.test(s.text) ? [s.text, ...descendants(p, all).map((c) => c.text)].join(' ') : s.text;
    push(out, p.id, draft(ctx, p, s.text, actionOf(verbPhrase), assignments, scope));
  }
}

function push(out: Map<string, Draft[]>, provisionId: string, d: Draft): void {
  out.set(provisionId, [...(out.get(provisionId) ?? []), d]);
}

/** Numbered #1, #2 … within each provision, in the order they are read. */
export function findDirectives(provisions: Provision[], ctx: DirectiveContext): Directive[] {
  const byProvision = new Map<string, Draft[]>();
  for (const p of provisions) if (p.path !== 'preamble') directivesOf(p, provisions, ctx, byProvision);
  return provisions.flatMap((p) =>
    (byProvision.get(p.id) ?? []).map((d, k) => ({ ...d, id: directiveId(p.id, k + 1), ordinal: k + 1 })),
  );
}
