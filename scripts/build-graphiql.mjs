// Bundles the GraphiQL page (src/web/graphiql) with esbuild into dist/web/graphiql/, where
// src/http/graphiql.ts serves it at GET /graphql. GraphiQL 5 ships no single-file bundle, so
// React, GraphiQL, Monaco and its web workers all come from node_modules; fonts and codicons
// are inlined in the CSS. Nothing loads from a CDN.
//
// The example tabs come from examples.graphql at the repository root, one tab per operation
// (with the fragments it uses), or else one built-in stats query. The tabs are also written to
// examples.json for tests.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, visit } from 'graphql';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'src', 'web', 'graphiql');
const out = path.join(root, 'dist', 'web', 'graphiql');
const examplesFile = path.join(root, 'examples.graphql');
const BUILT_IN_EXAMPLE = 'query Stats { stats { nodes relationships labels { name count } } }';

/** One tab per operation in the document, each with the fragments it spreads (transitively). */
export function exampleTabs(document) {
  const ast = parse(document);
  const fragments = new Map(
    ast.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const spreads = (node) => {
    const names = [];
    visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
    return names;
  };
  return ast.definitions
    .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const used = new Set();
      const pending = spreads(operation);
      while (pending.length > 0) {
        const name = pending.pop();
        if (used.has(name) || !fragments.has(name)) continue;
        used.add(name);
        pending.push(...spreads(fragments.get(name)));
      }
      const definitions = [operation, ...[...fragments.values()].filter((f) => used.has(f.name.value))];
      return { query: print({ kind: Kind.DOCUMENT, definitions }) };
    });
}

async function loadTabs() {
  if (!existsSync(examplesFile)) return [{ query: print(parse(BUILT_IN_EXAMPLE)) }];
  const tabs = exampleTabs(await readFile(examplesFile, 'utf8'));
  if (tabs.length === 0) throw new Error(`${path.relative(root, examplesFile)} has no operations`);
  return tabs;
}

const common = {
  bundle: true,
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

/**
 * graphiql/style.css already holds Monaco's CSS (codicon font included), so the .css files that
 * Monaco's modules import are left out rather than bundled twice.
 */
const skipMonacoCss = {
  name: 'skip-monaco-css',
  setup(b) {
    b.onResolve({ filter: /\.css$/ }, (args) =>
      args.importer.includes(`${path.sep}monaco-editor${path.sep}`)
        ? { path: args.path, namespace: 'skip-monaco-css' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'skip-monaco-css' }, () => ({ contents: '', loader: 'js' }));
  },
};

async function sizeOf(dir) {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath ?? entry.path, entry.name))).size;
  }
  return total;
}

async function main() {
  const tabs = await loadTabs();
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await build({
    ...common,
    entryPoints: [path.join(source, 'main.ts')],
    outdir: out,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    define: { ...common.define, GRAPHIQL_EXAMPLE_TABS: JSON.stringify(tabs) },
    plugins: [skipMonacoCss],
  });
  await build({
    ...common,
    // graphiql/style.css already includes @graphiql/react/style.css, Monaco's CSS and the fonts;
    // importing @graphiql/react's again after it would undo graphiql's overrides.
    stdin: { contents: '@import "graphiql/style.css";\n', loader: 'css', resolveDir: root },
    outfile: path.join(out, 'graphiql.css'),
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
    assetNames: 'fonts/[name]-[hash]',
  });
  await build({
    ...common,
    entryPoints: {
      'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
      'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
      'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
    },
    outdir: path.join(out, 'workers'),
    format: 'iife',
  });
  await copyFile(path.join(source, 'index.html'), path.join(out, 'index.html'));
  await writeFile(path.join(out, 'examples.json'), `${JSON.stringify(tabs, null, 2)}\n`);
  const kib = Math.round((await sizeOf(out)) / 1024);
  console.log(`Built ${path.relative(root, out)} (${tabs.length} example tab(s), ${kib} KiB)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
