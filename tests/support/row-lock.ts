import type { Database } from '../../src/db/client.js';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Holds row locks in a transaction of its own (another pooled connection: PostgreSQL only), as a
 * concurrent request would, until the returned function is called (which ends the transaction).
 */
export async function holdRowLock(
  db: Database,
  lock: (tx: Transaction) => Promise<unknown>,
): Promise<() => Promise<void>> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const holder = db.transaction(async (tx) => {
    await lock(tx);
    locked();
    await released;
  });
  // A lock that fails rejects `holder` before `isLocked` resolves.
  await Promise.race([isLocked, holder]);
  return async () => {
    release();
    await holder;
  };
}
