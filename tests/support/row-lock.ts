import type { Database } from '../../src/db/client.js';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Thrown to end a holder's transaction by rolling it back. */
const ROLL_BACK = new Error('rolled back by the test');

/**
 * Holds row locks (or any lock `lock` takes, with whatever else it writes) in a transaction of its own
 * (another pooled connection: PostgreSQL only), as a concurrent request would, until the returned
 * function is called, which ends the transaction: committed, or rolled back with `rollBack` (a
 * concurrent writer that fails before its commit).
 */
export async function holdRowLock(
  db: Database,
  lock: (tx: Transaction) => Promise<unknown>,
  { rollBack = false }: { rollBack?: boolean } = {},
): Promise<() => Promise<void>> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const holder = db
    .transaction(async (tx) => {
      await lock(tx);
      locked();
      await released;
      if (rollBack) throw ROLL_BACK;
    })
    .catch((err: unknown) => {
      if (err !== ROLL_BACK) throw err;
    });
  // A lock that fails rejects `holder` before `isLocked` resolves.
  await Promise.race([isLocked, holder]);
  return async () => {
    release();
    await holder;
  };
}
