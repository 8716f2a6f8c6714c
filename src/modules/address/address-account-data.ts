import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { AccountDataSections, AccountDeletion } from '../account/account-hooks.js';
import { addresses } from './address.tables.js';

/** accountDeleting: the address book goes (orders keep their own address snapshots). */
export async function eraseAddressBook(tx: Executor, deletion: AccountDeletion): Promise<void> {
  await tx.delete(addresses).where(eq(addresses.userId, deletion.userId));
}

/** accountDataExporting: the `addresses` section, oldest first. */
export async function exportAddressBook(
  executor: Executor,
  userId: string,
  sections: AccountDataSections,
): Promise<void> {
  const rows = await executor
    .select()
    .from(addresses)
    .where(eq(addresses.userId, userId))
    .orderBy(asc(addresses.createdAt), asc(addresses.id));
  sections.addresses = rows.map(({ userId: _owner, ...address }) => address);
}
