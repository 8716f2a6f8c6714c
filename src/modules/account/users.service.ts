import { and, asc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { escapeLike } from '../../db/like.js';
import { transact } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { type Connection, type PageArgs, paginateTable } from '../../graphql/pagination.js';
import { normalizeEmail, validateEmail, validateName, validatePassword } from './account.rules.js';
import type { UserResult } from './account.service.js';
import { type Role, type UserRow, users } from './account.tables.js';
import { revokeUserSessions } from './auth.service.js';
import { hashPassword } from './password-hashing.js';

export interface UserFilter {
  query?: string | null;
  role?: Role | null;
  disabled?: boolean | null;
}

/** Admin listing, newest first, keyset-paginated. */
export async function listUsers(
  ctx: RequestContext,
  filter: UserFilter,
  page: PageArgs,
): Promise<Connection<UserRow>> {
  const { db } = ctx.app;
  const conditions: SQL[] = [];
  const query = filter.query?.trim();
  if (query) {
    const pattern = `%${escapeLike(query)}%`;
    conditions.push(sql`(${users.email} ilike ${pattern} or ${users.name} ilike ${pattern})`);
  }
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.disabled === true) conditions.push(isNotNull(users.disabledAt));
  if (filter.disabled === false) conditions.push(isNull(users.disabledAt));

  return paginateTable(db, users, conditions, page, {
    column: users.createdAt,
    sqlType: 'timestamptz',
    value: (u) => u.createdAt,
    direction: 'desc',
  });
}

export async function getUser(ctx: RequestContext, id: string): Promise<UserRow | null> {
  if (!isUuid(id)) return null;
  return ctx.loaders.account.userById.load(id);
}

/**
 * Changes a user's role or disabled state. Active admins are locked in id order before the
 * target, so two admins demoting each other at once cannot both succeed and leave none.
 */
export async function updateUser(
  ctx: RequestContext,
  input: { id: string; role?: Role | null; disabled?: boolean | null },
): Promise<UserResult> {
  const notFound = (): UserResult => ({
    errors: [userError(['input', 'id'], ErrorCode.NOT_FOUND, 'No user with this id.')],
    user: null,
  });
  if (!isUuid(input.id)) return notFound();
  return transact(ctx, async (tx) => {
    const mayRemoveAdmin = (input.role != null && input.role !== 'ADMIN') || input.disabled === true;
    const activeAdmins = mayRemoveAdmin
      ? await tx
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.role, 'ADMIN'), isNull(users.disabledAt)))
          .orderBy(asc(users.id))
          .for('update')
      : [];
    const [target] = await tx.select().from(users).where(eq(users.id, input.id)).for('update');
    if (!target) return notFound();

    const targetIsActiveAdmin = target.role === 'ADMIN' && target.disabledAt === null;
    if (mayRemoveAdmin && targetIsActiveAdmin && activeAdmins.length <= 1) {
      return {
        errors: [
          userError(
            ['input'],
            ErrorCode.LAST_ADMIN,
            'This is the last active administrator: promote another first.',
          ),
        ],
        user: null,
      };
    }
    const now = new Date();
    const changes: Partial<typeof users.$inferInsert> = { updatedAt: now };
    if (input.role != null) changes.role = input.role;
    if (input.disabled === true && target.disabledAt === null) changes.disabledAt = now;
    if (input.disabled === false) changes.disabledAt = null;
    const [updated] = await tx.update(users).set(changes).where(eq(users.id, target.id)).returning();
    if (changes.disabledAt) await revokeUserSessions(tx, target.id, 'DISABLED');
    return { errors: [], user: updated ?? null };
  });
}

export type CreateAdminOutcome = { created: true; user: UserRow } | { created: false; reason: string };

/** Creates an administrator (CLI and ADMIN_EMAIL at start-up); does nothing for a taken email. */
export async function createAdmin(
  db: Database,
  bcryptCost: number,
  input: { email: string; password: string; name?: string },
): Promise<CreateAdminOutcome> {
  const email = normalizeEmail(input.email);
  const name = input.name?.trim() || 'Administrator';
  const problems = [
    ...validateEmail(email, ['email']),
    ...validateName(name, ['name']),
    ...validatePassword(input.password, email, ['password']),
  ];
  if (problems.length > 0) return { created: false, reason: problems.map((p) => p.message).join(' ') };
  const passwordHash = await hashPassword(input.password, bcryptCost);
  const [user] = await db
    .insert(users)
    .values({ email, name, passwordHash, role: 'ADMIN', emailVerifiedAt: new Date() })
    .onConflictDoNothing()
    .returning();
  if (!user) return { created: false, reason: `a user with the email ${email} already exists` };
  return { created: true, user };
}
