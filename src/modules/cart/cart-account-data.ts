import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { AccountDeletion } from '../account/account-hooks.js';
import { carts } from './cart.tables.js';

/** accountDeleting: the account's cart goes, with its lines and shipping address copy (cascade). */
export async function eraseCart(tx: Executor, deletion: AccountDeletion): Promise<void> {
  await tx.delete(carts).where(eq(carts.userId, deletion.userId));
}
