/**
 * A pattern asked of an order's texts joined by spaces, without joining them: the answer is the joined text's, also
 * for a match that runs across one text or more into the next.
 */
import { matchesJoined } from '../../../src/ingest/parse/joined';

const HEAD = /["“]?the Secretary["”]? (?:shall )?(?:refers? to|means?|shall mean) (?:the )?Secretary of [A-Z]/i;
const texts = (...list: string[]) => list.map((text) => ({ text }));

describe('a pattern over texts joined by spaces', () => {
  it('finds a definition inside one text, and none where no text says it', () => {
    expect(matchesJoined(HEAD, texts('Sec. 1.', '"the Secretary" means the Secretary of Labor.'), 51)).toBe(true);
    expect(matchesJoined(HEAD, texts('Sec. 1.', 'The Secretary of Labor shall report.'), 51)).toBe(false);
  });

  it('finds a definition that runs from one text into the next, and across a short one between them', () => {
    expect(matchesJoined(HEAD, texts('(a) In this order the Secretary', 'means the Secretary of Labor.'), 51)).toBe(
      true,
    );
    expect(matchesJoined(HEAD, texts('In this order the Secretary', 'shall', 'mean the Secretary of Labor.'), 51)).toBe(
      true,
    );
  });

  it('answers as the joined text does, wherever the texts are cut', () => {
    for (const said of [
      'Sec. 2. As used in this order, "the Secretary" shall mean the Secretary of Homeland Security; and so on.',
      'Sec. 2. As used in this order, the Secretary shall meet the Secretary of Homeland Security; and so on.',
    ]) {
      const words = said.split(' ');
      for (let a = 0; a <= words.length; a++)
        for (let b = a; b <= words.length; b++) {
          const parts = [words.slice(0, a), words.slice(a, b), words.slice(b)].map((w) => w.join(' '));
          expect(matchesJoined(HEAD, texts(...parts), 51)).toBe(HEAD.test(parts.join(' ')));
        }
    }
  });
});
