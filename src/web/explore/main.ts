/**
 * The /explore page: opens on a search box and entry points, never on the whole graph; from
 * there a neighbourhood drawing (capped), a revocation timeline and an agency view. Every view
 * has an address (?focus=, ?timeline=, ?agency=), so it can be linked and reloaded.
 */
import { idLabel } from './api';
import { showAgency } from './agency';
import { CAP, createDrawing, expand } from './drawing';
import { showRecord, showRelation } from './record';
import { runSearch } from './search';
import { showStart } from './start';
import { showTimeline } from './timeline';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const VIEWS = ['start', 'graph', 'timeline', 'agency'] as const;
type View = (typeof VIEWS)[number];

const cy = createDrawing($('cy'));
// Exposed for people poking around in the console (and for the browser test).
(window as unknown as { cy: typeof cy }).cy = cy;

function status(text: string): void {
  $('status').textContent = text;
}

function show(view: View): void {
  for (const v of VIEWS) $(`view-${v}`).hidden = v !== view;
  document
    .querySelectorAll<HTMLButtonElement>('nav button')
    .forEach((b) => b.classList.toggle('current', b.dataset.view === view));
  document.body.dataset.view = view;
  if (view === 'graph') {
    cy.resize();
    cy.fit(undefined, 40);
  }
}

/** Runs a view's work, reporting failures in the status line rather than leaving it blank. */
function attempt(work: Promise<unknown>): void {
  work.catch((error: Error) => status(`Could not load: ${error.message}`));
}

const actions = {
  open: (id: string) => go({ focus: id }),
  timeline: (id: string) => go({ timeline: id }),
  agency: (id: string) => go({ agency: id }),
};

let current: string | undefined;

async function focus(id: string, clear: boolean): Promise<void> {
  show('graph');
  status(`Drawing the neighbours of ${idLabel(id)}…`);
  const { added, left } = await expand(cy, id, { clear });
  current = id;
  cy.elements().unselect();
  cy.getElementById(id).select();
  const drawn = `${cy.nodes().length} nodes, ${cy.edges().length} relationships drawn`;
  status(
    left > 0
      ? `${drawn}. Capped at ${CAP} nodes: more neighbours of ${idLabel(id)} are not drawn (${added} added). Clear, or pick a node to draw from there.`
      : `${drawn}. Click a node to add its neighbours; hover a line for its relationship.`,
  );
  await showRecord($('record'), id, actions);
}

/** Goes to a view, recording it in the address so Back and reloads work. */
function go(target: { focus?: string; timeline?: string; agency?: string }, push = true): void {
  const params = new URLSearchParams(Object.entries(target).filter(([, v]) => v) as string[][]);
  if (push) history.pushState(null, '', `?${params}`);
  route(params);
}

function route(params: URLSearchParams): void {
  const [focusId, timelineId, agencyId] = [params.get('focus'), params.get('timeline'), params.get('agency')];
  if (focusId) attempt(focus(focusId, true));
  else if (timelineId) {
    show('timeline');
    attempt(
      showTimeline($('view-timeline'), timelineId, actions.open).then(({ documents, capped }) => {
        status(`Timeline of ${idLabel(timelineId)}: ${documents} documents${capped ? ' (capped)' : ''}.`);
        return showRecord($('record'), timelineId, actions);
      }),
    );
  } else if (agencyId) {
    show('agency');
    attempt(
      showAgency($('view-agency'), agencyId, actions).then(() => {
        status('');
        return showRecord($('record'), agencyId, actions);
      }),
    );
  } else {
    show('start');
    attempt(showStart($('view-start'), actions).then(() => status('')));
  }
}

cy.on('tap', 'node', (event) => attempt(focus(event.target.id(), false)));
cy.on('tap', 'edge', (event) => attempt(showRelation($('record'), event.target.data())));
cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
cy.on('mouseover', 'node', (event) => {
  $('cy').title = `${event.target.data('label')} (${event.target.id()})`;
});

$('search').onsubmit = (event) => {
  event.preventDefault();
  const text = $<HTMLInputElement>('query').value.trim();
  if (!text) return;
  status(`Searching for “${text}”…`);
  $('record').replaceChildren(); // the hits come first; the record of the one picked goes above them
  attempt(
    runSearch($('results'), text, (id) => actions.open(id)).then((n) => status(n ? 'Pick a match to draw it.' : '')),
  );
};
$('clear').onclick = () => {
  cy.elements().remove();
  status('Drawing cleared.');
};
document.querySelectorAll<HTMLButtonElement>('nav button').forEach((button) => {
  button.onclick = () => {
    const view = button.dataset.view as View;
    if (view === 'start') go({});
    else if (view === 'graph') {
      if (current) show('graph');
      else status('Search or pick an entry point first.');
    } else if (view === 'timeline') {
      if (current) go({ timeline: current });
      else status('Pick an order first.');
    }
  };
});
window.addEventListener('popstate', () => route(new URLSearchParams(location.search)));
route(new URLSearchParams(location.search));
