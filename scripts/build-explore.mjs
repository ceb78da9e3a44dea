// Bundles the /explore page (src/web/explore) with esbuild into dist/web/explore/, where the
// API serves it: main.ts, Cytoscape.js and its fCoSE layout from node_modules become one main.js;
// no CDN.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'src', 'web', 'explore');
const out = path.join(root, 'dist', 'web', 'explore');

await mkdir(out, { recursive: true });
await build({
  entryPoints: [path.join(source, 'main.ts')],
  outfile: path.join(out, 'main.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
});
for (const file of ['index.html', 'explore.css']) await copyFile(path.join(source, file), path.join(out, file));
console.log(`Built ${path.relative(root, out)}`);
