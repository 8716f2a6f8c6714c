import { describe, expect, it } from 'vitest';
import { lintSchema, type SchemaLintProblem } from '../../src/scripts/schema-lint.js';

const show = (problems: SchemaLintProblem[]) =>
  problems.map((p) => `schema.graphql:${p.line}:${p.column} ${p.message} (${p.rule})`);

const messagesOf = (problems: SchemaLintProblem[], rule: string) =>
  problems.filter((p) => p.rule === `@graphql-eslint/${rule}`).map((p) => p.message);

describe('schema lint (npm run lint:schema)', () => {
  it('passes on schema.graphql', async () => {
    expect(show(await lintSchema())).toEqual([]);
  });

  it('requires a description on every type, field, argument, input field and enum value', async () => {
    const problems = await lintSchema(`
      type Query {
        thing(id: ID!): Thing
      }
      type Thing {
        name: String
      }
      input ThingInput {
        colour: Colour
      }
      enum Colour {
        RED
      }
    `);
    expect(messagesOf(problems, 'require-description').sort()).toEqual(
      [
        'Description is required for enum "Colour"',
        'Description is required for enum value "RED" in enum "Colour"',
        'Description is required for field "name" in type "Thing"',
        'Description is required for field "thing" in type "Query"',
        'Description is required for input "ThingInput"',
        'Description is required for input value "colour" in input "ThingInput"',
        'Description is required for input value "id" in field "thing"',
        'Description is required for type "Query"',
        'Description is required for type "Thing"',
      ].sort(),
    );
  });

  it('holds the naming conventions', async () => {
    const problems = await lintSchema(`
      "Bad names."
      type thing {
        "A field."
        Full_name(
          "An argument."
          First: Int
        ): String
      }
      "A suffix that says nothing."
      type ThingType {
        "A field."
        name: String
      }
      "An input without the suffix."
      input ThingArgs {
        "A field."
        value: Int
      }
      "An enum."
      enum Colour {
        "A value."
        red
      }
    `);
    expect(messagesOf(problems, 'naming-convention')).toEqual([
      'Type "thing" should be in PascalCase format',
      'Field "Full_name" should be in camelCase format',
      'Input value "First" should be in camelCase format',
      'Type "ThingType" should not contain the forbidden pattern "/(^type)|(type$)/i"',
      'Input "ThingArgs" should contain the required pattern: /Input$/',
      'Enum value "red" should be in UPPER_CASE format',
    ]);
  });
});
