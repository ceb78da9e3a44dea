/** The first view: a search box and three entry points the API computes from the graph. */
import { el, gql, idLabel } from './api';

const START = `{ exploreStart {
  newestOrder { id title signedOn }
  longestChain { documentIds length }
  busiestAgency { agencyId directives agency { name acronym } } } }`;

interface Start {
  newestOrder: { id: string; title: string | null; signedOn: string | null } | null;
  longestChain: { documentIds: string[]; length: number } | null;
  busiestAgency: { agencyId: string; directives: number; agency: { name: string; acronym: string | null } } | null;
}

export interface StartActions {
  open: (id: string) => void;
  timeline: (id: string) => void;
  agency: (id: string) => void;
}

function card(heading: string, body: string, action: string, onClick: () => void, id: string): HTMLElement {
  const section = el('section', null, 'card');
  section.id = id;
  const button = el('button', action);
  button.onclick = onClick;
  section.append(el('h3', heading), el('p', body), button);
  return section;
}

export async function showStart(container: HTMLElement, actions: StartActions): Promise<void> {
  const { exploreStart: start } = await gql<{ exploreStart: Start }>(START);
  const cards: HTMLElement[] = [];
  if (start.newestOrder) {
    const o = start.newestOrder;
    cards.push(
      card(
        'The newest order',
        `${idLabel(o.id)}, signed ${o.signedOn ?? 'on an unknown day'}: ${o.title ?? ''}`,
        'Draw it and its neighbours',
        () => actions.open(o.id),
        'entry-newest',
      ),
    );
  }
  if (start.longestChain) {
    const ids = start.longestChain.documentIds;
    cards.push(
      card(
        'The longest revocation chain',
        `${start.longestChain.length} revocations, from ${idLabel(ids[0])} to ${idLabel(ids[ids.length - 1])}: each order revoked by the next.`,
        'See it on a timeline',
        () => actions.timeline(ids[0]),
        'entry-chain',
      ),
    );
  }
  if (start.busiestAgency) {
    const b = start.busiestAgency;
    cards.push(
      card(
        'The busiest agency',
        `${b.agency.name}${b.agency.acronym ? ` (${b.agency.acronym})` : ''}: ${b.directives.toLocaleString('en-US')} directives assigned.`,
        'Its directives and history',
        () => actions.agency(b.agencyId),
        'entry-agency',
      ),
    );
  }
  container.replaceChildren(
    el('h2', 'Start from a question'),
    el('p', 'Search for an order, a provision, an agency, a rule or a program above, or begin with one of these:'),
    ...cards,
  );
  if (cards.length === 0)
    container.append(el('p', 'The graph is empty: load documents first (npm start loads the corpus).'));
  container.dataset.ready = 'true';
  // When the first view has answered, for bench/explore-first-view.ts to read.
  performance.mark('explore:first-view');
}
