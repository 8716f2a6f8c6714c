import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { ESLint, type Linter } from 'eslint';

/**
 * The schema linter: @graphql-eslint rules over the emitted schema.graphql, through ESLint's API with
 * an inline flat config (no config file to find). `npm run lint:schema` prints the problems and exits
 * 1 when there is one; the test suite runs the same check (tests/platform/schema-lint.test.ts).
 *
 * Kept: only rules the schema passes. Rules left out (they would force renames or new fields), and
 * what they flag today:
 * - `strict-id-in-types`: every object type with an `id: ID!`; value objects (Money, PageInfo,
 *   UserError, CartTotals, OrderAddress, ...), payloads, connections and edges have none. Entities
 *   implement `Node`, whose `id: ID!` the schema build already requires.
 * - `input-name`: a mutation's only argument named `input` of type `<mutation>Input`; the cart
 *   mutations also take `cartToken`, and eleven mutations share an input (DeleteInput, OrderIdInput,
 *   ReturnDecisionInput, ReturnIdInput, WebhookIdInput).
 * - `relay-edge-types` with `listTypeCanWrapOnlyEdgeType`: plain lists such as `errors`,
 *   `Product.variants`; DESIGN.md makes lists of unbounded size connections, not every list.
 * - `require-nullable-result-in-root`, `require-field-of-type-query-in-mutation-result`: payloads are
 *   non-null by design and carry no `query: Query` field.
 * - `no-root-type` (it forbids Mutation and Subscription), `require-deprecation-date` (Order.carrier
 *   and Order.trackingNumber have no removal date yet), `alphabetize` (the emitter sorts; the rule's
 *   order differs for names such as perCustomerLimit / percentage).
 */
export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
const ROOT = resolve(SCHEMA_FILE, '..');

export const schemaLintRules: Linter.RulesRecord = {
  // Descriptions: the schema is the documentation a storefront developer reads in the explorer.
  '@graphql-eslint/require-description': [
    'error',
    {
      types: true,
      rootField: true,
      FieldDefinition: true,
      // Arguments, input fields and directive arguments alike.
      InputValueDefinition: true,
      EnumValueDefinition: true,
      DirectiveDefinition: true,
    },
  ],
  '@graphql-eslint/description-style': ['error', { style: 'block' }],
  '@graphql-eslint/no-hashtag-description': 'error',

  // Names.
  '@graphql-eslint/naming-convention': [
    'error',
    {
      types: 'PascalCase',
      FieldDefinition: 'camelCase',
      InputValueDefinition: 'camelCase',
      DirectiveDefinition: 'camelCase',
      EnumValueDefinition: 'UPPER_CASE',
      InputObjectTypeDefinition: { style: 'PascalCase', requiredPattern: /Input$/ },
      'FieldDefinition[parent.name.value=Query]': { forbiddenPatterns: [/^(get|query)/i, /Query$/] },
      'FieldDefinition[parent.name.value=Mutation]': { forbiddenPatterns: [/^mutation/i, /Mutation$/] },
      'FieldDefinition[parent.name.value=Subscription]': {
        forbiddenPatterns: [/^subscription/i, /Subscription$/],
      },
      EnumTypeDefinition: { style: 'PascalCase', forbiddenPatterns: [/(^enum)|(enum$)/i] },
      InterfaceTypeDefinition: { style: 'PascalCase', forbiddenPatterns: [/(^interface)|(interface$)/i] },
      UnionTypeDefinition: { style: 'PascalCase', forbiddenPatterns: [/(^union)|(union$)/i] },
      ObjectTypeDefinition: { style: 'PascalCase', forbiddenPatterns: [/(^type)|(type$)/i] },
    },
  ],
  '@graphql-eslint/no-typename-prefix': 'error',
  '@graphql-eslint/unique-enum-value-names': 'error',

  // Relay connections (DESIGN.md: `first`/`after`, `last`/`before` only where cheap).
  '@graphql-eslint/relay-connection-types': 'error',
  '@graphql-eslint/relay-edge-types': ['error', { listTypeCanWrapOnlyEdgeType: false }],
  '@graphql-eslint/relay-page-info': 'error',
  '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],

  // Shape.
  '@graphql-eslint/no-scalar-result-type-on-mutation': 'error',
  '@graphql-eslint/no-unreachable-types': 'error',
  '@graphql-eslint/require-deprecation-reason': 'error',
  '@graphql-eslint/require-nullable-fields-with-oneof': 'error',
  '@graphql-eslint/require-type-pattern-with-oneof': 'error',

  // graphql-js validation of the SDL itself.
  '@graphql-eslint/known-argument-names': 'error',
  '@graphql-eslint/known-directives': 'error',
  '@graphql-eslint/known-type-names': 'error',
  '@graphql-eslint/lone-schema-definition': 'error',
  '@graphql-eslint/possible-type-extension': 'error',
  '@graphql-eslint/provided-required-arguments': 'error',
  '@graphql-eslint/unique-directive-names': 'error',
  '@graphql-eslint/unique-directive-names-per-location': 'error',
  '@graphql-eslint/unique-field-definition-names': 'error',
  '@graphql-eslint/unique-operation-types': 'error',
  '@graphql-eslint/unique-type-names': 'error',
};

function schemaLinter(): ESLint {
  return new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.graphql'],
        languageOptions: {
          parser: graphqlPlugin.parser,
          // Rules that need the whole schema (relay, unreachable types) read it from the file.
          parserOptions: { graphQLConfig: { schema: SCHEMA_FILE } },
        },
        plugins: { '@graphql-eslint': graphqlPlugin as unknown as ESLint.Plugin },
        rules: schemaLintRules,
      },
    ],
  });
}

export interface SchemaLintProblem {
  line: number;
  column: number;
  rule: string | null;
  message: string;
}

/** The problems in schema.graphql, or in `text` when given (linted as if it were schema.graphql). */
export async function lintSchema(text?: string): Promise<SchemaLintProblem[]> {
  const linter = schemaLinter();
  const results =
    text === undefined
      ? await linter.lintFiles([SCHEMA_FILE])
      : await linter.lintText(text, { filePath: SCHEMA_FILE });
  return results.flatMap((result) =>
    result.messages.map((m) => ({ line: m.line, column: m.column, rule: m.ruleId, message: m.message })),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = await lintSchema();
  for (const p of problems) console.log(`schema.graphql:${p.line}:${p.column}  ${p.message}  (${p.rule})`);
  if (problems.length > 0) {
    console.log(`${problems.length} problem(s) in schema.graphql`);
    process.exit(1);
  }
  console.log(`schema.graphql passes the schema lint (${Object.keys(schemaLintRules).length} rules).`);
}
