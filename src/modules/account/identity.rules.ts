import { normalizeEmail, validateEmail } from './account.rules.js';

/** What the account domain keeps of a validated ID token. */
export interface ProviderAccount {
  provider: string;
  subject: string;
  /** Lower-cased; null when the provider shared none, or none that is a valid address. */
  email: string | null;
  /** Only an explicit `email_verified: true` counts. */
  emailVerified: boolean;
  /** Display name for a new account, 1 to 100 characters. */
  name: string;
}

/** Reads the claims of an ID token already validated by openid-client (signature, iss, aud, exp, nonce). */
export function providerAccount(provider: string, claims: Record<string, unknown>): ProviderAccount {
  const rawEmail = typeof claims.email === 'string' ? normalizeEmail(claims.email) : null;
  const email = rawEmail !== null && validateEmail(rawEmail, []).length === 0 ? rawEmail : null;
  // Some providers send the boolean as a string.
  const emailVerified =
    email !== null && (claims.email_verified === true || claims.email_verified === 'true');
  const candidates = [claims.name, claims.given_name, claims.preferred_username, email?.split('@')[0]];
  const name =
    candidates
      .find((value): value is string => typeof value === 'string' && value.trim() !== '')
      ?.trim()
      .slice(0, 100) ?? 'Customer';
  return { provider, subject: String(claims.sub), email, emailVerified, name };
}
