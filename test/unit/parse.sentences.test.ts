/** Sentences with their offsets, as the directive reader takes them (issue 15: each provision cut once). */
import { sentenceSpans, splitSentences } from '../../src/ingest/parse/sentences';

describe('sentences with where they start', () => {
  // EO 14010, sec. 4(b)(ii) ("Fed. Reg." and "U.S.C." inside the first sentence), with white space before it and
  // between its sentences as unflattened text may have
  const text =
    ' The Secretary of Homeland Security shall promptly review and consider whether to modify, revoke, or rescind the designation titled "Designating Aliens for Expedited Removal," 84 Fed. Reg. 35,409 (July 23, 2019), regarding the geographic scope of expedited removal pursuant to INA section 235(b)(1), 8 U.S.C. 1225(b)(1), consistent with applicable law.  The review shall consider our legal and humanitarian obligations, constitutional principles of due process and other applicable law, enforcement resources, the public interest, and any other factors consistent with this order that the Secretary deems appropriate.';

  it('gives the sentences splitSentences gives, each found at its offset in the text', () => {
    const spans = sentenceSpans(text);
    expect(spans.map((s) => s.text)).toEqual(splitSentences(text));
    expect(spans).toHaveLength(2);
    for (const s of spans) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('starts a sentence after the white space before it, not at the end of the last one', () => {
    const [first, second] = sentenceSpans(text);
    expect(first.start).toBe(1);
    expect(second.start).toBe(text.indexOf('The review'));
  });
});
