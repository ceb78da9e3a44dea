import { AgencyResolver } from '../../src/ingest/parse/agencies';
import { loadReference } from '../../src/ingest/reference';

/** The resolver of an order whose provisions are `texts`, in order, with the register loaded. */
export function resolver(docId: string, signedOn: string, ...texts: string[]): AgencyResolver {
  const provisions = texts.map((text, order) => ({
    id: `${docId}:${order + 1}`,
    path: String(order + 1),
    text,
    order,
  }));
  return new AgencyResolver(loadReference(), { docId, signedOn, provisions });
}

/** What each mention of `text`, read after the provisions, resolved to: "words -> KIND id". */
export function read(r: AgencyResolver, text: string): string[] {
  return r.mentions(text).map((m) => `${m.text} -> ${m.actor}${m.actorId ? ` ${m.actorId}` : ''}`);
}
