// `npm run build`: compiles src/ into dist/ and bundles the web pages, then stamps dist/.
// With --if-stale (what `npm start`, `npm run ingest` and the imports run first) it builds only
// when dist/ is missing or older than a source, so the commands run compiled code at once
// instead of spending 20-30 s in tsc every time; after an edit or a pull it builds once.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.build-stamp');
// What the build reads: a change to any of them makes dist/ stale.
const INPUTS = ['src', 'scripts', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

/** The latest modification time under a file or folder, in ms; 0 when it does not exist. */
function newest(file) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(file).reduce((latest, name) => Math.max(latest, newest(path.join(file, name))), stat.mtimeMs);
}

function run(script, args) {
  const result = spawnSync(process.execPath, [path.join(root, script), ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function build() {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!fs.existsSync(tsc)) {
    console.error(
      'dist/ is missing or older than src/ and TypeScript is not installed: run `npm ci` (with dev dependencies), then `npm run build`.',
    );
    process.exit(1);
  }
  // The stamp takes the time the build started, so a file saved during the build makes the next run build again.
  const started = new Date();
  fs.rmSync(stamp, { force: true });
  run('node_modules/typescript/bin/tsc', ['-p', 'tsconfig.build.json']);
  run('scripts/build-explore.mjs', []);
  run('scripts/build-graphiql.mjs', []);
  fs.writeFileSync(stamp, `${started.toISOString()}\n`);
  fs.utimesSync(stamp, started, started);
}

const ifStale = process.argv.includes('--if-stale');
if (!ifStale) {
  build();
} else if (fs.existsSync(path.join(root, 'src'))) {
  // A built copy without sources (a production install) has nothing to rebuild.
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  if (INPUTS.some((input) => newest(path.join(root, input)) > built)) {
    console.error(built === 0 ? 'Building dist/ (once)...' : 'Sources changed since the last build: building dist/...');
    build();
  }
}
