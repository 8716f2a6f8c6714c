import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { buildSchema, type DocumentNode, Kind, parse, print, validate } from 'graphql';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import exampleConfig from '../../examples/codegen.js';

/**
 * The README's operations against the schema, and GraphQL Code Generator as the README tells a
 * storefront to run it (examples/codegen.ts, shown verbatim in the README): every operation is
 * valid, the generated types compile, and the scalars come out as documented.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const schema = buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));
// Inside the repository, so the generated code resolves its imports from node_modules.
const OUT = join(ROOT, 'node_modules/.cache/readme-codegen', String(process.pid));

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/**
 * Every ```graphql block of the README, split into one document per operation. The README's short
 * examples are anonymous; codegen types only named operations, so each gets a name here, as a
 * storefront's would have.
 */
function readmeOperations(): { name: string; document: DocumentNode }[] {
  const blocks = [...readme.matchAll(/^```graphql\n([\s\S]*?)^```/gm)].map((m) => m[1] as string);
  return blocks.flatMap((block, b) =>
    parse(block).definitions.map((definition, d) => {
      const name = `Readme${b + 1}x${d + 1}`;
      const named =
        definition.kind === Kind.OPERATION_DEFINITION && !definition.name
          ? { ...definition, name: { kind: Kind.NAME, value: name } }
          : definition;
      return { name, document: { kind: Kind.DOCUMENT, definitions: [named] } as DocumentNode };
    }),
  );
}

describe("the README's GraphQL", () => {
  const operations = readmeOperations();

  it('is valid against schema.graphql, every operation of every block', () => {
    expect(operations.length).toBeGreaterThan(30);
    const invalid = operations.flatMap(({ name, document }) =>
      validate(schema, document).map((error) => `${name}: ${error.message}\n${print(document)}`),
    );
    expect(invalid).toEqual([]);
  });

  it('shows examples/codegen.ts as it is', () => {
    const example = readFileSync(join(ROOT, 'examples/codegen.ts'), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });

  it('gets types from the README codegen config that compile, with the documented scalars', async () => {
    mkdirSync(join(OUT, 'src'), { recursive: true });
    // The operations as a storefront's source would hold them: graphql(`…`) calls in one module.
    const calls = operations
      .map(({ document }, i) => `export const op${i} = graphql(\`${print(document)}\`);`)
      .join('\n');
    writeFileSync(join(OUT, 'src/operations.ts'), `import { graphql } from './gql/index.js';\n${calls}\n`);
    const target = Object.values(exampleConfig.generates)[0] as object;
    const outputs = await generate(
      {
        ...exampleConfig,
        schema: join(ROOT, 'schema.graphql'),
        documents: [join(OUT, 'src/operations.ts')],
        generates: { [join(OUT, 'src/gql/')]: target },
        silent: true,
      },
      false,
    );
    for (const output of outputs) {
      mkdirSync(dirname(output.filename), { recursive: true });
      writeFileSync(output.filename, output.content);
    }
    const types = readFileSync(join(OUT, 'src/gql/graphql.ts'), 'utf8');
    // Every operation got its result type.
    for (const { document } of operations) {
      const definition = document.definitions[0];
      if (definition?.kind !== Kind.OPERATION_DEFINITION) continue;
      const kind = definition.operation[0]?.toUpperCase() + definition.operation.slice(1);
      expect(types).toContain(`export type ${definition.name?.value}${kind} = `);
    }
    // DateTime fields come out as the mapped string, and no scalar fell back to `any`.
    expect(types).toContain('createdAt: string');
    expect(types).not.toMatch(/At: any\b/);
    // A use of one generated result type: the typed `graphql()` maps the text to its types.
    writeFileSync(
      join(OUT, 'src/use.ts'),
      `import type { ResultOf } from '@graphql-typed-document-node/core';
import { op${operations.findIndex(({ document }) => print(document).includes('query Listing'))} as listing } from './operations.js';
type Listing = ResultOf<typeof listing>;
export const firstTitle = (data: Listing): string | undefined => data.products.nodes[0]?.title;
`,
    );
    const program = ts.createProgram([join(OUT, 'src/operations.ts'), join(OUT, 'src/use.ts')], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      // As a Next.js or Vite storefront compiles: the client preset writes extensionless imports.
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      skipLibCheck: true,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });
});
