/**
 * Actor resolution over the corpus, per decade: the share of actor mentions that resolve to a
 * register agency, a group or a body the order establishes; fragment agencies; the top
 * unresolved names. `npm run corpus:actors [-- --top 40]`. Texts the parser refuses are counted apart.
 */
import {
  actorResolution,
  ActorResolution,
  addResolution,
  emptyResolution,
  resolvedShare,
} from '../ingest/actor-resolution';
import { parseDocument } from '../ingest/parse';
import { loadReference } from '../ingest/reference';
import { readCorpus } from './lines';

interface Decade {
  parsed: number;
  refused: number;
  resolution: ActorResolution;
}

function main(): void {
  const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 25;
  const registerIds = new Set(loadReference().agencies.map((a) => a.id));
  const decades = new Map<string, Decade>();
  const all = emptyResolution();
  for (const line of readCorpus()) {
    const decade = `${line.signedOn.slice(0, 3)}0s`;
    const d = decades.get(decade) ?? { parsed: 0, refused: 0, resolution: emptyResolution() };
    decades.set(decade, d);
    try {
      const model = parseDocument(line.text, {
        kind: 'EXECUTIVE_ORDER',
        number: line.number,
        signedOn: line.signedOn,
        title: line.title ?? undefined,
      });
      d.parsed++;
      const resolution = actorResolution(model, registerIds);
      addResolution(d.resolution, resolution);
      addResolution(all, resolution);
    } catch {
      d.refused++;
    }
  }
  console.log(
    '| decade | parsed | refused | mentions | agency | group | body | unresolved | resolved | fragment agencies |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const [decade, d] of [...decades].sort()) console.log(row(decade, d.parsed, d.refused, d.resolution));
  const parsed = [...decades.values()].reduce((s, d) => s + d.parsed, 0);
  const refused = [...decades.values()].reduce((s, d) => s + d.refused, 0);
  console.log(row('all', parsed, refused, all));
  console.log(`\nTop unresolved (of ${all.counts.UNRESOLVED}):`);
  for (const [words, n] of [...all.unresolved].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${n}\t${words}`);
  if (all.fragmentAgencies.length) console.log(`\nFragment agencies: ${[...new Set(all.fragmentAgencies)].join(', ')}`);
}

function row(label: string, parsed: number, refused: number, r: ActorResolution): string {
  const c = r.counts;
  const total = c.AGENCY + c.GROUP + c.BODY + c.UNRESOLVED;
  const share = `${(resolvedShare(r) * 100).toFixed(1)}%`;
  return `| ${label} | ${parsed} | ${refused} | ${total} | ${c.AGENCY} | ${c.GROUP} | ${c.BODY} | ${c.UNRESOLVED} | ${share} | ${new Set(r.fragmentAgencies).size} |`;
}

main();
