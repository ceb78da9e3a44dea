import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { PROJECT_ROOT } from '../config';
import { createSchema } from '.';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema.graphql');

/** The schema as SDL, as checked in at schema.graphql. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(await createSchema())}\n`;
}

// `npm run schema:print` rewrites schema.graphql from the code.
if (require.main === module) {
  printedSchema()
    .then((sdl) => {
      fs.writeFileSync(SCHEMA_FILE, sdl);
      console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
