import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/modules/account/account.tables.js';
import { adminClient, PASSWORD, type SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import { ACCOUNT_DELETE, USER_DELETE } from './deletion-support.js';
import { ME, startAccountApp } from './fixtures.js';

/** Deleting administrators: the store always keeps one active administrator. */

let t: TestApp;
let first: SignedIn;

beforeAll(async () => {
  ({ t, admin: first } = await startAccountApp());
});

afterAll(() => t?.close());

async function activeAdmins(): Promise<string[]> {
  const rows = await t.database.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'ADMIN'), isNull(users.disabledAt)));
  return rows.map((row) => row.id);
}

describe('deleting administrators', () => {
  it('the only active administrator cannot delete their account (LAST_ADMIN), and nothing changes', async () => {
    expect(await activeAdmins()).toEqual([first.id]);
    const result = (await first.client.ok(ACCOUNT_DELETE, { input: { password: PASSWORD } })).accountDelete;
    expect(result).toMatchObject({ deletedId: null, errors: [{ code: 'LAST_ADMIN' }] });
    expect((await first.client.ok(ME)).me?.id).toBe(first.id);
    expect(await activeAdmins()).toEqual([first.id]);
  });

  it('two administrators deleting each other at once: one succeeds, the other is refused, one stays', async () => {
    const second = await adminClient(t);
    const answers = await Promise.all([
      first.client.request(USER_DELETE, { input: { id: second.id } }),
      second.client.request(USER_DELETE, { input: { id: first.id } }),
    ]);
    const deleted = answers.map((a) => a.data?.userDelete?.deletedId ?? null).filter((id) => id !== null);
    expect(deleted).toHaveLength(1);
    const refused = answers.find((a) => !a.data?.userDelete?.deletedId);
    // The loser either waited for the winner's locks (LAST_ADMIN) or was already signed out by it.
    const outcome =
      refused?.data?.userDelete?.errors.map((e) => e.code).join() ?? refused?.errors?.[0]?.extensions?.code;
    expect(['LAST_ADMIN', 'UNAUTHENTICATED']).toContain(outcome);
    const survivors = await activeAdmins();
    expect(survivors).toHaveLength(1);
    expect([first.id, second.id].filter((id) => !deleted.includes(id))).toEqual(survivors);
  });
});
