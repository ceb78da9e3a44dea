/** Every official a role phrase lists gets that role, each read on its own (issue 15). */
import { readCorpus } from '../../src/corpus/lines';
import { parseDocument } from '../../src/ingest/parse';
import { loadReference } from '../../src/ingest/reference';
import { AgencyResolver } from '../../src/ingest/parse/agencies';
import { assignRoles, listedOfficials } from '../../src/ingest/parse/roles';

function directive(number: string, words: RegExp) {
  const line = readCorpus().find((l) => l.number === number)!;
  const model = parseDocument(line.text, { kind: 'EXECUTIVE_ORDER', number: line.number, signedOn: line.signedOn });
  const found = model.directives.find((d) => words.test(d.text));
  if (!found) throw new Error(`no directive of EO ${number} matches ${words}`);
  return found;
}

describe('officials listed after a role phrase', () => {
  it('splits "in consultation with A, B, C, and D, shall" into its four officials (EO 13597), and not at "Housing and Urban" (EO 13903)', () => {
    const text =
      'The Director of the National Economic Council and the Director of the Domestic Policy Council, in consultation with the Director of the Office of Management and Budget, the Assistant to the President for Homeland Security and Counterterrorism, the Assistant to the President for Economic Policy, and the Assistant to the President for Domestic Policy, shall';
    expect(listedOfficials(text).map((l) => [text.slice(l.start, l.end), l.role])).toEqual([
      ['the Director of the Office of Management and Budget', 'CONSULTATION'],
      ['the Assistant to the President for Homeland Security and Counterterrorism', 'CONSULTATION'],
      ['the Assistant to the President for Economic Policy', 'CONSULTATION'],
      ['the Assistant to the President for Domestic Policy', 'CONSULTATION'],
    ]);
    // EO 13903, clause (b)
    const hud =
      'The Secretary of Health and Human Services, in consultation with the Secretary of Housing and Urban Development, shall establish an internal working group';
    expect(listedOfficials(hud).map((l) => hud.slice(l.start, l.end))).toEqual([
      'the Secretary of Housing and Urban Development',
    ]);
  });

  it('keeps "the Secretary of Health, Education, and Welfare" one official of a list (EO 11868)', () => {
    const text =
      'The Commission shall, through the Secretary of Health, Education, and Welfare, submit two reports of its findings and recommendations to the President.';
    expect(listedOfficials(text).map((l) => [text.slice(l.start, l.end), l.role])[0]).toEqual([
      'the Secretary of Health, Education, and Welfare',
      'SUPPORT',
    ]);
  });

  it('ends a list at "U.S." only when a sentence ends: "the Secretary of the Treasury, the U.S. Trade Representative, the Secretary of State, and the Secretary of Commerce, shall" (EO 13733)', () => {
    const d = directive('13733', /in consultation with the Secretary of the Treasury, the U\.S\. Trade Representative/);
    const roleOf = new Map(d.assignments.map((a) => [a.actorId, a.role]));
    expect(['ustr', 'state', 'commerce'].map((id) => roleOf.get(id))).toEqual([
      'CONSULTATION',
      'CONSULTATION',
      'CONSULTATION',
    ]);
    expect(roleOf.get('nec')).toBe('LEAD');
  });

  it('never reads the third and fourth listed officials as leads (EO 13597, section 2(b))', () => {
    const sentence =
      'The Secretaries of Commerce and the Interior, in consultation with the Director of the Office of Management and Budget, the Assistant to the President for Homeland Security and Counterterrorism, the Assistant to the President for Economic Policy, and the Assistant to the President for Domestic Policy, shall coordinate the overall work of the Task Force and assist its members in performing the responsibilities described herein.';
    const resolver = new AgencyResolver(loadReference(), { docId: 'eo-13597', signedOn: '2012-01-19', provisions: [] });
    const assignments = assignRoles(sentence, resolver.mentions(sentence), sentence.indexOf('shall'));
    // The two Secretaries lead; none of the officials listed after "in consultation with" does.
    expect(assignments.filter((a) => a.role === 'LEAD').map((a) => a.actorId)).toEqual(['commerce', 'doi']);
    expect(assignments.filter((a) => a.role === 'CONSULTATION').map((a) => a.actorId)).toEqual(
      expect.arrayContaining(['omb', 'hsc', 'nec', 'dpc']),
    );
  });
});
