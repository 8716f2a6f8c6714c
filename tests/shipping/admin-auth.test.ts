import { readFileSync } from 'node:fs';
import { buildSchema, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import type { GqlClient, OperationText } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  allMethods,
  allRates,
  createMethod,
  createRate,
  METHOD_CREATE,
  METHOD_DELETE,
  METHOD_UPDATE,
  METHODS,
  RATE_CREATE,
  RATE_DELETE,
  RATE_UPDATE,
  RATES,
} from './support.js';

let t: TestApp;
let admin: SignedIn;
let customer: SignedIn;
let anonymous: GqlClient;
let method: Awaited<ReturnType<typeof createMethod>>;
let rate: Awaited<ReturnType<typeof createRate>>;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  customer = await registerAndLogin(t);
  anonymous = t.client();
  method = await createMethod(admin.client, {
    code: 'GUARDED',
    name: 'Guarded',
    price: '5.00',
    minDeliveryDays: 1,
    maxDeliveryDays: 2,
  });
  rate = await createRate(admin.client, { country: 'DE', taxClass: 'STANDARD', rate: '19' });
});
afterAll(() => t?.close());

/** Every shipping and tax operation, with inputs that would change something if they ran. */
const operations: { field: string; query: OperationText; variables: () => Record<string, unknown> }[] = [
  { field: 'shippingMethods', query: METHODS, variables: () => ({ filter: { active: false } }) },
  {
    field: 'shippingMethodCreate',
    query: METHOD_CREATE,
    variables: () => ({
      input: { code: 'INTRUDER', name: 'X', price: '0', minDeliveryDays: 0, maxDeliveryDays: 0 },
    }),
  },
  {
    field: 'shippingMethodUpdate',
    query: METHOD_UPDATE,
    variables: () => ({ input: { id: method.id, price: '0.00' } }),
  },
  { field: 'shippingMethodDelete', query: METHOD_DELETE, variables: () => ({ input: { id: method.id } }) },
  { field: 'taxRates', query: RATES, variables: () => ({}) },
  {
    field: 'taxRateCreate',
    query: RATE_CREATE,
    variables: () => ({ input: { country: 'FR', taxClass: 'STANDARD', rate: '1' } }),
  },
  { field: 'taxRateUpdate', query: RATE_UPDATE, variables: () => ({ input: { id: rate.id, rate: '0' } }) },
  { field: 'taxRateDelete', query: RATE_DELETE, variables: () => ({ input: { id: rate.id } }) },
];

describe.each([
  ['anonymous', () => anonymous, 'UNAUTHENTICATED'],
  ['a customer', () => customer.client, 'FORBIDDEN'],
])('%s', (_who, client, code) => {
  it.each(operations)(`$field answers ${code} and changes nothing`, async ({ field, query, variables }) => {
    const methodsBefore = await allMethods(admin.client);
    const ratesBefore = await allRates(admin.client);
    const result = await client().request(query.toString(), variables());
    expect(result.errors, JSON.stringify(result)).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.errors?.[0]?.path).toEqual([field]);
    expect(result.data).toBeNull();
    expect(await allMethods(admin.client)).toEqual(methodsBefore);
    expect(await allRates(admin.client)).toEqual(ratesBefore);
  });
});

describe('schema.graphql', () => {
  it('marks every operation @auth(requires: ADMIN)', () => {
    const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
    const fields = { ...schema.getQueryType()?.getFields(), ...schema.getMutationType()?.getFields() };
    for (const { field } of operations) {
      const auth = fields[field]?.astNode?.directives?.find((d) => d.name.value === 'auth');
      expect(auth && print(auth), field).toBe('@auth(requires: ADMIN)');
    }
  });
});
