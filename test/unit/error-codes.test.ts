import fs from 'node:fs';
import path from 'node:path';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { errorCodesTable, isErrorCode } from '../../src/error-codes';

const ROOT = path.join(__dirname, '..', '..');

/** Every .ts file under src/, with its text. */
function sources(dir = path.join(ROOT, 'src')): Array<{ file: string; text: string }> {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [{ file: path.relative(ROOT, full), text: fs.readFileSync(full, 'utf8') }] : [];
  });
}

/**
 * The codes a source file sends: `code: 'X'`, `codedError('X'`, `errorBody('X'`,
 * `new QueryLimitError('X'` and `'X' satisfies ErrorCode`. The type already refuses an undeclared
 * code in the last four; this also catches a `code:` written by hand, which the type cannot see.
 */
const CODE_USES = [
  /\bcode:\s*'([A-Za-z_]+)'/g,
  /\b(?:codedError|errorBody|new QueryLimitError)\(\s*'([A-Za-z_]+)'/g,
  /'([A-Za-z_]+)'\s+satisfies\s+ErrorCode/g,
];

describe('error codes (src/error-codes.ts)', () => {
  it('declare every code the sources send', () => {
    const used = sources().flatMap(({ file, text }) =>
      CODE_USES.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => ({ file, code: match[1] }))),
    );
    // The scan does find them: the limits', the key check's, the body checks' and the resolvers'.
    expect(used.map((use) => use.code)).toEqual(
      expect.arrayContaining([
        'BAD_USER_INPUT',
        'UNAUTHENTICATED',
        'QUERY_TOO_LARGE',
        'BAD_REQUEST',
        'REQUEST_TIMEOUT',
      ]),
    );
    expect(used.filter((use) => !isErrorCode(use.code))).toEqual([]);
  });

  it('declare every code Apollo Server can send', () => {
    expect(Object.values(ApolloServerErrorCode).filter((code) => !isErrorCode(code))).toEqual([]);
  });

  it("are the README's table (paste the received table between the error-codes markers)", () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = /<!-- error-codes:start -->\n([\s\S]*?)\n<!-- error-codes:end -->/.exec(readme)?.[1];
    expect(table).toBe(errorCodesTable());
  });
});
