// `npm run docs:screenshots -- [URL]`: screenshots of each /explore view, from the real page of a
// running API (default http://localhost:4000, after `npm start` has loaded the corpus), into
// docs/explore-*.png for the README. Headless Chromium at /usr/bin/chromium (CHROMIUM to change).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const base = (process.argv[2] ?? process.env.EXPLORE_URL ?? 'http://localhost:4000').replace(/\/$/, '');
const docs = path.join(root, 'docs');
const shot = (page, name) => page.screenshot({ path: path.join(docs, `explore-${name}.png`) });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(`${base}/explore/`);
  await page.locator('#view-start[data-ready]').waitFor();
  await shot(page, 'start');

  await page.fill('#query', 'asylum');
  await page.press('#query', 'Enter');
  await page.locator('#results li.hit').first().waitFor();
  await shot(page, 'search');

  // An order by words of its title, then one more step from a document drawn beside it.
  await page.fill('#query', 'Causes of Migration Regional Framework');
  await page.press('#query', 'Enter');
  const hit = page
    .locator('#results li.hit')
    .filter({ has: page.locator('.kind', { hasText: /^executive order$/ }) })
    .first();
  const id = await hit.getAttribute('data-id');
  await hit.click();
  await page.waitForFunction((id) => window.cy?.getElementById(id).hasClass('focus'), id);
  const next = await page.evaluate(
    (id) =>
      window.cy
        .getElementById(id)
        .incomers('edge[type = "REVOKES"]')
        .sources()
        .sort(
          (a, b) =>
            String(b.data('properties').signedOn).localeCompare(String(a.data('properties').signedOn)) ||
            b.id().localeCompare(a.id()),
        )
        .first()
        .id(),
    id,
  );
  if (next) {
    const box = await page.locator('#cy').boundingBox();
    const at = await page.evaluate((id) => window.cy.getElementById(id).renderedPosition(), next);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForFunction((id) => window.cy.getElementById(id).hasClass('focus'), next);
  }
  await page.waitForFunction((id) => document.querySelector('#record')?.textContent?.includes(id), next ?? id);
  await page.waitForTimeout(300);
  await shot(page, 'graph');

  await page.goto(`${base}/explore/`);
  await page.locator('#entry-chain button').click();
  await page.locator('#timeline-svg').waitFor();
  await page.locator('#record h2').waitFor();
  await shot(page, 'timeline');

  await page.goto(`${base}/explore/`);
  await page.locator('#entry-agency button').click();
  await page.locator('details.year').first().waitFor();
  await page.locator('#record h2').waitFor();
  await shot(page, 'agency');
  console.log(`Wrote docs/explore-{start,search,graph,timeline,agency}.png from ${base}/explore/`);
} finally {
  await browser.close();
}
