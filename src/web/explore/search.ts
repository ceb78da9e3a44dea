/** Search through the API's full-text index: any kind of node, each hit with its kind. */
import { el, gql, idLabel, kindName } from './api';

const SEARCH = `query Search($text: String!) { search(text: $text, first: 20) { totalCount
  edges { kind node { id
    ... on PresidentialDocument { title signedOn }
    ... on Entity { name }
    ... on Agency { name acronym }
    ... on Provision { path documentId heading text }
    ... on Directive { documentId text } } } } }`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the node's fields depend on its kind
type Hit = { kind: string; node: Record<string, any> };

/** What a person recognises a hit by. */
function describe({ node }: Hit): string {
  if (node.title !== undefined)
    return `${idLabel(node.id)}${node.signedOn ? ` (${node.signedOn.slice(0, 4)})` : ''}: ${node.title ?? ''}`;
  if (node.path !== undefined)
    return `${idLabel(node.documentId)}, sec. ${node.path}: ${node.heading ?? node.text.slice(0, 90)}`;
  if (node.text !== undefined) return `${idLabel(node.documentId)}: ${node.text.slice(0, 100)}`;
  return node.name ? `${node.name}${node.acronym ? ` (${node.acronym})` : ''}` : node.id;
}

export async function runSearch(
  list: HTMLElement,
  text: string,
  pick: (id: string, kind: string) => void,
): Promise<number> {
  const { search } = await gql<{ search: { totalCount: number; edges: Hit[] } }>(SEARCH, { text });
  list.replaceChildren();
  if (search.edges.length === 0) {
    list.append(
      el('li', `No match for “${text}”. Try other words, an order number (14010) or an agency (DHS).`, 'none'),
    );
    return 0;
  }
  list.append(
    el(
      'li',
      `${search.totalCount.toLocaleString('en-US')} matches${search.totalCount > search.edges.length ? `, the best ${search.edges.length} shown` : ''}:`,
      'count',
    ),
  );
  for (const hit of search.edges) {
    const li = el('li', null, 'hit');
    li.dataset.id = hit.node.id;
    li.tabIndex = 0;
    li.append(el('span', kindName(hit.kind), 'kind'), ' ', describe(hit));
    li.onclick = () => pick(hit.node.id, hit.kind);
    li.onkeydown = (event) => event.key === 'Enter' && pick(hit.node.id, hit.kind);
    list.append(li);
  }
  return search.edges.length;
}
