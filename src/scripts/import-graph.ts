import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The import graph of `src/`, read from the source text (static `import`/`export … from`, type-only
 * imports included: a cycle of types is still a cycle of knowledge). Parts are the domains
 * (`modules/<name>`), the shared kernel folders (`graphql`, `db`, `http`), `scripts`, `seed`, and
 * each file directly in `src/` or `src/modules/`.
 *
 * `npm run deps:check` prints the problems and exits 1 when there is one; the test suite runs the
 * same check (tests/platform/import-graph.test.ts).
 */
export interface ImportGraphReport {
  /** Groups of parts that import each other, directly or around a loop. */
  partCycles: string[][];
  /** Groups of files that import each other. */
  fileCycles: string[][];
  /** `kernel-file -> domain-file` imports: the shared kernel must know no domain. */
  kernelToDomain: string[];
  /**
   * `file -> domain-file` imports from the server's own files (directly in `src/`): they reach the
   * domains only through the composition root, `modules/index.ts`.
   */
  serverToDomain: string[];
  /** Files under `seed/` that the server reaches by static imports from `main.ts` (demo data must not). */
  seedInServer: string[];
  /** `part -> part` edges with how many imports make each. */
  edges: Map<string, Map<string, number>>;
}

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KERNEL = new Set(['graphql', 'db', 'http']);

export function partOf(file: string, src = SRC): string {
  const path = relative(src, file).split('/');
  if (path[0] === 'modules' && path.length > 2) return `modules/${path[1]}`;
  return path.length === 1 || path[0] === 'modules' ? path.join('/') : (path[0] as string);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|(?:^|\n)\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((match) =>
    resolve(dirname(file), (match[1] ?? match[2]) as string).replace(/\.js$/, '.ts'),
  );
}

/** Strongly connected components of more than one node (Tarjan). */
function cycles(nodes: string[], next: (node: string) => Iterable<string>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const other of next(node)) {
      if (!index.has(other)) {
        visit(other);
        low.set(node, Math.min(low.get(node) as number, low.get(other) as number));
      } else if (onStack.has(other)) {
        low.set(node, Math.min(low.get(node) as number, index.get(other) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return found;
}

/** Every file reachable from `start` by static imports (dynamic `import()` is not followed). */
function reachableFrom(start: string, fileEdges: Map<string, string[]>): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of fileEdges.get(file) ?? []) visit(dep);
  };
  visit(start);
  return [...seen];
}

export function importGraph(src = SRC): ImportGraphReport {
  const files = sourceFiles(src);
  const known = new Set(files);
  const fileEdges = new Map(files.map((file) => [file, importsOf(file).filter((d) => known.has(d))]));
  const edges = new Map<string, Map<string, number>>();
  const kernelToDomain: string[] = [];
  const serverToDomain: string[] = [];
  for (const [file, deps] of fileEdges) {
    const from = partOf(file, src);
    for (const dep of deps) {
      const to = partOf(dep, src);
      if (from === to) continue;
      const out = edges.get(from) ?? new Map<string, number>();
      out.set(to, (out.get(to) ?? 0) + 1);
      edges.set(from, out);
      if (KERNEL.has(from) && to.startsWith('modules/'))
        kernelToDomain.push(`${relative(src, file)} -> ${relative(src, dep)}`);
      if (!from.includes('/') && from.endsWith('.ts') && /^modules\/[^/.]+$/.test(to))
        serverToDomain.push(`${relative(src, file)} -> ${relative(src, dep)}`);
    }
  }
  const parts = [...new Set(files.map((file) => partOf(file, src)))];
  return {
    seedInServer: reachableFrom(join(src, 'main.ts'), fileEdges)
      .filter((file) => partOf(file, src) === 'seed')
      .map((file) => relative(src, file)),
    partCycles: cycles(parts, (part) => edges.get(part)?.keys() ?? []),
    fileCycles: cycles(files, (file) => fileEdges.get(file) ?? []).map((c) => c.map((f) => relative(src, f))),
    kernelToDomain,
    serverToDomain,
    edges,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = importGraph();
  for (const [from, to] of [...report.edges].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${from} -> ${[...to.keys()].sort().join(', ')}`);
  }
  const problems = [
    ...report.partCycles.map((c) => `part cycle: ${c.join(' <-> ')}`),
    ...report.fileCycles.map((c) => `file cycle: ${c.join(' <-> ')}`),
    ...report.kernelToDomain.map((edge) => `kernel imports a domain: ${edge}`),
    ...report.serverToDomain.map((edge) => `the server passes by the composition root: ${edge}`),
    ...report.seedInServer.map((file) => `the server imports demo data: ${file}`),
  ];
  for (const problem of problems) console.log(problem);
  if (problems.length > 0) process.exit(1);
  console.log(
    'import graph: no cycle, the shared kernel imports no domain, the server knows the domains only through modules/index.ts and no demo data',
  );
}
