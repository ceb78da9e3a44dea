/**
 * Actors resolved by the form of the text: bodies named after their kind ("a board ..., which shall be known as the
 * X"), the body of an order another order amends, roles that stand for one of a set of officials. Real lines of the
 * corpus, quoted with their order and date; each provision is one string, as the parser hands it to the resolver.
 */
import { AgencyResolver } from '../../../src/ingest/parse/agencies';
import { loadReference } from '../../../src/ingest/reference';

function resolverOf(docId: string, signedOn: string, texts: string[], title?: string): AgencyResolver {
  const provisions = texts.map((text, order) => ({
    id: `${docId}:${order + 1}`,
    path: String(order + 1),
    text,
    order,
  }));
  return new AgencyResolver(loadReference(), { docId, signedOn, provisions, ...(title ? { title } : {}) });
}

/** What each mention of the last of `texts` resolved to: "words -> KIND id". */
function resolved(docId: string, signedOn: string, texts: string[], title?: string): string[] {
  const r = resolverOf(docId, signedOn, texts, title);
  return r
    .mentions(texts[texts.length - 1], texts.length - 1)
    .map((m) => `${m.text} -> ${m.actor}${m.actorId ? ` ${m.actorId}` : ''}`);
}

describe('bodies named after their kind', () => {
  it('takes "a board ..., which shall be known as the Presidential Clemency Board" for that body (EO 11803, 1974)', () => {
    const established =
      'There is hereby established in the Executive Office of the President a board of 9 members, which shall be known as the Presidential Clemency Board. The members of the Board shall be appointed by the President, who shall also designate its Chairman.';
    const later =
      'The Board shall report to the President its findings and recommendations as to whether Executive clemency should be granted or denied in any case.';
    const r = resolverOf('eo-11803', '1974-09-16', [established, later]);
    expect(r.bodies.map((b) => b.name)).toEqual(['Presidential Clemency Board']);
    expect(resolved('eo-11803', '1974-09-16', [established, later])).toEqual([
      'The Board -> BODY body-eo-11803-presidential-clemency-board',
    ]);
  });

  it('does not take the officer of "the head of which shall be known as the High Commissioner" for a body (EO 11010, 1962)', () => {
    const r = resolverOf('eo-11010', '1962-03-19', [
      "There is established, under the jurisdiction of the Secretary of Defense, a civil administration of the Ryukyu Islands, the head of which shall be known as the High Commissioner of the Ryukyu Islands (hereinafter referred to as the 'High Commissioner').",
    ]);
    expect(r.bodies).toEqual([]);
  });

  it('reads the head word of a name that goes on with "in" (EO 11849, 1975)', () => {
    const established =
      'There is hereby established the Collective Bargaining Committee in Construction (hereinafter referred to as the Committee).';
    const later =
      'The Committee shall facilitate the collective bargaining process at local and area levels, assist in providing a data bank of wage and benefit information.';
    expect(resolved('eo-11849', '1975-04-01', [established, later])).toEqual([
      'The Committee -> BODY body-eo-11849-collective-bargaining-committee-in-construction',
    ]);
  });
});
