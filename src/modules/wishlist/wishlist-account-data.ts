import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { AccountDataSections, AccountDeletion } from '../account/account-hooks.js';
import { wishlistItems } from './wishlist.tables.js';

/** accountDeleting: the wishlist goes. */
export async function eraseWishlist(tx: Executor, deletion: AccountDeletion): Promise<void> {
  await tx.delete(wishlistItems).where(eq(wishlistItems.userId, deletion.userId));
}

/** accountDataExporting: the `wishlist` section (product and variant ids, when added). */
export async function exportWishlist(
  executor: Executor,
  userId: string,
  sections: AccountDataSections,
): Promise<void> {
  sections.wishlist = await executor
    .select({
      productId: wishlistItems.productId,
      variantId: wishlistItems.variantId,
      addedAt: wishlistItems.createdAt,
    })
    .from(wishlistItems)
    .where(eq(wishlistItems.userId, userId))
    .orderBy(asc(wishlistItems.createdAt), asc(wishlistItems.id));
}
