import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { type OidcAuthorizationRow, oidcAuthorizations } from './identity.tables.js';
import { hashToken } from './tokens.js';

/** Why an authorization was started: a sign-in, or linking a provider to the signed-in user. */
export type OidcPurpose = 'SIGN_IN' | 'LINK';

/** What the token request needs back, sealed at rest. */
export interface OidcSecrets {
  verifier: string;
  nonce: string;
}

export interface NewPendingAuthorization {
  state: string;
  provider: string;
  purpose: OidcPurpose;
  userId: string | null;
  redirectUri: string;
  secrets: OidcSecrets;
  ttlSeconds: number;
}

/** The state is the key: without the browser's copy, a row's nonce and verifier cannot be read. */
function sealingKey(state: string): Buffer {
  return createHmac('sha256', state).update('storefront oidc pending authorization').digest();
}

function seal(state: string, secrets: OidcSecrets): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(state), iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
}

function unseal(state: string, sealed: string): OidcSecrets {
  const bytes = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(state), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  const plain = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]);
  return JSON.parse(plain.toString('utf8')) as OidcSecrets;
}

/** Stores a started authorization; expired ones of anybody are swept on the way. */
export async function savePendingAuthorization(
  tx: Executor,
  pending: NewPendingAuthorization,
): Promise<void> {
  const now = new Date();
  await tx.delete(oidcAuthorizations).where(lt(oidcAuthorizations.expiresAt, now));
  await tx.insert(oidcAuthorizations).values({
    stateHash: hashToken(pending.state),
    provider: pending.provider,
    purpose: pending.purpose,
    userId: pending.userId,
    redirectUri: pending.redirectUri,
    sealed: seal(pending.state, pending.secrets),
    createdAt: now,
    expiresAt: new Date(now.getTime() + pending.ttlSeconds * 1000),
  });
}

export type ClaimedAuthorization = Omit<OidcAuthorizationRow, 'sealed'> & { secrets: OidcSecrets };

/**
 * Takes the authorization of `state` out of the table: one caller gets it, any other (a replay, a
 * second instance racing) gets null. An expired one is claimed too, and reported by `expired`.
 */
export async function claimPendingAuthorization(
  executor: Executor,
  state: string,
): Promise<{ authorization: ClaimedAuthorization; expired: boolean } | null> {
  const [row] = await executor
    .delete(oidcAuthorizations)
    .where(eq(oidcAuthorizations.stateHash, hashToken(state)))
    .returning();
  if (!row) return null;
  const { sealed, ...rest } = row;
  return {
    authorization: { ...rest, secrets: unseal(state, sealed) },
    expired: row.expiresAt <= new Date(),
  };
}
