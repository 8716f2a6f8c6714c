import { and, count, desc, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { rollback, transact } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, unauthenticated, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { type AddressChanges, type AddressFields, mergeAddress, normalizeAddress } from './address.rules.js';
import { type AddressRow, addresses } from './address.tables.js';
import type { AddressSnapshot } from './address-snapshot.js';

export type { AddressFields } from './address.rules.js';
export type { AddressRow } from './address.tables.js';

/**
 * The customer address book. Every read and write is scoped to the signed-in viewer: another
 * user's address id behaves exactly like an unknown one (NOT_FOUND), so its existence never leaks.
 *
 * Invariant: a user with at least one address has exactly one default shipping address and
 * exactly one default billing address (the first address becomes both; deleting a default
 * promotes the newest remaining address). Writes that touch the defaults take a per-user lock.
 */

/** How many addresses one user may keep: the book is listed without paging. */
export const MAX_ADDRESSES_PER_USER = 50;

export type AddressType = 'SHIPPING' | 'BILLING';

export interface AddressResult {
  errors: UserError[];
  address: AddressRow | null;
}

export interface AddressDeleteResult {
  errors: UserError[];
  deletedId: string | null;
}

const notFound = (): AddressResult => ({
  errors: [userError(['input', 'id'], ErrorCode.NOT_FOUND, 'No address with this id in your address book.')],
  address: null,
});

async function viewerId(ctx: RequestContext): Promise<string> {
  const viewer = await ctx.viewer();
  if (!viewer) throw unauthenticated();
  return viewer.id;
}

/**
 * Serializes the address-book writes of one user (transaction-scoped advisory lock), so two
 * concurrent first addresses or default changes cannot leave two defaults or none.
 */
async function lockAddressBook(tx: Executor, userId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(727276, hashtext(${userId}::text))`);
}

const ownAddress = (userId: string, id: string) => and(eq(addresses.id, id), eq(addresses.userId, userId));

/**
 * Validates an address typed in by a shopper (checkout, cart) and returns the normalized copy to
 * store: trimmed, whitespace folded, empty optional parts null, country and postal code upper-case.
 * Error paths start at `path` (default `['input']`, e.g. `['input', 'postalCode']`).
 */
export function validateAddressInput(
  input: AddressFields,
  path: readonly string[] = ['input'],
): { address: AddressSnapshot } | { errors: UserError[] } {
  return normalizeAddress(input, path);
}

/**
 * The viewer's address with this id; null for guests, for ids that are not UUIDs, and for
 * addresses that do not exist or belong to someone else.
 */
export async function findOwnAddress(ctx: RequestContext, addressId: string): Promise<AddressRow | null> {
  const viewer = await ctx.viewer();
  if (!viewer || !isUuid(addressId)) return null;
  const [row] = await ctx.app.db.select().from(addresses).where(ownAddress(viewer.id, addressId)).limit(1);
  return row ?? null;
}

/** The viewer's addresses: the default shipping one, then the default billing one, then newest first. */
export async function listAddresses(ctx: RequestContext): Promise<AddressRow[]> {
  const userId = await viewerId(ctx);
  return await ctx.app.db
    .select()
    .from(addresses)
    .where(eq(addresses.userId, userId))
    .orderBy(
      desc(addresses.isDefaultShipping),
      desc(addresses.isDefaultBilling),
      desc(addresses.createdAt),
      desc(addresses.id),
    );
}

/** Clears the viewer's current default of one type (except `keepId`). */
async function clearDefault(tx: Executor, userId: string, type: AddressType, keepId?: string): Promise<void> {
  const column = type === 'SHIPPING' ? addresses.isDefaultShipping : addresses.isDefaultBilling;
  const set = type === 'SHIPPING' ? { isDefaultShipping: false } : { isDefaultBilling: false };
  await tx
    .update(addresses)
    .set({ ...set, updatedAt: new Date() })
    .where(
      and(eq(addresses.userId, userId), eq(column, true), keepId ? ne(addresses.id, keepId) : undefined),
    );
}

/**
 * Adds an address to the viewer's book. The user's first address becomes the default for
 * shipping and billing whatever the flags say; later ones become a default when asked, taking
 * it over from the previous default in the same transaction.
 */
export async function createAddress(
  ctx: RequestContext,
  input: AddressFields & { defaultShipping?: boolean | null; defaultBilling?: boolean | null },
): Promise<AddressResult> {
  const userId = await viewerId(ctx);
  const checked = normalizeAddress(input);
  if ('errors' in checked) return { errors: checked.errors, address: null };
  return transact(ctx, async (tx) => {
    await lockAddressBook(tx, userId);
    const [existing] = await tx.select({ n: count() }).from(addresses).where(eq(addresses.userId, userId));
    const total = existing?.n ?? 0;
    if (total >= MAX_ADDRESSES_PER_USER) {
      return rollback({
        errors: [
          userError(
            null,
            ErrorCode.INVALID_INPUT,
            `An address book holds at most ${MAX_ADDRESSES_PER_USER} addresses: delete one first.`,
          ),
        ],
        address: null,
      });
    }
    const isDefaultShipping = total === 0 || input.defaultShipping === true;
    const isDefaultBilling = total === 0 || input.defaultBilling === true;
    if (isDefaultShipping) await clearDefault(tx, userId, 'SHIPPING');
    if (isDefaultBilling) await clearDefault(tx, userId, 'BILLING');
    const [created] = await tx
      .insert(addresses)
      .values({ ...checked.address, userId, isDefaultShipping, isDefaultBilling })
      .returning();
    return { errors: [], address: created ?? null };
  });
}

/**
 * Changes some parts of one of the viewer's addresses: omitted or null parts stay, an empty
 * string clears an optional part. The result is validated as a whole (changing the country may
 * make the postal code required).
 */
export async function updateAddress(
  ctx: RequestContext,
  input: AddressChanges & { id: string },
): Promise<AddressResult> {
  const userId = await viewerId(ctx);
  if (!isUuid(input.id)) return notFound();
  return transact(ctx, async (tx) => {
    const [current] = await tx
      .select()
      .from(addresses)
      .where(ownAddress(userId, input.id))
      .limit(1)
      .for('update');
    if (!current) return rollback(notFound());
    const { id: _id, ...changes } = input;
    const checked = normalizeAddress(mergeAddress(current, changes));
    if ('errors' in checked) return rollback({ errors: checked.errors, address: null });
    const next = checked.address;
    const unchanged = (Object.keys(next) as (keyof AddressSnapshot)[]).every(
      (key) => next[key] === current[key],
    );
    if (unchanged) return { errors: [], address: current };
    const [updated] = await tx
      .update(addresses)
      .set({ ...next, updatedAt: new Date() })
      .where(ownAddress(userId, input.id))
      .returning();
    return { errors: [], address: updated ?? null };
  });
}

/**
 * Deletes one of the viewer's addresses. When it was a default, the newest remaining address
 * becomes the default of that type (none when the book is now empty).
 */
export async function deleteAddress(
  ctx: RequestContext,
  input: { id: string },
): Promise<AddressDeleteResult> {
  const userId = await viewerId(ctx);
  const missing = () => ({ errors: notFound().errors, deletedId: null });
  if (!isUuid(input.id)) return missing();
  return transact(ctx, async (tx) => {
    await lockAddressBook(tx, userId);
    const [deleted] = await tx.delete(addresses).where(ownAddress(userId, input.id)).returning();
    if (!deleted) return rollback(missing());
    if (deleted.isDefaultShipping || deleted.isDefaultBilling) {
      const [newest] = await tx
        .select({ id: addresses.id })
        .from(addresses)
        .where(eq(addresses.userId, userId))
        .orderBy(desc(addresses.createdAt), desc(addresses.id))
        .limit(1);
      if (newest) {
        await tx
          .update(addresses)
          .set({
            ...(deleted.isDefaultShipping ? { isDefaultShipping: true } : {}),
            ...(deleted.isDefaultBilling ? { isDefaultBilling: true } : {}),
            updatedAt: new Date(),
          })
          .where(eq(addresses.id, newest.id));
      }
    }
    return { errors: [], deletedId: deleted.id };
  });
}

/** Makes one of the viewer's addresses the default of a type; the previous default of that type loses it. */
export async function setDefaultAddress(
  ctx: RequestContext,
  input: { id: string; type: AddressType },
): Promise<AddressResult> {
  const userId = await viewerId(ctx);
  if (!isUuid(input.id)) return notFound();
  return transact(ctx, async (tx) => {
    await lockAddressBook(tx, userId);
    const [target] = await tx.select().from(addresses).where(ownAddress(userId, input.id)).limit(1);
    if (!target) return rollback(notFound());
    const already = input.type === 'SHIPPING' ? target.isDefaultShipping : target.isDefaultBilling;
    if (already) return { errors: [], address: target };
    await clearDefault(tx, userId, input.type, target.id);
    const [updated] = await tx
      .update(addresses)
      .set({
        ...(input.type === 'SHIPPING' ? { isDefaultShipping: true } : { isDefaultBilling: true }),
        updatedAt: new Date(),
      })
      .where(eq(addresses.id, target.id))
      .returning();
    return { errors: [], address: updated ?? null };
  });
}
