import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator for a storefront: types for every operation written with `graphql(…)` in
 * src/, from the running server's schema (or the checked-in schema.graphql). Money amounts are
 * decimal strings ("12.50"), so only these scalars need a mapping.
 */
const config: CodegenConfig = {
  schema: 'http://localhost:4000/graphql',
  documents: ['src/**/*.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          DateTime: 'string',
          EmailAddress: 'string',
          Upload: 'File',
        },
      },
    },
  },
};

export default config;
