import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import type { TypedOperation } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/** SQL statements per GraphQL request must not grow with the number of items returned. */
let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
});
afterAll(() => t?.close());

async function queryCount(
  client: SignedIn['client'],
  query: TypedOperation<unknown, Record<string, never>>,
): Promise<number> {
  const result = await client.request(query, {});
  expect(result.errors).toBeUndefined();
  return Number(result.headers.get('x-sql-query-count'));
}

const USERS = graphql(
  `query BudgetUsers { users(first: 100) { totalCount nodes { id email name role emailVerified disabled createdAt } } }`,
);
const ME = graphql(`query BudgetMe { me { id email name role emailVerified } }`);
const ME_ID = graphql(`query BudgetMeId { me { id } }`);

describe('query budgets', () => {
  it('me costs one query (session check and user row together)', async () => {
    const customer = await registerAndLogin(t);
    expect(await queryCount(customer.client, ME)).toBe(1);
  });

  it('anonymous me costs none', async () => {
    const anonymous = await t.client().request(ME_ID);
    expect(anonymous.data).toEqual({ me: null });
    expect(anonymous.headers.get('x-sql-query-count')).toBe('0');
  });

  it('the admin user list costs the same for 2 users and for 30', async () => {
    const few = await queryCount(admin.client, USERS);
    for (let i = 0; i < 28; i += 1) await registerAndLogin(t);
    const many = await queryCount(admin.client, USERS);
    expect(few).toBe(3); // viewer, page, count
    expect(many).toBe(few);
  });
});

describe('QUERY_COUNT_HEADER=false', () => {
  it('sends no X-SQL-Query-Count header', async () => {
    const quiet = await startTestApp({ QUERY_COUNT_HEADER: 'false' });
    try {
      const response = await quiet.client().request(ME_ID);
      expect(response.data).toEqual({ me: null });
      expect(response.headers.get('x-sql-query-count')).toBeNull();
    } finally {
      await quiet.close();
    }
  });
});
