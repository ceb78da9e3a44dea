/**
 * The side panel: the selected node or relationship as a record a person reads (title, signed,
 * status, the provision's text, a link to the Federal Register), never raw JSON.
 */
import { el, gql, idLabel, kindName, sourceLink } from './api';

const RECORD = `query Record($id: ID!) { node(id: $id) { id kind sources
  ... on PresidentialDocument { title number signedOn president status frCitation documentNumber parseError
    revokedBy(first: 5) { totalCount edges { node { id } provision { path } } }
    supersededBy(first: 5) { totalCount edges { node { id } } }
    revokes(first: 0) { totalCount } provisions(first: 0) { totalCount } directives(first: 0) { totalCount } }
  ... on Provision { path heading text document { id title frCitation documentNumber } }
  ... on Directive { text action dueOn dueEachYearOn repeatsEvery provision { path } document { id title frCitation documentNumber }
    assignments(first: 20) { edges { role node { id name } } } }
  ... on Agency { name acronym established abolished parent { id name } }
  ... on Entity { name }
} }`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the shape depends on the node's kind
type Record_ = Record<string, any>;

export interface RecordActions {
  open: (id: string) => void;
  timeline: (id: string) => void;
  agency: (id: string) => void;
}

const STATUS: Record<string, string> = {
  IN_FORCE: 'In force',
  REVOKED: 'Revoked',
  REVOKED_IN_PART: 'Revoked in part',
  SUPERSEDED: 'Superseded',
};

/** ISO 8601's day of every year ("--03-15") as a person reads it: "March 15". */
function yearlyDay(monthDay: string): string {
  const [month, day] = monthDay.slice(2).split('-').map(Number);
  return new Date(Date.UTC(2000, month - 1, day)).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

const DURATION_UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day' };

/** "P1Y" as a reader says it, "every year"; "P3M", "every 3 months". Any other duration as written. */
function everyWords(duration: string): string {
  const m = /^P(\d+)([YMWD])$/.exec(duration);
  if (!m) return duration;
  const unit = DURATION_UNITS[m[2]];
  return m[1] === '1' ? `every ${unit}` : `every ${m[1]} ${unit}s`;
}

function row(list: HTMLElement, name: string, value: Node | string | null | undefined): void {
  if (value == null || value === '') return;
  list.append(el('dt', name));
  const dd = el('dd');
  dd.append(value);
  list.append(dd);
}

function link(text: string, onClick: () => void): HTMLAnchorElement {
  const a = el('a', text);
  a.href = '#';
  a.onclick = (event) => {
    event.preventDefault();
    onClick();
  };
  return a;
}

function source(doc: Record_): Node | null {
  const href = sourceLink(doc);
  if (!href) return doc.frCitation ?? null;
  const a = el('a', doc.frCitation ?? doc.documentNumber ?? 'Federal Register');
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

/** Fills `panel` with the record of node `id`. */
export async function showRecord(panel: HTMLElement, id: string, actions: RecordActions): Promise<void> {
  const { node } = await gql<{ node: Record_ | null }>(RECORD, { id });
  panel.replaceChildren();
  if (!node) {
    panel.append(el('p', `Nothing in the graph has the id ${id}.`));
    return;
  }
  panel.append(el('span', kindName(node.kind), 'kind'));
  const title = node.title ?? node.name ?? (node.path ? `Sec. ${node.path}` : null) ?? node.text?.slice(0, 120) ?? id;
  panel.append(el('h2', node.number ? `${idLabel(node.id)}: ${title}` : title));
  const list = el('dl');
  panel.append(list);
  row(list, 'Id', node.id);
  if (node.status) {
    row(list, 'Signed', node.signedOn ?? 'unknown');
    row(list, 'President', node.president);
    row(list, 'Status', el('span', STATUS[node.status] ?? node.status, `status ${node.status}`));
    const revokers = node.revokedBy.edges.map(
      (e: Record_) => `${idLabel(e.node.id)}${e.provision ? ` (sec. ${e.provision.path})` : ''}`,
    );
    row(list, 'Revoked by', revokers.join(', '));
    row(list, 'Superseded by', node.supersededBy.edges.map((e: Record_) => idLabel(e.node.id)).join(', '));
    row(
      list,
      'Holds',
      `${node.provisions.totalCount} provisions, ${node.directives.totalCount} directives; revokes ${node.revokes.totalCount} documents`,
    );
    row(list, 'Source', source(node));
    row(list, 'Not parsed', node.parseError);
    const buttons = el('p');
    const timeline = el('button', 'Timeline of its revocations');
    timeline.onclick = () => actions.timeline(node.id);
    buttons.append(timeline);
    panel.append(buttons);
  } else if (node.path !== undefined && node.document) {
    row(
      list,
      'In',
      link(`${idLabel(node.document.id)}: ${node.document.title ?? ''}`, () => actions.open(node.document.id)),
    );
    row(list, 'Heading', node.heading);
    row(list, 'Source', source(node.document));
    panel.append(el('blockquote', node.text));
  } else if (node.action) {
    row(list, 'Action', kindName(node.action));
    row(list, 'Due', node.dueOn);
    row(list, 'Due each year', node.dueEachYearOn && yearlyDay(node.dueEachYearOn));
    row(list, 'Repeats', node.repeatsEvery && everyWords(node.repeatsEvery));
    row(
      list,
      'In',
      link(`${idLabel(node.document.id)}, sec. ${node.provision.path}`, () => actions.open(node.document.id)),
    );
    const who = el('ul');
    for (const edge of node.assignments.edges) {
      const li = el('li');
      li.append(
        link(edge.node.name, () => actions.agency(edge.node.id)),
        ` (${kindName(edge.role)})`,
      );
      who.append(li);
    }
    row(list, 'Who', who);
    row(list, 'Source', source(node.document));
    panel.append(el('blockquote', node.text));
  } else {
    row(list, 'Acronym', node.acronym);
    row(list, 'Established', node.established);
    row(list, 'Abolished', node.abolished);
    if (node.parent)
      row(
        list,
        'Part of',
        link(node.parent.name, () => actions.agency(node.parent.id)),
      );
    if (node.kind === 'AGENCY') {
      const button = el('button', 'Agency view: directives and history');
      button.onclick = () => actions.agency(node.id);
      panel.append(button);
    }
    row(
      list,
      'Named in',
      (node.sources as string[]).slice(0, 8).map(idLabel).join(', ') +
        (node.sources.length > 8 ? ` and ${node.sources.length - 8} more` : ''),
    );
  }
}

/** A relationship as a sentence, with the text of the provision that states it. */
export async function showRelation(
  panel: HTMLElement,
  edge: { source: string; target: string; type: string; properties: Record<string, unknown> },
): Promise<void> {
  panel.replaceChildren(el('span', kindName(edge.type), 'kind'));
  panel.append(el('h2', `${idLabel(edge.source)} ${kindName(edge.type)} ${idLabel(edge.target)}`));
  const list = el('dl');
  panel.append(list);
  if (edge.properties.inPart) row(list, 'Extent', 'in part');
  for (const key of ['role', 'action', 'on', 'basis', 'targetProvision', 'text', 'note']) {
    if (edge.properties[key] != null) row(list, kindName(key), String(edge.properties[key]));
  }
  const provision = edge.properties.provision;
  if (typeof provision === 'string') {
    const { node } = await gql<{ node: Record_ | null }>(RECORD, { id: provision });
    if (node) {
      row(list, 'Stated in', `sec. ${node.path} of ${idLabel(node.document.id)}`);
      row(list, 'Source', source(node.document));
      panel.append(el('blockquote', node.text));
    }
  }
}
