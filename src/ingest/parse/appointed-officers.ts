/**
 * Offices an order fills or sets up over a named body: "The Vice President, who shall be Chairman of the Council"
 * (EO 12675), "A person designated by the Vice President shall serve as Director of the Office" (EO 11455), "under the
 * immediate supervision and direction of a Director of the Energy Policy Office" (EO 11726). Later in that order "the
 * Chairman", "the Director" is that body's officer, even where another body's officer was named in between ("(1) The
 * Chairman of the Joint Chiefs of Staff" among those the Chairman of the National Space Council invites).
 */
import { Provision } from '../model';
import { CHAIR } from './named-chairs';
import { matchAll } from './patterns';
import { inDocumentOrder, lastStatedBefore } from './positions';

const TITLE = String.raw`(${CHAIR}|Vice Chair(?:man|person)?|Executive Director|Director|Administrator|Coordinator|Commissioner)`;
const NAME = String.raw`([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|for|on|the))*)`;
/**
 * The words before the title that make it an appointment rather than a mention: "as", "be", "a"/"an" ("shall be
 * Chairman of", "serve as Chair of", "a Director of the ... Office") and the "and" of "chairman of and Director for
 * the Administration" (EO 6474); not "and the" of a list of members ("..., and the Chairman of the Federal Trade
 * Commission", EO 11136).
 */
const APPOINTED = new RegExp(
  String.raw`\b(?:(?:as|be)\s+(?:the\s+)?|an?\s+|and\s+(?!the\b))${TITLE}\s+(?:of|for)\s+(?:(?:the|that|this)\s+)?${NAME}`,
  'g',
);

export interface AppointedOfficer {
  /** The title as the order writes it ("Chairman"). */
  title: string;
  /** The body or agency it is the officer of, as written ("Council", "Energy Policy Office"). */
  of: string;
  order: number;
  start: number;
}

/** Every appointment of `provisions`, in document order. */
export function appointedOfficers(provisions: Provision[]): AppointedOfficer[] {
  return inDocumentOrder(provisions).flatMap((p) =>
    /\b(?:Chair|Director|Administrator|Coordinator|Commissioner)/.test(p.text)
      ? matchAll(APPOINTED, p.text).map((m) => ({
          title: m[1],
          of: m[2].replace(/(?:\s+(?:of|and|for|on|the))+$/, ''),
          order: p.order,
          start: m.index,
        }))
      : [],
  );
}

/** One office, whatever its holder is called: "the Chair" is the Chairman the order appointed. */
function family(title: string): string {
  return title.replace(/^(Vice )?Chair(?:man|person|woman)?$/, '$1Chair');
}

/** The last appointment before (`order`, `start`) to the office `title` names. */
export function appointedBefore(
  officers: AppointedOfficer[],
  title: string,
  order: number,
  start: number,
): AppointedOfficer | undefined {
  return lastStatedBefore(officers, order, start, family(title), (o) => family(o.title));
}
