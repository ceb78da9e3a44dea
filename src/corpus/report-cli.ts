/**
 * `npm run corpus:report [-- --out FILE]`: parses the whole corpus (no database) and writes
 * docs/corpus-report.md, how far the parser reaches per decade and its revocation recall.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { readCatalogueFile } from '../federal-register/catalogue';
import { readCorpus } from './lines';
import { cataloguePairs } from './recall';
import { buildReport } from './report';
import { reportMarkdown } from './report-markdown';

const CATALOGUE_SAMPLE = path.join(
  PROJECT_ROOT,
  'test',
  'fixtures',
  'federal-register',
  'executive-orders.sample.json',
);

function main(argv: string[]): void {
  const at = argv.indexOf('--out');
  const out =
    at >= 0 && argv[at + 1] ? path.resolve(argv[at + 1]) : path.join(PROJECT_ROOT, 'docs', 'corpus-report.md');
  const report = buildReport(readCorpus(), cataloguePairs(readCatalogueFile(CATALOGUE_SAMPLE).orders));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, reportMarkdown(report, new Date().toISOString().slice(0, 10)));
  const { total } = report;
  console.log(
    `Wrote ${path.relative(process.cwd(), out)}: ${total.accepted}/${total.texts} texts accepted, ` +
      `revocation recall ${report.catalogueRecall.found}/${report.catalogueRecall.expected} (catalogue), ` +
      `${report.textRecall.found}/${report.textRecall.expected} (texts) in ${report.seconds.toFixed(1)} s`,
  );
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`Cannot write the corpus report: ${(error as Error).message}`);
  process.exit(1);
}
