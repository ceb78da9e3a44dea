/**
 * A group phrase ("the heads of executive departments and agencies", "each element of the Intelligence Community") is
 * looked for only in a text that holds the words every match of its pattern holds. The words are read from the
 * pattern itself: if they were wrong, a text that names the group would lose the mention.
 */
import { requiredLiterals } from '../../../src/ingest/parse/patterns';
import { loadReference } from '../../../src/ingest/reference';
import { corpus } from '../corpus-lines';

describe('the words a pattern needs', () => {
  it('are the plain runs outside groups, classes and optional parts', () => {
    expect(
      requiredLiterals(String.raw`Code Authorit(?:y|ies)(?: of the (?:[A-Z][\w-]*\s+)*?Industr(?:y|ies))?`),
    ).toEqual(['Code Authorit']);
    expect(requiredLiterals(String.raw`Secretar(?:y|ies) concerned`)).toEqual(['Secretar', ' concerned']);
    expect(requiredLiterals(String.raw`Sec\. (\d+)s?x{0,2}y+`)).toEqual(['Sec. ', 'y']);
  });

  it('are none where the pattern is an alternation, or holds a code it does not read', () => {
    expect(requiredLiterals('Federal agencies|executive agencies')).toEqual([]);
    expect(requiredLiterals(String.raw`\u0041gency`)).toEqual([]);
    // in JavaScript "[]" is a class that matches nothing, closed at once: the "|" after it is the pattern's own
    expect(requiredLiterals('foo[]|bar]')).toEqual([]);
  });

  it('are in every match of every group pattern, in every 10th order of the corpus', () => {
    const patterns = loadReference().agencyGroups.flatMap((g) => g.patterns);
    let matches = 0;
    for (const line of corpus().filter((_, i) => i % 10 === 0)) {
      for (const source of patterns) {
        for (const m of line.text.matchAll(new RegExp(source, 'g'))) {
          matches++;
          for (const words of requiredLiterals(source)) expect(m[0]).toContain(words);
        }
      }
    }
    // the orders name groups: the check is not over no matches at all
    expect(matches).toBeGreaterThan(500);
  });
});
