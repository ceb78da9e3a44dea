import fs from 'node:fs';
import { printedSchema, SCHEMA_FILE } from '../../src/schema/print';

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print` after changing types)', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printedSchema());
  });
});
