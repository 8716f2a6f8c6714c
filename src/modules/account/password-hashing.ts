import bcrypt from 'bcryptjs';
import { PASSWORD_MAX_BYTES } from './account.rules.js';

export function hashPassword(password: string, cost: number): Promise<string> {
  return bcrypt.hash(password, cost);
}

const dummyHashes = new Map<number, Promise<string>>();

/**
 * Compares a password with a stored hash. With no user (unknown email) it compares against a
 * dummy hash of the same cost, so both cases take about the same time and reveal nothing.
 */
export async function verifyPassword(password: string, hash: string | null, cost: number): Promise<boolean> {
  let dummy = dummyHashes.get(cost);
  if (!dummy) {
    dummy = bcrypt.hash('dummy password 0', cost);
    dummyHashes.set(cost, dummy);
  }
  // bcrypt ignores bytes past 72: such a password was never accepted, so it can never match.
  const tooLong = Buffer.byteLength(password, 'utf8') > PASSWORD_MAX_BYTES;
  const matches = await bcrypt.compare(tooLong ? '' : password, hash ?? (await dummy));
  return matches && hash !== null && !tooLong;
}

/** True when a hash was made with another cost than configured (rehash at next login). */
export function needsRehash(hash: string, cost: number): boolean {
  return bcrypt.getRounds(hash) !== cost;
}
