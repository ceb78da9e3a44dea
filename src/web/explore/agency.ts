/**
 * The agency view: an agency's history (what it was part of, what it took over from and what
 * took over from it) and its directives grouped by year and order, with its roles in each.
 */
import { el, gql, idLabel, kindName } from './api';

const AGENCY = `query Agency($id: ID!) {
  agency(id: $id) { id name acronym established abolished parent { id name }
    predecessors(first: 20) { edges { on basis node { id name } } }
    successors(first: 20) { edges { on basis node { id name } } }
    children(first: 50) { totalCount edges { node { id name } } } }
  agencyResponsibilities(agencyId: $id, includePredecessors: true) { total
    groups { agencyId role action documentId count document { id title signedOn } } } }`;

interface Named {
  id: string;
  name: string;
}
interface Succession {
  on: string;
  basis: string | null;
  node: Named;
}
interface Group {
  agencyId: string;
  role: string;
  action: string;
  documentId: string;
  count: number;
  document: { id: string; title: string | null; signedOn: string | null } | null;
}
interface Answer {
  agency:
    | (Named & {
        acronym: string | null;
        established: string | null;
        abolished: string | null;
        parent: Named | null;
        predecessors: { edges: Succession[] };
        successors: { edges: Succession[] };
        children: { totalCount: number; edges: Array<{ node: Named }> };
      })
    | null;
  agencyResponsibilities: { total: number; groups: Group[] } | null;
}

/** Years open at first: the latest ones; the rest are a click away. */
const OPEN_YEARS = 3;

export async function showAgency(
  container: HTMLElement,
  id: string,
  actions: { agency: (id: string) => void; open: (id: string) => void },
): Promise<void> {
  const { agency, agencyResponsibilities: duties } = await gql<Answer>(AGENCY, { id });
  container.replaceChildren();
  if (!agency) {
    container.append(el('p', `No agency has the id ${id}.`));
    return;
  }
  const names = new Map<string, string>([[agency.id, agency.acronym ?? agency.name]]);
  const link = (who: Named) => {
    names.set(who.id, who.name);
    const a = el('a', who.name);
    a.href = `?agency=${encodeURIComponent(who.id)}`;
    a.onclick = (event) => {
      event.preventDefault();
      actions.agency(who.id);
    };
    return a;
  };
  container.append(el('h2', `${agency.name}${agency.acronym ? ` (${agency.acronym})` : ''}`));
  const facts = el('dl', null, 'history');
  const fact = (name: string, ...value: Array<Node | string>) => {
    facts.append(el('dt', name));
    const dd = el('dd');
    dd.append(...value);
    facts.append(dd);
  };
  fact('Existed', `${agency.established ?? 'unknown'} – ${agency.abolished ?? 'today'}`);
  if (agency.parent) fact('Part of', link(agency.parent));
  const succession = (edges: Succession[]) => {
    const list = el('ul');
    for (const e of edges) {
      const li = el('li');
      li.append(link(e.node), `, ${e.on}${e.basis ? ` (${e.basis})` : ''}`);
      list.append(li);
    }
    return list;
  };
  fact(
    'Took over from',
    agency.predecessors.edges.length ? succession(agency.predecessors.edges) : 'no predecessor in the register',
  );
  fact(
    'Taken over by',
    agency.successors.edges.length ? succession(agency.successors.edges) : 'no successor: it stands',
  );
  if (agency.children.totalCount)
    fact(
      'Parts',
      `${agency.children.totalCount}: `,
      ...agency.children.edges.flatMap((e, i) => [i ? ', ' : '', link(e.node)]),
    );
  container.append(facts);

  const groups = duties?.groups ?? [];
  container.append(
    el(
      'h3',
      `${duties?.total ?? 0} directives, in ${new Set(groups.map((g) => g.documentId)).size} orders (with those of its predecessors)`,
    ),
  );
  // year -> document -> groups
  const byYear = new Map<string, Map<string, Group[]>>();
  for (const g of groups) {
    const year = g.document?.signedOn?.slice(0, 4) ?? 'undated';
    const docs = byYear.get(year) ?? byYear.set(year, new Map()).get(year)!;
    docs.set(g.documentId, [...(docs.get(g.documentId) ?? []), g]);
  }
  const years = [...byYear.keys()].sort().reverse();
  years.forEach((year, i) => {
    const docs = byYear.get(year)!;
    const section = el('details', null, 'year');
    section.open = i < OPEN_YEARS;
    const count = [...docs.values()].flat().reduce((n, g) => n + g.count, 0);
    section.append(el('summary', `${year}: ${docs.size} orders, ${count} directives`));
    const table = el('table');
    for (const [documentId, rows] of [...docs].sort((a, b) =>
      (b[1][0].document?.signedOn ?? '').localeCompare(a[1][0].document?.signedOn ?? ''),
    )) {
      const tr = el('tr');
      const order = el('td');
      const a = el('a', idLabel(documentId));
      a.href = `?focus=${encodeURIComponent(documentId)}`;
      a.onclick = (event) => {
        event.preventDefault();
        actions.open(documentId);
      };
      order.append(a, el('div', rows[0].document?.title ?? '', 'title'));
      const roles = el('td');
      for (const g of rows) {
        const who = g.agencyId === agency.id ? '' : ` as ${names.get(g.agencyId) ?? g.agencyId}`;
        roles.append(el('span', `${kindName(g.role)}${who}: ${kindName(g.action)} ×${g.count}`, `role ${g.role}`));
      }
      tr.append(el('td', rows[0].document?.signedOn ?? ''), order, roles);
      table.append(tr);
    }
    section.append(table);
    container.append(section);
  });
}
