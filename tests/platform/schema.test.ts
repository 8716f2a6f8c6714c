import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printAppSchema, printPossibleTypes, printTypePolicies } from '../../src/graphql/schema.js';
import { buildStoreSchema } from '../../src/modules/index.js';

const SCHEMA_FILE = new URL('../../schema.graphql', import.meta.url);
const checkedIn = readFileSync(SCHEMA_FILE, 'utf8');

describe('schema.graphql', () => {
  it('is up to date with the code (run `npm run schema:emit` when this fails)', async () => {
    const printed = printAppSchema(await buildStoreSchema());
    expect(printed.length).toBeGreaterThan(1000);
    expect(checkedIn, 'schema.graphql is stale: run `npm run schema:emit`').toBe(printed);
  });

  it('comes with possible-types.json for Apollo Client, up to date (run `npm run schema:emit` when this fails)', async () => {
    const possibleTypes = JSON.parse(
      readFileSync(new URL('../../possible-types.json', import.meta.url), 'utf8'),
    );
    expect(JSON.stringify(possibleTypes, null, 2) + '\n').toBe(printPossibleTypes(await buildStoreSchema()));
    expect(possibleTypes.Node).toContain('Product');
    expect(possibleTypes.Node).toContain('Order');
    expect(possibleTypes.Node).toContain('Review');
    expect(possibleTypes.Node).toHaveLength(25);
  });

  it('comes with type-policies.json for Apollo Client, up to date: every object type without an id merges', async () => {
    const typePolicies = JSON.parse(
      readFileSync(new URL('../../type-policies.json', import.meta.url), 'utf8'),
    );
    expect(JSON.stringify(typePolicies, null, 2) + '\n').toBe(printTypePolicies(await buildStoreSchema()));
    expect(typePolicies.Money).toEqual({ merge: true });
    expect(typePolicies.MoneyRange).toEqual({ merge: true });
    expect(typePolicies.Product).toBeUndefined();
    expect(typePolicies.Query).toBeUndefined();
  });

  it('declares the @auth directive', () => {
    // Described arguments print one per line, each under its description.
    expect(checkedIn).toMatch(
      /\ndirective @auth\((?:\n {2}.*)+\n {2}requires: Role = CUSTOMER\n\) on FIELD_DEFINITION \| OBJECT\n/,
    );
  });

  it('shows who may call each protected field', () => {
    expect(checkedIn).toMatch(
      /\n {2}users\((?:\n {4}.*)+\n {2}\): UserConnection! @auth\(requires: ADMIN\)\n/,
    );
    expect(checkedIn).toMatch(
      /\n {2}user\((?:\n {4}.*)+\n {4}id: ID!\n {2}\): User @auth\(requires: ADMIN\)\n/,
    );
    expect(checkedIn).toMatch(
      /\n {2}devMailbox\((?:\n {4}.*)+\n {2}\): MailMessageConnection! @auth\(requires: ADMIN\)\n/,
    );
    expect(checkedIn).toMatch(
      /\n {2}userUpdate\((?:\n {4}.*)+\n {4}input: UserUpdateInput!\n {2}\): UserUpdatePayload! @auth\(requires: ADMIN\)\n/,
    );
    expect(checkedIn).toContain('disabled: Boolean! @auth(requires: ADMIN)');
    expect(checkedIn).toContain('cancellationCount: Int! @auth(requires: ADMIN)');
    expect(checkedIn).toContain('accountLogoutAll: AccountLogoutAllPayload! @auth(requires: CUSTOMER)');
    expect(checkedIn).toMatch(
      /\n {2}accountUpdate\((?:\n {4}.*)+\n {4}input: AccountUpdateInput!\n {2}\): AccountUpdatePayload! @auth\(requires: CUSTOMER\)\n/,
    );
    // Public entry points carry no directive.
    expect(checkedIn).toMatch(/\n {2}me: User\n/);
    expect(checkedIn).toMatch(
      /\n {2}accountLogin\((?:\n {4}.*)+\n {4}input: AccountLoginInput!\n {2}\): AccountLoginPayload!\n/,
    );
  });
});
