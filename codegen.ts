import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the test suite: every `graphql(`…`)` operation in tests/ is checked
 * against schema.graphql and gets its result and variables types in tests/generated.
 * `npm run codegen` rewrites them; `npm run codegen:check` fails when they are stale.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['tests/**/*.ts', '!tests/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'tests/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Operations are sent as their exact text, so what a test sends is what it reads.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        // NodeNext: relative imports end in .js.
        emitLegacyCommonJSImports: false,
        scalars: {
          DateTime: 'string',
          EmailAddress: 'string',
          Upload: 'unknown',
        },
      },
    },
  },
};

export default config;
