/**
 * The timeline view: the documents of a revocation and supersession chain on a time axis by
 * signing date, each revocation an arc from the revoking order back to the one it revoked;
 * what is still in force is drawn solid and bold, what is not hollow and grey.
 */
import { el, gql, idLabel } from './api';

const CHAIN = `query Chain($id: String!) { revocationChain(documentId: $id, direction: BOTH, maxDepth: 20, relationships: [REVOKES, SUPERSEDES]) {
  relationship depth
  revoking { id title signedOn status } revoked { id title signedOn status } provision { path } } }`;

interface Doc {
  id: string;
  title: string | null;
  signedOn: string | null;
  status: string;
}
interface Hop {
  relationship: string;
  depth: number;
  revoking: Doc;
  revoked: Doc;
  provision: { path: string } | null;
}

/** The most documents on one axis: more and their labels cannot be told apart. */
export const TIMELINE_CAP = 80;
const SVG = 'http://www.w3.org/2000/svg';
const LANE = 30;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

const year = (date: string) =>
  Number(date.slice(0, 4)) + (Number(date.slice(5, 7)) - 1) / 12 + (Number(date.slice(8, 10)) - 1) / 365;

/** Draws the chain through `id` into `container`; `open` is called with a document picked. */
export async function showTimeline(
  container: HTMLElement,
  id: string,
  open: (id: string) => void,
): Promise<{ documents: number; capped: boolean }> {
  const hops = (await gql<{ revocationChain: Hop[] }>(CHAIN, { id })).revocationChain.sort((a, b) => a.depth - b.depth);
  const docs = new Map<string, Doc>();
  const kept: Hop[] = [];
  let capped = false;
  const start = hops.find((h) => h.revoking.id === id)?.revoking ?? hops.find((h) => h.revoked.id === id)?.revoked;
  if (start) docs.set(id, start);
  for (const hop of hops) {
    const fresh = [hop.revoking, hop.revoked].filter((d) => !docs.has(d.id));
    if (docs.size + fresh.length > TIMELINE_CAP) {
      capped = true;
      continue;
    }
    for (const d of fresh) docs.set(d.id, d);
    kept.push(hop);
  }
  container.replaceChildren();
  const heading = el('h2', `Revocations and supersessions through ${idLabel(id)}`);
  container.append(heading);
  const dated = [...docs.values()]
    .filter((d) => d.signedOn)
    .sort((a, b) => a.signedOn!.localeCompare(b.signedOn!) || a.id.localeCompare(b.id));
  const note = el('p', '', 'note');
  note.textContent =
    kept.length === 0
      ? `${idLabel(id)} revokes nothing and nothing revokes or supersedes it.`
      : `${dated.length} documents, ${kept.length} links. Solid green: still in force; hollow grey: revoked or superseded. Arcs run from the revoking order back to the one it revoked.` +
        (capped ? ` Capped at ${TIMELINE_CAP} documents, nearest ${idLabel(id)} first: the chain holds more.` : '') +
        (dated.length < docs.size ? ` ${docs.size - dated.length} without a signing date are left off the axis.` : '');
  container.append(note);
  if (dated.length === 0) return { documents: 0, capped };

  const width = Math.max(container.clientWidth - 40, 600);
  const margin = 60;
  const first = year(dated[0].signedOn!);
  const last = year(dated[dated.length - 1].signedOn!);
  const span = Math.max(last - first, 1);
  const x = (d: Doc) => margin + ((year(d.signedOn!) - first) / span) * (width - 2 * margin);
  const widest = Math.min(
    width - 2 * margin,
    Math.max(
      ...kept.map((h) => (h.revoking.signedOn && h.revoked.signedOn ? Math.abs(x(h.revoking) - x(h.revoked)) : 0)),
      0,
    ),
  );
  const axisY = Math.min(widest / 2, 220) + 30;

  // Labels in lanes below the axis: each goes in the first lane where it meets no earlier label.
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  // A label that would run off the right edge ends at its document instead of starting there.
  const labelWidth = (d: Doc) => `${idLabel(d.id)} (0000)`.length * 7.8;
  const leftOf = (d: Doc) => Math.min(x(d) - 4, width - labelWidth(d) - 2);
  for (const d of dated) {
    const left = leftOf(d);
    let lane = laneEnds.findIndex((end) => end < left);
    if (lane < 0) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = left + labelWidth(d) + 10;
    lanes.set(d.id, lane);
  }
  const height = axisY + 30 + laneEnds.length * LANE;
  const drawing = svg('svg', { width, height, id: 'timeline-svg', role: 'img', 'aria-label': heading.textContent! });
  const marker = svg('marker', {
    id: 'arrow',
    viewBox: '0 0 10 10',
    refX: 9,
    refY: 5,
    markerWidth: 7,
    markerHeight: 7,
    orient: 'auto-start-reverse',
  });
  marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#555' }));
  const defs = svg('defs', {});
  defs.append(marker);
  drawing.append(defs);
  drawing.append(svg('line', { x1: margin - 20, y1: axisY, x2: width - margin + 20, y2: axisY, class: 'axis' }));
  for (let y = Math.ceil(first / 10) * 10; y <= last; y += 10) {
    const at = margin + ((y - first) / span) * (width - 2 * margin);
    drawing.append(
      svg('line', { x1: at, y1: axisY - 4, x2: at, y2: axisY + 4, class: 'tick' }),
      svg('text', { x: at, y: axisY - 8, class: 'year' }, String(y)),
    );
  }
  for (const hop of kept) {
    if (!hop.revoking.signedOn || !hop.revoked.signedOn) continue;
    const [from, to] = [x(hop.revoking), x(hop.revoked)];
    const rise = Math.min(Math.abs(from - to) / 2, axisY - 20);
    const arc = svg('path', {
      d: `M ${from} ${axisY} C ${from} ${axisY - rise * 1.33}, ${to} ${axisY - rise * 1.33}, ${to} ${axisY}`,
      class: `arc ${hop.relationship}`,
      'marker-end': 'url(#arrow)',
      'data-from': hop.revoking.id,
      'data-to': hop.revoked.id,
    });
    arc.append(
      svg(
        'title',
        {},
        `${idLabel(hop.revoking.id)} ${hop.relationship === 'REVOKES' ? 'revokes' : 'supersedes'} ${idLabel(hop.revoked.id)}${hop.provision ? ` (sec. ${hop.provision.path})` : ''}`,
      ),
    );
    drawing.append(arc);
  }
  for (const d of dated) {
    const inForce = d.status === 'IN_FORCE';
    const lane = lanes.get(d.id)!;
    const group = svg('g', {
      class: `doc ${inForce ? 'in-force' : 'ended'}${d.id === id ? ' start' : ''}`,
      'data-id': d.id,
      tabindex: 0,
    });
    group.append(
      svg('line', { x1: x(d), y1: axisY, x2: x(d), y2: axisY + 18 + lane * LANE, class: 'stem' }),
      svg('circle', { cx: x(d), cy: axisY, r: inForce ? 7 : 5 }),
      svg('text', { x: leftOf(d), y: axisY + 30 + lane * LANE }, `${idLabel(d.id)} (${d.signedOn!.slice(0, 4)})`),
      svg(
        'title',
        {},
        `${idLabel(d.id)}, signed ${d.signedOn}: ${d.title ?? ''} (${d.status.toLowerCase().replace(/_/g, ' ')})`,
      ),
    );
    group.addEventListener('click', () => open(d.id));
    drawing.append(group);
  }
  container.append(drawing);
  return { documents: dated.length, capped };
}
