// Loaded first, as src/main.ts does, before anything that declares type-graphql classes.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { Driver } from 'neo4j-driver';
import { Browser, chromium, Page } from 'playwright-core';
import { GRAPHIQL_DIR, graphiqlRouter } from '../../src/http/graphiql';
import { Api } from '../../src/server';
import { gql, startApi } from '../support/api';
import { freshGraph } from '../support/neo4j';
import { ROOT } from '../support/processes';
import { seedGraph } from '../support/seed';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const OUTPUT = path.join(ROOT, 'test-output');
const BUILD_SCRIPT = path.join(ROOT, 'scripts', 'build-graphiql.mjs');
const SOURCES = [
  BUILD_SCRIPT,
  path.join(ROOT, 'examples.graphql'),
  ...['main.ts', 'index.html'].map((f) => path.join(ROOT, 'src', 'web', 'graphiql', f)),
];

/** Builds the bundle when it is missing or older than its sources. */
function ensureBuilt(): void {
  const built = path.join(GRAPHIQL_DIR, 'examples.json');
  const mtime = (file: string) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);
  if (mtime(built) > Math.max(...SOURCES.map(mtime))) return;
  execFileSync(process.execPath, [BUILD_SCRIPT], { cwd: ROOT, stdio: 'pipe' });
}

/** Monaco renders spaces as no-break spaces and draws only the visible lines. */
const editorText = (page: Page, selector: string) =>
  page
    .locator(`${selector} .view-lines`)
    .first()
    .innerText()
    .then((text) => text.replace(/\u00a0/g, ' '));

/** The value of read() once ok(value) holds, or the last value read when timeoutMs has passed. */
async function eventually(
  read: () => Promise<string>,
  ok: (value: string) => boolean,
  timeoutMs = 30000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('GraphiQL at GET /graphql', () => {
  let driver: Driver;
  let api: Api;
  let url: string;
  let stats: { nodes: number };

  beforeAll(async () => {
    ensureBuilt();
    let graph;
    ({ graph, driver } = await freshGraph());
    await seedGraph(graph);
    ({ api, url } = await startApi(graph));
    stats = (await gql(url, '{ stats { nodes } }')).data!.stats;
  });
  afterAll(async () => {
    await api?.stop();
    await driver?.close();
  });

  describe('over HTTP', () => {
    const statsQuery = `/graphql?query=${encodeURIComponent('{ stats { nodes } }')}`;

    it('still answers a JSON GET from Apollo, with or without a preflight header (queries over GET need none)', async () => {
      const withAndWithout: Array<Record<string, string>> = [
        { accept: 'application/json', 'apollo-require-preflight': 'true' },
        { accept: 'application/json' },
      ];
      for (const headers of withAndWithout) {
        const response = await fetch(url + statsQuery, { headers });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        expect((await response.json()).data).toEqual({ stats: { nodes: stats.nodes } });
      }
    });

    it('keeps Apollo in charge of GETs that ask for anything (curl)', async () => {
      const response = await fetch(url + statsQuery, {
        headers: { accept: '*/*', 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(200);
      expect((await response.json()).data).toEqual({ stats: { nodes: stats.nodes } });
    });

    it('serves the page to browsers, with a same-origin content security policy', async () => {
      const response = await fetch(`${url}/graphql`, {
        headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await response.text()).toContain('/graphql/assets/main.js');
      expect((await fetch(`${url}/graphql/assets/no-such-file.js`)).status).toBe(404);
    });

    it('answers 503 naming the build command when the bundle is missing', async () => {
      const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'graphiql-'));
      const server = http.createServer(express().use(graphiqlRouter(empty)));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {
          headers: { accept: 'text/html' },
        });
        expect(response.status).toBe(503);
        expect(await response.text()).toContain('npm run build:web');
      } finally {
        server.close();
        fs.rmSync(empty, { recursive: true, force: true });
      }
    });
  });

  describe('in Chromium', () => {
    let browser: Browser;
    let page: Page;
    const problems: string[] = [];
    const workers: string[] = [];

    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const origin = new URL(url).origin;
      // Context-wide, so the workers' own loads are watched too.
      context.on('request', (request) => {
        if (!request.url().startsWith('data:') && new URL(request.url()).origin !== origin)
          problems.push(`outside request: ${request.url()}`);
      });
      context.on('requestfailed', (request) =>
        problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`),
      );
      context.on(
        'response',
        (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`),
      );
      page = await context.newPage();
      page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('worker', (worker) => workers.push(worker.url()));
    });
    afterAll(async () => {
      await browser?.close();
    });

    afterEach(() => {
      expect(problems).toEqual([]);
    });

    it('opens with one tab per example operation and runs the first, loading nothing from elsewhere', async () => {
      const tabs: Array<{ query: string }> = JSON.parse(
        fs.readFileSync(path.join(GRAPHIQL_DIR, 'examples.json'), 'utf8'),
      );
      await page.goto(`${url}/graphql`);
      await page.locator('.graphiql-query-editor .view-lines').first().waitFor();
      expect(await page.locator('.graphiql-tab').count()).toBe(tabs.length);
      const firstLine = tabs[0].query.split('\n')[0];
      expect(
        await eventually(
          () => editorText(page, '.graphiql-query-editor'),
          (text) => text.includes(firstLine),
        ),
      ).toContain(firstLine);

      await page.locator('.graphiql-execute-button').click();
      const result = await eventually(
        () => editorText(page, '.graphiql-response'),
        (text) => text.includes('"data"'),
      );
      expect(result).toContain('"data"');
      expect(result).not.toContain('"errors"');
      // Monaco's workers run, from this server's bundle (each starts when its language is first needed).
      const started = await eventually(
        async () => workers.join(' '),
        (list) => list.includes('graphql.worker.js') && list.includes('json.worker.js'),
      );
      expect(started).toContain(`${url}/graphql/assets/workers/graphql.worker.js`);
      expect(started).toContain(`${url}/graphql/assets/workers/json.worker.js`);
    });

    it('runs a stats query typed into a new tab and shows the counts', async () => {
      await page.locator('.graphiql-tab-add').click();
      await page.locator('.graphiql-query-editor .view-lines').first().click();
      // Monaco closes the braces itself, as it does for a person typing.
      await page.keyboard.type('query Counts { stats { nodes relationships');
      await page.keyboard.press('Escape');
      const typed = 'query Counts { stats { nodes relationships}}';
      expect(
        await eventually(
          () => editorText(page, '.graphiql-query-editor'),
          (text) => text === typed,
        ),
      ).toBe(typed); // drawn on the next frame
      // GraphiQL reads the operation's name from the editor after a pause; run it once the tab shows it,
      // as a person would, or it sends the name of the tab it came from.
      expect(
        await eventually(
          () => page.locator('.graphiql-tab-active').innerText(),
          (title) => title.includes('Counts'),
        ),
      ).toContain('Counts');
      await page.locator('.graphiql-execute-button').click();
      const nodes = new RegExp(`"stats": \\{\\s*"nodes": ${stats.nodes},`);
      const result = await eventually(
        () => editorText(page, '.graphiql-response'),
        (text) => nodes.test(text),
      );
      expect(result).toMatch(nodes);
      expect(result).toMatch(/"relationships": \d+/);
      fs.mkdirSync(OUTPUT, { recursive: true });
      await page.screenshot({ path: path.join(OUTPUT, 'graphiql.png') });
    });
  });
});
