import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const checked = GraphQLLocalDate.toConfig();

/**
 * The one date scalar of the schema: an ISO calendar date (`2021-02-02`). Input is checked by
 * graphql-scalars' LocalDate (form and calendar). Output comes from Neo4j dates, which
 * src/graph/values.ts turns into ISO strings, always real dates: their form is all there is
 * to check, and graphql-scalars' full check cost a busy agency's answer tens of milliseconds.
 */
export const LocalDate = new GraphQLScalarType({
  ...checked,
  serialize: (value) => (typeof value === 'string' && ISO_DATE.test(value) ? value : checked.serialize!(value)),
});

const MONTH_DAY = /^--(\d{2})-(\d{2})$/;

/** The value if it is a day of every year as ISO 8601 writes it ("--03-15"); February 29 is one, February 30 is not. */
export function monthDayOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = MONTH_DAY.exec(value);
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  // the days of the month in a leap year, so that a duty "by February 29" is a day
  const days = month >= 1 && month <= 12 ? new Date(Date.UTC(2000, month, 0)).getUTCDate() : 0;
  return day >= 1 && day <= days ? value : null;
}

function monthDay(value: unknown): string {
  const checkedValue = monthDayOrNull(value);
  if (checkedValue === null) {
    throw new GraphQLError(
      `MonthDay must be a day of every year as ISO 8601 writes it, "--MM-DD" ("--03-15" for March 15); got ${JSON.stringify(value)}.`,
    );
  }
  return checkedValue;
}

/**
 * A day of every year, without a year (ISO 8601 "--MM-DD": "--03-15"): when a standing duty
 * falls due each year. Its text order is the calendar's, so ranges compare as strings.
 */
export const MonthDay = new GraphQLScalarType({
  name: 'MonthDay',
  description: 'A day of every year, as ISO 8601 writes it without a year: "--03-15" is March 15.',
  specifiedByURL: 'https://www.iso.org/iso-8601-date-and-time-format.html',
  serialize: monthDay,
  parseValue: monthDay,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError(`MonthDay must be a string, "--MM-DD" ("--03-15" for March 15).`);
    return monthDay(ast.value);
  },
});
