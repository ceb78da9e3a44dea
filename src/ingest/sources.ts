import fs from 'node:fs';
import path from 'node:path';
import { DocumentHints } from './model';

export interface Source {
  file: string;
  hints?: DocumentHints;
}

/**
 * The files to ingest from command-line arguments: files as given, folders walked for text
 * files. A folder's `documents.json` (the seed manifest's shape) supplies hints for its files,
 * and a file named by the id scheme (`eo-14010.web.txt`, `proc-9880.txt`) says its kind and
 * number, which a web rendering often does not.
 */
export function collectSources(paths: string[]): Source[] {
  return paths.flatMap((given) => {
    const stat = fs.statSync(given, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return folderSources(given);
    return [{ file: given, hints: hintsFromName(given) }];
  });
}

function folderSources(folder: string): Source[] {
  const manifest = manifestHints(folder);
  // A manifest lists the folder's documents; without one, every text file but a README.
  if (manifest.size > 0)
    return [...manifest].map(([file, hints]) => ({ file, hints: { ...hintsFromName(file), ...hints } }));
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) return folderSources(file);
      if (!/\.(txt|md|text)$/i.test(entry.name) || /^readme/i.test(entry.name)) return [];
      return [{ file, hints: hintsFromName(file) }];
    });
}

function manifestHints(folder: string): Map<string, DocumentHints> {
  const hints = new Map<string, DocumentHints>();
  // seed/documents.json names its files relative to seed/, so look beside and above the folder.
  for (const candidate of [folder, path.dirname(folder)]) {
    const manifest = path.join(candidate, 'documents.json');
    if (!fs.existsSync(manifest)) continue;
    const entries = JSON.parse(fs.readFileSync(manifest, 'utf8')).documents ?? [];
    for (const entry of entries as Array<{ file: string; hints?: DocumentHints }>) {
      const file = path.resolve(candidate, entry.file);
      if (path.dirname(file) === path.resolve(folder)) hints.set(file, entry.hints ?? {});
    }
  }
  return hints;
}

export function hintsFromName(file: string): DocumentHints | undefined {
  const name = path.basename(file).toLowerCase();
  const numbered = /^(eo|proc)-(\d+)\b/.exec(name);
  if (numbered) return { kind: numbered[1] === 'eo' ? 'EXECUTIVE_ORDER' : 'PROCLAMATION', number: numbered[2] };
  const memo = /^pm-(\d{4}-\d{2}-\d{2})\b/.exec(name);
  if (memo) return { kind: 'MEMORANDUM', signedOn: memo[1] };
  return undefined;
}
