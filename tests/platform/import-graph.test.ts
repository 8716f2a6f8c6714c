import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importGraph } from '../../src/scripts/import-graph.js';

/** Writes a small `src/` tree (path → source text) into a temporary folder. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'import-graph-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  roots.push(root);
  return root;
}
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('import graph of src/', () => {
  it('has no cycle between parts or files, no domain in the kernel or the server, no demo data in the server', () => {
    const report = importGraph();
    expect(report.partCycles).toEqual([]);
    expect(report.fileCycles).toEqual([]);
    expect(report.kernelToDomain).toEqual([]);
    expect(report.serverToDomain).toEqual([]);
    expect(report.seedInServer).toEqual([]);
  });

  it('finds a cycle between two domains, type-only imports included', () => {
    const report = importGraph(
      tree({
        'main.ts': "import './modules/a/a.ts';\n",
        'modules/a/a.ts': "import { b } from '../b/b.js';\nexport const a = b;\n",
        'modules/b/b.ts': "import type { A } from '../c/c.js';\nexport const b = 1;\n",
        'modules/c/c.ts': "import { a } from '../a/a.js';\nexport type A = typeof a;\n",
      }),
    );
    expect(report.partCycles).toEqual([['modules/a', 'modules/b', 'modules/c']]);
    expect(report.fileCycles).toEqual([['modules/a/a.ts', 'modules/b/b.ts', 'modules/c/c.ts']]);
  });

  it('finds a kernel file or app.ts importing a domain, and demo data reached from main.ts', () => {
    const report = importGraph(
      tree({
        'main.ts': "import { schema } from './graphql/schema.js';\nexport { schema };\n",
        'graphql/schema.ts': "export { products } from '../modules/catalog/catalog.ts';\n",
        'modules/catalog/catalog.ts':
          "import { demo } from '../../seed/demo.js';\nexport const products = demo;\n",
        'seed/demo.ts': 'export const demo = [];\n',
        'seed/lazy.ts': 'export const lazy = 1;\n',
        'app.ts':
          "import { all } from './modules/index.js';\nimport { x } from './modules/catalog/catalog.js';\n" +
          "export const load = () => import('./seed/lazy.js');\n",
        'modules/index.ts': "export { products as all } from './catalog/catalog.js';\n",
      }),
    );
    expect(report.kernelToDomain).toEqual(['graphql/schema.ts -> modules/catalog/catalog.ts']);
    expect(report.serverToDomain).toEqual(['app.ts -> modules/catalog/catalog.ts']);
    expect(report.seedInServer).toEqual(['seed/demo.ts']);
    expect(report.partCycles).toEqual([]);
  });
});
