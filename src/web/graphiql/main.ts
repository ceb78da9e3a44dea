// The GraphiQL page served at GET /graphql (see src/http/graphiql.ts), bundled by
// scripts/build-graphiql.mjs. Plain .ts with React.createElement: tsconfig has no JSX setting.
// Everything loads from this server: the Monaco workers are bundled beside this file, the
// fonts are inlined in the CSS, and nothing is fetched from a CDN.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

/** The example operations, one tab each; the build script defines it from examples.graphql. */
declare const GRAPHIQL_EXAMPLE_TABS: Array<{ query: string }>;

/** Where src/http/graphiql.ts serves the bundle, and the workers the build script writes there. */
const ASSETS = '/graphql/assets/';
const WORKERS: Record<string, string> = { graphql: 'graphql.worker.js', json: 'json.worker.js' };

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return new Worker(new URL(`${ASSETS}workers/${WORKERS[label] ?? 'editor.worker.js'}`, window.location.href), {
      name: label,
    });
  },
};

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });
const root = createRoot(document.getElementById('graphiql')!);
root.render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: GRAPHIQL_EXAMPLE_TABS,
    defaultEditorToolsVisibility: false,
  }),
);
