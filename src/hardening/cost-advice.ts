import { DocumentNode, FieldNode, GraphQLSchema, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { listSizeEstimator, SIZE_ARGUMENTS } from './cost';

/** A list of the query and the largest size it could ask, everything else unchanged, to pass. */
export interface CostAdvice {
  /** Response keys from the operation's root (or a fragment's name), e.g. `directives.edges.node.assignments`. */
  path: string;
  argument: string;
  max: number;
}

export interface CostedQuery {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables: Record<string, unknown>;
  operationName?: string;
}

/**
 * Lists tried at most: each costs the query twice more, and a refusal must stay cheap (a
 * refused query is not cached, so a client repeating it pays for at most six costings more,
 * each bounded by MAX_TOKENS).
 */
const LISTS_TRIED = 3;

/**
 * What would pass when a query costs more than `maxCost`: for the outermost lists sized by
 * `first` or `limit` (at most three), the largest size that brings the cost within the limit
 * with everything else unchanged. A list multiplies its selection, so from one item on the cost
 * is linear in its size and two costings (sizes 1 and 2) give the answer. Lists that cannot
 * help on their own are left out.
 */
export function costAdvice(query: CostedQuery, maxCost: number): CostAdvice[] {
  const advice: CostAdvice[] = [];
  // The outermost lists only, whether or not they help: what is tried is bounded, not what is found.
  for (const list of sizedLists(query).slice(0, LISTS_TRIED)) {
    const at = (size: number) =>
      getComplexity({ ...query, query: query.document, estimators: [sizedEstimator(list.node, size)] });
    const one = at(1);
    const perItem = at(2) - one;
    const max = perItem > 0 ? Math.floor((maxCost - (one - perItem)) / perItem) : 0;
    if (max >= 1) advice.push({ path: list.path, argument: list.argument, max });
  }
  return advice;
}

/** `first: 10 on directives.edges.node.assignments, or limit: 2000 on graph` */
export function describeAdvice(advice: CostAdvice[]): string {
  if (advice.length === 0) return 'Ask for fewer fields or smaller lists.';
  return `It would pass with ${advice.map((a) => `${a.argument}: ${a.max} on ${a.path}`).join(', or ')}.`;
}

function sizedEstimator(target: FieldNode, size: number) {
  return (args: ComplexityEstimatorArgs): number =>
    args.node === target ? size * Math.max(args.childComplexity, 1) : listSizeEstimator(args);
}

/** Every field of the document taking `first` or `limit`, outermost first, with its path. */
function sizedLists({ schema, document }: CostedQuery): Array<{ node: FieldNode; path: string; argument: string }> {
  const found: Array<{ node: FieldNode; path: string; argument: string; depth: number }> = [];
  const path: string[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      FragmentDefinition: { enter: (node) => void path.push(`...${node.name.value}`), leave: () => void path.pop() },
      Field: {
        enter(node) {
          path.push(node.alias?.value ?? node.name.value);
          const argument = typeInfo.getFieldDef()?.args.find((arg) => SIZE_ARGUMENTS.includes(arg.name))?.name;
          if (argument) found.push({ node, argument, path: path.filter(Boolean).join('.'), depth: path.length });
        },
        leave: () => void path.pop(),
      },
    }),
  );
  return found.sort((a, b) => a.depth - b.depth);
}
