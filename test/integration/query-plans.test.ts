import { Driver } from 'neo4j-driver';
import { generateCorpus } from '../../bench/corpus';
import { OURS } from '../../bench/queries/ours';
import { Params, QUESTIONS, QuestionId } from '../../bench/questions';
import { pickParams } from '../../bench/size';
import { Graph } from '../../src/graph/run';
import { loadDocuments } from '../../src/ingest/load';
import { Api } from '../../src/server';
import { gql, startApi } from '../support/api';
import { freshGraph } from '../support/neo4j';

/**
 * The planner's choice for each of the benchmark's six questions (bench/questions.ts), asked
 * through the API as a client asks them: every query the API sends is recorded, then EXPLAINed
 * on the same database with the same parameters. A question whose cost should follow its answer
 * must start from the index meant for it: a label or type scan reads the whole graph.
 */

interface Sent {
  cypher: string;
  params: Record<string, unknown>;
}

/** A driver that notes every query its sessions run and runs it unchanged. */
function recordingDriver(driver: Driver, sent: Sent[]): Driver {
  return new Proxy(driver, {
    get(target, prop) {
      if (prop !== 'session') return Reflect.get(target, prop, target);
      return (...args: Parameters<Driver['session']>) => {
        const session = target.session(...args);
        return new Proxy(session, {
          get(s, key) {
            if (key === 'run')
              return (cypher: string, params: Record<string, unknown>, config?: object) => (
                sent.push({ cypher, params }),
                s.run(cypher, params, config)
              );
            const value = Reflect.get(s, key, s);
            return typeof value === 'function' ? value.bind(s) : value;
          },
        });
      };
    },
  });
}

interface PlanStep {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanStep[];
}

/** Each operator of a plan as "Operator details", the operator's name without its runtime suffix. */
function steps(plan: PlanStep): string[] {
  const name = plan.operatorType.replace(/@.*$/, '');
  return [`${name} ${String(plan.arguments.Details ?? '')}`, ...plan.children.flatMap(steps)];
}

const SCANS =
  /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|(Directed|Undirected)?(RelationshipTypeScan|AllRelationshipsScan))\b/;

describe('the plan of each benchmark question (EXPLAIN)', () => {
  let driver: Driver;
  let graph: Graph;
  let api: Api;
  let url: string;
  let params: Params;
  const sent: Sent[] = [];

  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    const corpus = generateCorpus(60);
    for (let i = 0; i < corpus.models.length; i += 20) await loadDocuments(graph, corpus.models.slice(i, i + 20));
    // Plans are costed from index statistics and then cached by query text: earlier suites filled
    // and emptied this database with other shapes (the whole corpus), so resample and replan.
    await graph.write('CALL db.prepareForReplanning()');
    params = await pickParams(graph, '60', corpus.chainDocumentId);
    ({ api, url } = await startApi(new Graph(recordingDriver(driver, sent))));
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  /** The plans of the queries the API sends to answer question `id`, one list of steps each. */
  async function plansOf(id: QuestionId): Promise<string[][]> {
    sent.length = 0;
    const question = OURS[id];
    const answer = await gql(url, question.query, question.variables(params));
    expect(answer.errors).toBeUndefined();
    expect(sent.length).toBeGreaterThan(0);
    const session = driver.session();
    try {
      const plans: string[][] = [];
      for (const { cypher, params: p } of sent)
        plans.push(steps((await session.run(`EXPLAIN ${cypher}`, p)).summary.plan as unknown as PlanStep));
      return plans;
    } finally {
      await session.close();
    }
  }

  const expectations: Record<QuestionId, RegExp> = {
    // Seeks the agency's assignments on (agencyId, directiveId), in directive order.
    agencyDirectives: /RelationshipIndexSeek .*ASSIGNED_TO\(agencyId, directiveId\)/,
    revocationChain: /NodeUniqueIndexSeek .*:PresidentialDocument\b.*\bid\b/,
    // Both filters in one seek, in dueOn order: the page is read, not every directive due.
    directivesByActionDue: /NodeIndexSeek.* .*:Directive\(action, dueOn\)/,
    // The focus is tried label by label, a document first, each try a lookup by id that stops at
    // the first found (inside `coalesce`, so EXPLAIN shows it in the projection, not as an operator).
    subgraph:
      /^Projection coalesce\(COLLECT \{ MATCH \(`?f`?\)\s+WHERE `?f`?\.id IN \[\$id\] AND `?f`?:PresidentialDocument RETURN/,
    // Lucene is asked for a bounded number of hits, not all of them.
    search: /ProcedureCall db\.index\.fulltext\.queryNodes\(.*\$probe/,
    agencyResponsibilities: /NodeUniqueIndexSeek .*:Agency\b.*\bid\b/,
  };

  it.each(QUESTIONS.map((q) => [q.title, q.id] as const))(
    '%s: starts from its index, scans nothing',
    async (_title, id) => {
      const plans = await plansOf(id);
      const all = plans.flat();
      expect(all.filter((step) => SCANS.test(step))).toEqual([]);
      expect(all.some((step) => expectations[id].test(step))).toBe(true);
    },
  );

  it('pages directives by due date from the index order, sorting only ties on the date', async () => {
    const [plan] = await plansOf('directivesByActionDue');
    // PartialTop: the index gives dueOn order, only directives due the same day are sorted by id.
    expect(plan.filter((step) => /^(Top|Sort) .*dueOn/.test(step))).toEqual([]);
    expect(plan.some((step) => /^Partial(Top|Sort) .*dueOn/.test(step))).toBe(true);
  });

  it('walks the neighbourhood breadth-first, each node once at its distance, sorting only ties on it', async () => {
    const plan = (await plansOf('subgraph')).flat();
    // The pruning expansion reaches each node once, by its shortest path, as the floor's does;
    // without it every path is expanded and grouped by node again.
    expect(plan.some((step) => /^VarLengthExpand\(Pruning,BFS/.test(step))).toBe(true);
    expect(plan.filter((step) => /^EagerAggregation .*min\(/.test(step))).toEqual([]);
    expect(plan.some((step) => /^PartialTop .*distance/.test(step))).toBe(true);
  });

  it("pages an agency's directives in the index's order, sorting nothing", async () => {
    const plans = await plansOf('agencyDirectives');
    expect(plans.flat().filter((step) => /^(Top|Sort|PartialTop|PartialSort) .*directiveId/.test(step))).toEqual([]);
  });

  it("pages each directive's targets by a seek on their kept ends, in their order, expanding nothing", async () => {
    const steps = (await plansOf('agencyDirectives')).flat();
    expect(steps.some((step) => /RelationshipIndexSeek .*TARGETS\(directiveId, targetId\)/.test(step))).toBe(true);
    expect(steps.filter((step) => /^(Expand|Top|Sort|PartialTop|PartialSort)\b/.test(step))).toEqual([]);
  });
});
