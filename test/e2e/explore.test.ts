import 'reflect-metadata'; // before anything that reaches type-graphql decorators
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { Browser, chromium, Page } from 'playwright-core';
import { Api } from '../../src/server';
import { gql, startApi } from '../support/api';
import { freshGraph } from '../support/neo4j';
import { seedGraph } from '../support/seed';
import { ROOT } from '../support/processes';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const OUTPUT = path.join(ROOT, 'test-output');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- cytoscape's Core, read inside the page
type Cy = any;
declare const window: Window & { cy: Cy };

describe('the /explore page in Chromium', () => {
  let driver: Driver;
  let api: Api;
  let url: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const nodeCount = () => page.evaluate(() => window.cy.nodes().length);

  beforeAll(async () => {
    // The page is the esbuild bundle the server serves: build it from the current sources.
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-explore.mjs')], { cwd: ROOT, stdio: 'pipe' });
    let graph;
    ({ graph, driver } = await freshGraph());
    await seedGraph(graph);
    ({ api, url } = await startApi(graph));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  });
  afterEach(async () => {
    await page.close();
    expect(problems).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await driver?.close();
  });

  it('draws the whole seeded graph, with a legend of kinds', async () => {
    const expected = (await gql(url, '{ graph(limit: 1000) { nodes { id } edges { id } truncated } }')).data!.graph;
    await page.goto(`${url}/explore/`);
    await page.waitForFunction((n) => window.cy?.nodes().length === n, expected.nodes.length);
    expect(await page.evaluate(() => window.cy.edges().length)).toBe(expected.edges.length);
    expect(expected.nodes.length).toBeGreaterThan(300);
    expect(await page.locator('#legend input').count()).toBe(16);
    await page.locator('#legend input[value=PROVISION]').uncheck();
    expect(await page.evaluate(() => window.cy.nodes('[kind = "PROVISION"]:visible').length)).toBe(0);
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, 'explore-whole.png') });
  });

  it('finds a node by search, expands it with a click and highlights its revocation chain', async () => {
    await page.goto(`${url}/explore/?focus=eo-14159&depth=1`);
    await page.waitForFunction(() => window.cy?.nodes().length > 1);
    const before = await nodeCount();
    expect(await page.evaluate(() => window.cy.getElementById('eo-14010:4').length)).toBe(0);

    await page.fill('#query', 'EO 14010');
    await page.press('#query', 'Enter');
    await page.locator('#results li', { hasText: 'EO 14010' }).first().waitFor();
    await page.waitForFunction(() => document.getElementById('selected')!.textContent!.includes('eo-14010'));
    await page.waitForTimeout(600); // the view centres on the match

    // Click the node on the canvas, where Cytoscape drew it.
    const box = (await page.locator('#cy').boundingBox())!;
    const at = await page.evaluate(() => window.cy.getElementById('eo-14010').renderedPosition());
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForFunction(() => window.cy.getElementById('eo-14010:4').length === 1);
    expect(await nodeCount()).toBeGreaterThan(before);

    await page.click('#chain');
    await page.waitForFunction(() => window.cy.edges('.chain').length >= 2);
    const chain = await page.evaluate(() => window.cy.edges('.chain').map((e: any) => e.id()));
    expect(chain).toEqual(expect.arrayContaining(['eo-14159-REVOKES-eo-14010', 'eo-14010-REVOKES-eo-13767']));
    await page.screenshot({ path: path.join(OUTPUT, 'explore.png') });
    fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
    fs.copyFileSync(path.join(OUTPUT, 'explore.png'), path.join(ROOT, 'docs', 'explore.png'));
  });
});
