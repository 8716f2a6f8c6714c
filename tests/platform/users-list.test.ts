import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/graphql/pagination.js';
import { graphql } from '../generated/gql.js';
import type {
  PlatformUsersQuery,
  PlatformUsersQueryVariables,
  UserFilterInput,
} from '../generated/graphql.js';
import { adminClient, REGISTER, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
let admin: SignedIn;

/** A marker in the emails and names of one test's users, so filters isolate them. */
const SOME_UUID = '0b7c1c3e-54a1-4f57-9d34-5c1f0e8f2a10';
const marker = () => `m${randomBytes(4).toString('hex')}`;

const USERS =
  graphql(`query PlatformUsers($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilterInput) {
  users(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    edges { cursor node { id email name role disabled createdAt } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    totalCount
  }
}`);
const USER_UPDATE = graphql(`mutation PlatformUsersUpdate($input: UserUpdateInput!) {
  userUpdate(input: $input) { errors { code } } }`);
const USER = graphql(`query PlatformUsersOne($id: ID!) { user(id: $id) { id email name role disabled } }`);

type Page = PlatformUsersQuery['users'];

async function usersPage(variables: PlatformUsersQueryVariables): Promise<Page> {
  const data = await admin.client.ok(USERS, variables);
  return data.users;
}

async function usersRequest(variables: PlatformUsersQueryVariables) {
  return admin.client.request(USERS, variables);
}

async function register(email: string, name: string): Promise<string> {
  const data = await t.client().ok(REGISTER, { input: { email, name, password: 'Secret123' } });
  expect(data.accountRegister.errors).toEqual([]);
  return data.accountRegister.user!.id;
}

/** Pages forward with `first: size` until the end, checking every page's pageInfo. */
async function pageForward(filter: UserFilterInput, size: number, total: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pageNo = 0; ; pageNo++) {
    const page: Page = await usersPage({ first: size, after, filter });
    expect(page.totalCount).toBe(total);
    expect(page.pageInfo.hasPreviousPage).toBe(pageNo > 0);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    expect(page.edges).toHaveLength(size);
    after = page.pageInfo.endCursor;
    expect(pageNo).toBeLessThan(total); // no endless loop
  }
  return ids;
}

/** Pages backward with `last: size` from the end, checking every page's pageInfo. */
async function pageBackward(filter: UserFilterInput, size: number, total: number): Promise<string[]> {
  const ids: string[] = [];
  let before: string | null = null;
  for (let pageNo = 0; ; pageNo++) {
    const page: Page = await usersPage({ last: size, before, filter });
    expect(page.totalCount).toBe(total);
    expect(page.pageInfo.hasNextPage).toBe(pageNo > 0);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    ids.unshift(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasPreviousPage) break;
    expect(page.edges).toHaveLength(size);
    before = page.pageInfo.startCursor;
    expect(pageNo).toBeLessThan(total);
  }
  return ids;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
});

afterAll(() => t?.close());

describe('users connection: keyset pagination', () => {
  const tag = marker();
  const registered: string[] = [];

  beforeAll(async () => {
    for (let i = 1; i <= 7; i++)
      registered.push(await register(`page-${tag}-${i}@example.com`, `Pager ${i}`));
  });

  it('lists newest first', async () => {
    const page = await usersPage({ first: 100, filter: { query: tag } });
    expect(page.totalCount).toBe(7);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const ids = page.edges.map((e) => e.node.id);
    expect(new Set(ids)).toEqual(new Set(registered));
    const times = page.edges.map((e) => Date.parse(e.node.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it.each([1, 2, 3, 7])('pages forward by %i without duplicates or gaps', async (size) => {
    const all = (await usersPage({ first: 100, filter: { query: tag } })).edges.map((e) => e.node.id);
    expect(await pageForward({ query: tag }, size, 7)).toEqual(all);
  });

  it.each([1, 2, 3, 7])('pages backward by %i without duplicates or gaps', async (size) => {
    const all = (await usersPage({ first: 100, filter: { query: tag } })).edges.map((e) => e.node.id);
    expect(await pageBackward({ query: tag }, size, 7)).toEqual(all);
  });

  it('first page has no previous page; the last one no next page', async () => {
    const first = await usersPage({ first: 3, filter: { query: tag } });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const last = await usersPage({ last: 3, filter: { query: tag } });
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const all = await usersPage({ first: 100, filter: { query: tag } });
    expect(last.edges.map((e) => e.node.id)).toEqual(all.edges.slice(-3).map((e) => e.node.id));
    expect(first.edges.map((e) => e.node.id)).toEqual(all.edges.slice(0, 3).map((e) => e.node.id));
  });

  it('an edge cursor continues right after that edge, in both directions', async () => {
    const all = (await usersPage({ first: 100, filter: { query: tag } })).edges;
    const middle = all[3]!;
    const after = await usersPage({ first: 2, after: middle.cursor, filter: { query: tag } });
    expect(after.edges.map((e) => e.node.id)).toEqual([all[4]!.node.id, all[5]!.node.id]);
    expect(after.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const before = await usersPage({ last: 2, before: middle.cursor, filter: { query: tag } });
    expect(before.edges.map((e) => e.node.id)).toEqual([all[1]!.node.id, all[2]!.node.id]);
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('the page after the last edge is empty', async () => {
    const all = (await usersPage({ first: 100, filter: { query: tag } })).edges;
    const page = await usersPage({ first: 5, after: all.at(-1)!.cursor, filter: { query: tag } });
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
    expect(page.totalCount).toBe(7);
  });

  it('first: 0 returns no edges but the total', async () => {
    const page = await usersPage({ first: 0, filter: { query: tag } });
    expect(page.edges).toEqual([]);
    expect(page.totalCount).toBe(7);
  });

  it('keeps order for users created in the same instant (id breaks ties)', async () => {
    const tieTag = marker();
    await t.database.db.execute(sql`
      insert into users (email, name, password_hash, created_at)
      select 'tie-' || ${tieTag} || '-' || n || '@example.com', 'Tie ' || n, 'x', '2031-01-01T00:00:00.000Z'::timestamptz
      from generate_series(1, 5) as n`);
    const all = (await usersPage({ first: 100, filter: { query: tieTag } })).edges.map((e) => e.node.id);
    expect(all).toHaveLength(5);
    expect(all).toEqual([...all].sort().reverse());
    expect(await pageForward({ query: tieTag }, 2, 5)).toEqual(all);
    expect(await pageBackward({ query: tieTag }, 2, 5)).toEqual(all);
  });

  it('does not skip users created within the same millisecond', async () => {
    const usTag = marker();
    await t.database.db.execute(sql`
      insert into users (email, name, password_hash, created_at)
      select 'micro-' || ${usTag} || '-' || n || '@example.com', 'Micro ' || n, 'x',
             '2032-01-01T00:00:00.000Z'::timestamptz + n * interval '1 microsecond'
      from generate_series(1, 4) as n`);
    const all = (await usersPage({ first: 100, filter: { query: usTag } })).edges.map((e) => e.node.id);
    expect(all).toHaveLength(4);
    expect(await pageForward({ query: usTag }, 1, 4)).toEqual(all);
    expect(await pageBackward({ query: usTag }, 1, 4)).toEqual(all);
  });
});

describe('users connection: bad arguments', () => {
  it.each([
    ['garbage after', { first: 2, after: 'garbage' }],
    ['garbage before', { last: 2, before: '%%%' }],
    ['first: 101', { first: 101 }],
    ['last: 101', { last: 101 }],
    ['negative first', { first: -1 }],
    ['first and last together', { first: 2, last: 2 }],
    ['a cursor whose id is not a uuid', { first: 2, after: encodeCursor(new Date(), 'not-a-uuid') }],
    ['a cursor whose value is not a date', { first: 2, after: encodeCursor('not a date', SOME_UUID) }],
    ['a cursor whose value is a number', { last: 2, before: encodeCursor(42, SOME_UUID) }],
  ])('%s: BAD_USER_INPUT', async (_name, variables) => {
    const result = await usersRequest(variables);
    expect(result.errors, JSON.stringify(result)).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.data).toBeNull();
  });

  it('names the argument holding the bad cursor', async () => {
    const after = await usersRequest({ first: 2, after: 'garbage' });
    expect(after.errors?.[0]?.extensions?.field).toBe('after');
    const before = await usersRequest({ last: 2, before: 'garbage' });
    expect(before.errors?.[0]?.extensions?.field).toBe('before');
  });

  it('first: 100 is allowed', async () => {
    const result = await usersRequest({ first: 100 });
    expect(result.errors).toBeUndefined();
  });
});

describe('users connection: filters', () => {
  const tag = marker();
  let ann: string;
  let bob: string;
  let cat: string;
  let pct: string;

  beforeAll(async () => {
    ann = await register(`ann-${tag}@example.com`, 'Ann Alpha');
    bob = await register(`bob-${tag}@example.com`, `Bob ${tag.toUpperCase()} Beta`);
    cat = await register(`cat-${tag}@example.com`, 'Cat 100% Gamma_x');
    pct = await register(`dan-${tag}@example.com`, 'Dan Delta');
    const promoted = await admin.client.ok(USER_UPDATE, { input: { id: bob, role: 'VENDOR' } });
    expect(promoted.userUpdate.errors).toEqual([]);
    const disabled = await admin.client.ok(USER_UPDATE, { input: { id: pct, disabled: true } });
    expect(disabled.userUpdate.errors).toEqual([]);
  });

  const ids = (page: Page) => page.edges.map((e) => e.node.id).sort();

  it('query matches a substring of the email, case-insensitively', async () => {
    const page = await usersPage({ first: 50, filter: { query: `ANN-${tag.toUpperCase()}@EXAMPLE` } });
    expect(ids(page)).toEqual([ann]);
    expect(page.totalCount).toBe(1);
    const all = await usersPage({ first: 50, filter: { query: tag } });
    expect(ids(all)).toEqual([ann, bob, cat, pct].sort());
    expect(all.totalCount).toBe(4);
  });

  it('query matches a substring of the name', async () => {
    const page = await usersPage({ first: 50, filter: { query: `${tag} beta` } });
    expect(ids(page)).toEqual([bob]);
    expect(page.totalCount).toBe(1);
  });

  it('query treats % and _ literally', async () => {
    const percent = await usersPage({ first: 50, filter: { query: '100%' } });
    expect(ids(percent)).toEqual([cat]);
    const underscore = await usersPage({ first: 50, filter: { query: 'gamma_x' } });
    expect(ids(underscore)).toEqual([cat]);
    const wildcardOnly = await usersPage({ first: 50, filter: { query: 'a_pha' } });
    expect(wildcardOnly.edges).toEqual([]);
    expect(wildcardOnly.totalCount).toBe(0);
  });

  it('filters by role', async () => {
    const vendors = await usersPage({ first: 50, filter: { role: 'VENDOR', query: tag } });
    expect(ids(vendors)).toEqual([bob]);
    const customers = await usersPage({ first: 50, filter: { role: 'CUSTOMER', query: tag } });
    expect(ids(customers)).toEqual([ann, cat, pct].sort());
    expect(customers.totalCount).toBe(3);
    const admins = await usersPage({ first: 50, filter: { role: 'ADMIN' } });
    expect(admins.edges.map((e) => e.node.id)).toEqual([admin.id]);
    expect(admins.totalCount).toBe(1);
  });

  it('filters by disabled state', async () => {
    const disabled = await usersPage({ first: 50, filter: { disabled: true, query: tag } });
    expect(ids(disabled)).toEqual([pct]);
    expect(disabled.edges[0]?.node.disabled).toBe(true);
    const active = await usersPage({ first: 50, filter: { disabled: false, query: tag } });
    expect(ids(active)).toEqual([ann, bob, cat].sort());
    expect(active.edges.every((e) => !e.node.disabled)).toBe(true);
    expect(active.totalCount).toBe(3);
  });

  it('combines conditions', async () => {
    const page = await usersPage({ first: 50, filter: { disabled: false, role: 'CUSTOMER', query: tag } });
    expect(ids(page)).toEqual([ann, cat].sort());
    expect(page.totalCount).toBe(2);
  });

  it('a blank query is no condition', async () => {
    const blank = await usersPage({ first: 0, filter: { query: '   ' } });
    const none = await usersPage({ first: 0 });
    expect(blank.totalCount).toBe(none.totalCount);
    expect(none.totalCount).toBeGreaterThanOrEqual(5);
  });

  it('paginates within a filter', async () => {
    const all = (await usersPage({ first: 50, filter: { query: tag, disabled: false } })).edges.map(
      (e) => e.node.id,
    );
    expect(await pageForward({ query: tag, disabled: false }, 2, 3)).toEqual(all);
    expect(await pageBackward({ query: tag, disabled: false }, 2, 3)).toEqual(all);
  });
});

describe('user(id)', () => {
  it('returns the user', async () => {
    const tag = marker();
    const id = await register(`one-${tag}@example.com`, 'One User');
    const data = await admin.client.ok(USER, { id });
    expect(data.user).toEqual({
      id,
      email: `one-${tag}@example.com`,
      name: 'One User',
      role: 'CUSTOMER',
      disabled: false,
    });
  });

  it.each([
    ['an unknown uuid', '0b7c1c3e-54a1-4f57-9d34-5c1f0e8f2a10'],
    ['a non-uuid', 'not-a-uuid'],
    ['a number', '42'],
    ['an empty string', ''],
  ])('returns null for %s', async (_name, id) => {
    const result = await admin.client.request(USER, { id });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ user: null });
  });
});
