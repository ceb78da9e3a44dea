/**
 * Where the parser's time goes on one benchmark shape: a CPU profile (node:inspector) of one
 * parse, summed by function and by file on self time. Run after a build:
 * node dist/bench/parse-profile.js SHAPE [SIZE=2000000] [TOP=25]. Prints; asserts nothing.
 */
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { parseDocument } from '../src/ingest/parse';
import { SHAPES, hints } from './parse-shapes';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self milliseconds per key: each sample's time goes to the frame it was taken in. */
function selfTime(profile: Profile, keyOf: (node: ProfileNode) => string): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const key = keyOf(byId.get(id)!);
    totals.set(key, (totals.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
  });
  return totals;
}

/** Total milliseconds per key: each sample's time goes to every function on its stack, once. */
function totalTime(profile: Profile, keyOf: (node: ProfileNode) => string): Map<string, number> {
  const parent = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const keys = new Set<string>();
    for (let n: ProfileNode | undefined = byId.get(id); n; n = parent.get(n.id)) keys.add(keyOf(n));
    for (const key of keys) totals.set(key, (totals.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
  });
  return totals;
}

function fileOf(node: ProfileNode): string {
  const url = node.callFrame.url;
  return url ? relative(process.cwd(), url.replace(/^file:\/\//, '')) : node.callFrame.functionName;
}

function print(title: string, totals: Map<string, number>, top: number, all = sum(totals)): void {
  console.log(`\n${title} (of ${all.toFixed(0)} ms)`);
  for (const [key, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${ms.toFixed(1).padStart(9)} ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${key}`);
  }
}

function sum(totals: Map<string, number>): number {
  return [...totals.values()].reduce((a, b) => a + b, 0);
}

async function main(): Promise<void> {
  const [shape, size = '2000000', top = '25'] = process.argv.slice(2);
  const make = SHAPES[shape];
  if (!make) throw new Error(`Unknown shape "${shape}": one of ${Object.keys(SHAPES).join(', ')}`);
  const text = make(Number(size));
  try {
    parseDocument(make(60000), hints); // warm: reference data loaded, hot functions compiled
  } catch {
    // a refused shape is still timed
  }
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const cpu0 = process.cpuUsage();
  try {
    parseDocument(text, hints);
  } catch {
    // refused: the time is what counts here
  }
  const cpu = process.cpuUsage(cpu0);
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  console.log(`${shape} at ${size} characters: ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms of CPU`);
  const functionOf = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${fileOf(n)}:${n.callFrame.lineNumber + 1}`;
  const self = selfTime(profile, functionOf);
  print('self time by function', self, Number(top));
  print('self time by file', selfTime(profile, fileOf), Number(top));
  print('total time by function (with what it calls)', totalTime(profile, functionOf), Number(top), sum(self));
}

void main();
