import 'reflect-metadata'; // before anything that reaches type-graphql decorators
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { Browser, chromium, Page } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { corpusToLoad } from '../../src/corpus/startup';
import { loadCorpus } from '../../src/corpus/load';
import { CorpusProgress } from '../../src/corpus/progress';
import { Graph } from '../../src/graph/run';
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

// cytoscape's Core, read inside the page
type Cy = any;
declare const window: Window & { cy: Cy };

const START = `{ exploreStart { newestOrder { id title } longestChain { documentIds length } busiestAgency { agencyId directives agency { name } } } }`;

/**
 * /explore in Chromium on the graph `npm start` builds: the seed texts and every order of the
 * corpus (5,682, ~87k nodes). Loading the corpus is most of this suite's time.
 */
describe('the /explore page in Chromium, on the corpus graph', () => {
  let driver: Driver;
  let graph: Graph;
  let api: Api;
  let url: string;
  let browser: Browser;
  let page: Page;
  let start: {
    newestOrder: { id: string; title: string };
    longestChain: { documentIds: string[]; length: number };
    busiestAgency: { agencyId: string; directives: number; agency: { name: string } };
  };
  const problems: string[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-explore.mjs')], { cwd: ROOT, stdio: 'pipe' });
    ({ graph, driver } = await freshGraph());
    await seedGraph(graph);
    await loadCorpus(graph, { corpus: await corpusToLoad({}), progress: new CorpusProgress(false) });
    // The first queries after the load read a store larger than the test Neo4j's page cache, on
    // a busy machine: give them time; how fast is measured by bench:explore, not here.
    ({ api, url } = await startApi(graph, {
      security: { limits: { ...loadConfig().limits, requestTimeoutMs: 120_000 } },
    }));
    const answer = await gql(url, START);
    expect(answer.errors).toBeUndefined();
    start = answer.data!.exploreStart;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 1_200_000); // the corpus load: 3 minutes on 2 idle cores, up to 10 on a busy machine

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on(
      'request',
      (request) => !request.url().startsWith(url) && problems.push(`left the machine: ${request.url()}`),
    );
    // ERR_ABORTED: a request the page still had in flight when the test moved on or closed it.
    page.on(
      'requestfailed',
      (request) =>
        request.failure()?.errorText !== 'net::ERR_ABORTED' &&
        problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`),
    );
    page.on(
      'response',
      (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`),
    );
  });
  afterEach(async () => {
    await page?.close();
    expect(problems).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    // The next suite empties the graph in one transaction: hand it an empty graph, emptied in batches.
    const session = driver?.session();
    await session?.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    await session?.close();
    await driver?.close();
  });

  const nodeCount = () => page.evaluate(() => window.cy.nodes().length);
  /** Pairs of drawn nodes whose boxes (label included) meet: none, for labels to be read. */
  const overlaps = () =>
    page.evaluate(() => {
      const boxes = window.cy.nodes().map((n: Cy) => [n.id(), n.boundingBox({ includeLabels: true })]);
      const met: string[] = [];
      boxes.forEach(([a, p]: [string, Cy], i: number) =>
        boxes.slice(i + 1).forEach(([b, q]: [string, Cy]) => {
          if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) met.push(`${a} / ${b}`);
        }),
      );
      return met;
    });
  /** Every drawn node inside the canvas: the view was fitted to what is drawn. */
  const allInView = () =>
    page.evaluate(() => {
      const box = window.cy.elements().renderedBoundingBox();
      return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= window.cy.width() && box.y2 <= window.cy.height();
    });

  it('opens on a search box and the entry points the API computes, never on the whole graph', async () => {
    const stats = (
      await gql(url, '{ stats { nodes } documents(filter: { kind: EXECUTIVE_ORDER }, first: 0) { totalCount } }')
    ).data!;
    expect(stats.documents.totalCount).toBeGreaterThanOrEqual(5682);
    await page.goto(`${url}/explore/`);
    await page.locator('#view-start[data-ready]').waitFor();
    expect(await page.locator('#query').isVisible()).toBe(true);
    expect(await nodeCount()).toBe(0);
    const chain = start.longestChain.documentIds;
    expect(await page.locator('#entry-newest').textContent()).toContain(start.newestOrder.title);
    expect(await page.locator('#entry-chain').textContent()).toContain(`${start.longestChain.length} revocations`);
    expect(await page.locator('#entry-agency').textContent()).toContain(start.busiestAgency.agency.name);
    // The chain offered is one: each order revoked by the next, as revocationChain walks it.
    const hops = (
      await gql(
        url,
        `query ($id: String!) { revocationChain(documentId: $id, direction: UPSTREAM, maxDepth: 20) { revoking { id } revoked { id } } }`,
        { id: chain[0] },
      )
    ).data!.revocationChain;
    for (let i = 1; i < chain.length; i += 1)
      expect(hops).toContainEqual({ revoking: { id: chain[i] }, revoked: { id: chain[i - 1] } });
    expect(chain.length - 1).toBe(start.longestChain.length);
  });

  it('searches the full-text index for any kind, shows each hit with its kind, focuses the one picked, and says when nothing matches', async () => {
    const expected = (await gql(url, '{ search(text: "asylum", first: 20) { edges { kind node { id } } } }')).data!
      .search.edges;
    await page.goto(`${url}/explore/`);
    await page.fill('#query', 'asylum');
    await page.press('#query', 'Enter');
    await page.locator('#results li.hit').first().waitFor();
    const shown = await page
      .locator('#results li.hit')
      .evaluateAll((items) =>
        items.map((li) => ({ id: (li as HTMLElement).dataset.id, kind: li.querySelector('.kind')!.textContent })),
      );
    expect(shown).toEqual(
      expected.map((e: { kind: string; node: { id: string } }) => ({
        id: e.node.id,
        kind: e.kind.toLowerCase().replace(/_/g, ' '),
      })),
    );
    expect(new Set(shown.map((s) => s.kind)).size).toBeGreaterThan(1);

    const picked = shown.find((s) => s.kind === 'provision')!.id!;
    await page.locator(`#results li.hit[data-id="${picked}"]`).click();
    await page.waitForFunction(
      (id) => window.cy.getElementById(id).hasClass('focus') && window.cy.getElementById(id).selected(),
      picked,
    );
    const provision = (
      await gql(url, `query ($id: ID!) { node(id: $id) { ... on Provision { text } } }`, { id: picked })
    ).data!.node;
    await page.waitForFunction(
      (text) => document.querySelector('#record blockquote')?.textContent === text,
      provision.text,
    );

    await page.fill('#query', 'qqzxv wwvqz');
    await page.press('#query', 'Enter');
    await page.locator('#results li.none').waitFor();
    expect(await page.locator('#results').textContent()).toContain('No match for “qqzxv wwvqz”');
  });

  it('draws a neighbourhood capped and says so, labels apart, stated relationships labelled, re-fitted after an expansion', async () => {
    // The order that revoked the most (EO 14148 on the corpus) has more neighbours than the cap.
    const [{ id: last, revokes }] = await graph.read<{ id: string; revokes: number }>(
      'MATCH (d:PresidentialDocument)-[r:REVOKES]->() WITH d, count(r) AS revokes ORDER BY revokes DESC, d.id LIMIT 1 RETURN d.id AS id, revokes',
    );
    expect(revokes).toBeGreaterThan(60);
    await page.goto(`${url}/explore/?focus=${last}`);
    await page.waitForFunction(() => /Capped at \d+ nodes/.test(document.getElementById('status')!.textContent!));
    expect(await nodeCount()).toBeLessThanOrEqual(60);
    expect(await overlaps()).toEqual([]);
    expect(await allInView()).toBe(true);

    await page.goto(`${url}/explore/?focus=eo-14010`);
    await page.waitForFunction(() => window.cy?.getElementById('eo-14010').hasClass('focus'));
    const doc = (
      await gql(
        url,
        `{ document(id: "eo-14010") { signedOn status revokes(first: 100) { edges { node { id } provision { path } } }
      revokedBy { edges { node { id } provision { path } } } } }`,
      )
    ).data!.document;
    const captions = await page.evaluate(() =>
      window.cy.edges('[type = "REVOKES"][source = "eo-14010"]').map((e: Cy) => [e.target().id(), e.style('label')]),
    );
    expect(captions.length).toBeGreaterThan(0);
    for (const [target, caption] of captions) {
      const edge = doc.revokes.edges.find((e: { node: { id: string } }) => e.node.id === target);
      expect(caption).toBe(edge.provision ? `revokes · sec. ${edge.provision.path}` : 'revokes');
    }
    const record = await page.locator('#record dl').textContent();
    expect(record).toContain(`Signed${doc.signedOn}`);
    expect(record).toContain(
      `Status${{ IN_FORCE: 'In force', REVOKED: 'Revoked', REVOKED_IN_PART: 'Revoked in part', SUPERSEDED: 'Superseded' }[doc.status as string]}`,
    );
    for (const e of doc.revokedBy.edges)
      expect(record).toContain(`EO ${e.node.id.slice(3)}${e.provision ? ` (sec. ${e.provision.path})` : ''}`);
    expect(await page.locator('#record a[href^="https://www.federalregister.gov/"]').count()).toBe(1);
    expect(record).not.toContain('{');

    const before = await nodeCount();
    const box = (await page.locator('#cy').boundingBox())!;
    const at = await page.evaluate(() => window.cy.getElementById('eo-14159').renderedPosition());
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForFunction(() => window.cy.getElementById('eo-14159').hasClass('focus'));
    expect(await nodeCount()).toBeGreaterThan(before);
    expect(await overlaps()).toEqual([]);
    expect(await allInView()).toBe(true);
  });

  it('puts the longest chain on a timeline by signing date, each revocation an arc, what is in force standing out', async () => {
    const chain = start.longestChain.documentIds;
    // The timeline draws every chain through the chain's first order, both ways, revocations and supersessions.
    const hops = (
      await gql(
        url,
        `query ($id: String!) { revocationChain(documentId: $id, direction: BOTH, maxDepth: 20, relationships: [REVOKES, SUPERSEDES]) { revoking { id } revoked { id } } }`,
        { id: chain[0] },
      )
    ).data!.revocationChain;
    const ids = [...new Set<string>([chain[0], ...hops.flatMap((h: any) => [h.revoking.id, h.revoked.id])])];
    expect(ids.length).toBeLessThanOrEqual(80);
    const docs = (
      await gql(
        url,
        `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on PresidentialDocument { signedOn status } } }`,
        { ids },
      )
    ).data!.nodes;
    await page.goto(`${url}/explore/`);
    await page.locator('#entry-chain button').click();
    await page.locator('#timeline-svg').waitFor();
    const drawn = await page.locator('#timeline-svg g.doc').evaluateAll((groups) =>
      groups.map((g) => ({
        id: g.getAttribute('data-id'),
        x: Number(g.querySelector('circle')!.getAttribute('cx')),
        inForce: g.classList.contains('in-force'),
      })),
    );
    expect(drawn.map((d) => d.id).sort()).toEqual([...ids].sort());
    const byDate = [...docs]
      .sort((a: { signedOn: string }, b: { signedOn: string }) => a.signedOn.localeCompare(b.signedOn))
      .map((d: { id: string }) => d.id);
    expect([...drawn].sort((a, b) => a.x - b.x).map((d) => d.id)).toEqual(byDate);
    for (const doc of docs) expect(drawn.find((d) => d.id === doc.id)!.inForce).toBe(doc.status === 'IN_FORCE');
    const arcs = await page
      .locator('#timeline-svg path.arc')
      .evaluateAll((paths) => paths.map((p) => `${p.getAttribute('data-from')}>${p.getAttribute('data-to')}`));
    for (let i = 1; i < chain.length; i += 1) expect(arcs).toContain(`${chain[i]}>${chain[i - 1]}`);
  });

  it("shows a standing yearly duty in a directive's record as the day it falls due each year, and how often it comes back", async () => {
    const [yearly] = await graph.read<{ id: string; text: string }>(
      'MATCH (d:Directive) WHERE d.dueEachYearOn = $day RETURN d.id AS id, d.text AS text ORDER BY d.id LIMIT 1',
      { day: '--03-15' },
    );
    expect(yearly.text).toMatch(/March 15 of each year/);
    await page.goto(`${url}/explore/?focus=${encodeURIComponent(yearly.id)}`);
    await page.waitForFunction(
      (text) => document.querySelector('#record blockquote')?.textContent === text,
      yearly.text,
    );
    const record = await page.locator('#record dl').textContent();
    expect(record).toContain('Due each yearMarch 15');
    expect(record).toContain('Repeatsevery year');
    expect(record).not.toContain('--03-15');
    expect(record).not.toContain('P1Y');
  });

  it("shows an agency's directives by year and order with its roles, and its predecessors", async () => {
    const { agency, agencyResponsibilities: duties } = (
      await gql(
        url,
        `{ agency(id: "dod") { name predecessors { edges { node { name } } } }
      agencyResponsibilities(agencyId: "dod", includePredecessors: true) { total groups { documentId role document { signedOn } } } }`,
      )
    ).data!;
    await page.goto(`${url}/explore/?agency=dod`);
    await page.locator('details.year').first().waitFor();
    expect(await page.locator('#view-agency h2').textContent()).toContain(agency.name);
    const history = await page.locator('#view-agency .history').textContent();
    for (const edge of agency.predecessors.edges) expect(history).toContain(edge.node.name);
    expect(await page.locator('#view-agency h3').textContent()).toContain(`${duties.total} directives`);
    const years = new Set(
      duties.groups.map(
        (g: { document: { signedOn: string | null } | null }) => g.document?.signedOn?.slice(0, 4) ?? 'undated',
      ),
    );
    expect(await page.locator('details.year').count()).toBe(years.size);
    const orders = new Set(duties.groups.map((g: { documentId: string }) => g.documentId));
    expect(await page.locator('details.year tr').count()).toBe(orders.size);
    expect(await page.locator('details.year .role.LEAD').count()).toBeGreaterThan(0);

    // The busiest agency's card leads to the same view.
    await page.goto(`${url}/explore/`);
    await page.locator('#entry-agency button').click();
    await page.waitForFunction(
      (name) => document.querySelector('#view-agency h2')?.textContent?.startsWith(name),
      start.busiestAgency.agency.name,
    );
  });
});
