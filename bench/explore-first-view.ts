import { chromium } from 'playwright-core';

/**
 * `npm run bench:explore -- [URL] [--runs N]`: how long /explore takes, in headless Chromium,
 * from navigation to its first view answered (the search box and the three entry points the
 * API computes), on the API at URL (default http://localhost:4000: `npm start` on the corpus
 * graph). Each run opens a new browser context (no cache); the first run also warms the API.
 * Prints each run, the median and the worst; the target is under 2 s.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 10;
  const base = (args.find((a, i) => !a.startsWith('--') && i !== runsAt + 1) ?? 'http://localhost:4000').replace(
    /\/$/,
    '',
  );
  const stats = await (
    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodes relationships } }' }),
    })
  ).json();
  console.log(`Graph at ${base}: ${stats.data.stats.nodes} nodes, ${stats.data.stats.relationships} relationships`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const times: number[] = [];
  try {
    for (let run = 0; run <= runs; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/explore/`);
      await page.locator('#view-start[data-ready]').waitFor({ timeout: 60000 });
      // From the navigation's start, as the browser counts it, to the entry points on screen.
      const ms = await page.evaluate(() => performance.getEntriesByName('explore:first-view')[0].startTime);
      await context.close();
      if (run === 0) {
        console.log(`warm-up: ${Math.round(ms)} ms`);
        continue;
      }
      times.push(ms);
      console.log(`run ${run}: ${Math.round(ms)} ms`);
    }
  } finally {
    await browser.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `first view, ${runs} runs: median ${Math.round(sorted[Math.floor(sorted.length / 2)])} ms, worst ${Math.round(sorted[sorted.length - 1])} ms`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
