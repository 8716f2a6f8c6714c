import { readFileSync } from 'node:fs';

/**
 * Self time of a V8 `.cpuprofile` (from `BENCH_CPU_PROFILE` or `node --cpu-prof`), or bytes allocated
 * in a `.heapprofile` (from `BENCH_HEAP_PROFILE`), by package and by function, and optionally which
 * project frames lead to a hot package:
 *
 *   npx tsx bench/profile-summary.ts /tmp/prof/products-page.cpuprofile [top=40] [callers-of-regex]
 *
 * A frame's "package" is its node_modules package, `node:` module, or src/<folder>. Callers walk up
 * the sampled stack to the first frames outside the matched package (after an `await` V8 only
 * knows the microtask queue, shown as runMicrotasks).
 */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
/** A sampling heap profile: a tree of frames, each with the bytes allocated in it. */
interface HeapNode {
  id: number;
  callFrame: CallFrame;
  selfSize: number;
  children: HeapNode[];
}

const [file, topArg, callersOf] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top] [callers-of-regex]');
const parsed = JSON.parse(readFileSync(file, 'utf8')) as Profile | { head: HeapNode };
const top = Number(topArg ?? 40);
const nodes = new Map<number, ProfileNode>();
const parentOf = new Map<number, number>();
/** Per node: microseconds sampled in it, or bytes allocated in it (a heap profile). */
const selfUs = new Map<number, number>();
const heap = 'head' in parsed;
if ('head' in parsed) {
  const visit = (node: HeapNode) => {
    nodes.set(node.id, { id: node.id, callFrame: node.callFrame, children: node.children.map((c) => c.id) });
    selfUs.set(node.id, node.selfSize);
    for (const child of node.children) {
      parentOf.set(child.id, node.id);
      visit(child);
    }
  };
  visit(parsed.head);
} else {
  for (const node of parsed.nodes) {
    nodes.set(node.id, node);
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }
  parsed.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (parsed.timeDeltas[i] ?? 0));
  });
}

const packageOf = (url: string): string => {
  if (!url) return '(V8/native)';
  const dep = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (dep) return dep[1] as string;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const own = url.match(/\/(src|bench)\/([^/]+)/);
  return own ? `${own[1]}/${own[2]}` : url;
};
const frameName = ({ functionName, url, lineNumber }: CallFrame) =>
  `${functionName || '(anonymous)'} ${url.replace(/.*node_modules\//, '').replace(/^.*?\/(src|bench)\//, '$1/')}:${lineNumber + 1}`;

const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
const callers = new Map<string, number>();
let totalUs = 0;
let idleUs = 0;
const pattern = callersOf ? new RegExp(callersOf) : null;
for (const [id, us] of selfUs) {
  const frame = (nodes.get(id) as ProfileNode).callFrame;
  totalUs += us;
  if (frame.functionName === '(idle)') idleUs += us;
  add(byPackage, packageOf(frame.url), us);
  add(byFunction, frameName(frame), us);
  if (pattern?.test(`${frame.url} ${frame.functionName}`)) {
    const chain: string[] = [];
    for (
      let up = parentOf.get(id);
      up !== undefined && chain.length < Number(process.env.DEPTH ?? 4);
      up = parentOf.get(up)
    ) {
      const caller = (nodes.get(up) as ProfileNode).callFrame;
      if (!pattern.test(`${caller.url} ${caller.functionName}`)) chain.push(frameName(caller));
    }
    add(callers, chain.join(' <- ') || '(root)', us);
  }
}

const busyUs = totalUs - idleUs;
const print = (title: string, map: Map<string, number>, n: number) => {
  console.log(`-- ${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(
      `${((100 * us) / busyUs).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ${unit}  ${key}`,
    );
};
const unit = heap ? 'KB' : 'ms';
console.log(
  heap
    ? `${(busyUs / 1000).toFixed(0)} KB allocated (sampled; garbage included); % of all`
    : `${(busyUs / 1000).toFixed(0)} ms busy (idle ${(idleUs / 1000).toFixed(0)} ms); % of busy time`,
);
print('by package', byPackage, 20);
print('by function', byFunction, top);
if (pattern) print(`callers of /${callersOf}/`, callers, 20);
