import { open, seal } from '../../sealed-box.js';
import type { EmailPayload, StoredEmail } from './notification.tables.js';

/**
 * Email bodies are sealed (AES-256-GCM, key derived from JWT_SECRET) before they are written to the
 * outbox, so a password-reset or verification link never reaches the database in clear: not in the
 * row, not in the superseded row versions PostgreSQL and PGlite keep until a vacuum, not in the
 * write-ahead log, not in a backup. The worker opens them to send; the development mailbox opens
 * them to show. The recipient is the associated data: a body moved to another row does not open.
 */

const KEY_INFO = 'storefront outbox email bodies v1';

export function sealEmail(serverSecret: string, email: EmailPayload): StoredEmail {
  const bodies = JSON.stringify({ text: email.text, html: email.html });
  return { to: email.to, subject: email.subject, sealed: seal(serverSecret, KEY_INFO, bodies, email.to) };
}

/** The email to send or show; throws when its bodies cannot be opened (JWT_SECRET changed). */
export function openEmail(serverSecret: string, stored: StoredEmail): EmailPayload {
  const { to, subject } = stored;
  if (stored.sealed === undefined) return { to, subject, text: stored.text ?? '', html: stored.html ?? '' };
  const bodies = open(serverSecret, KEY_INFO, stored.sealed, to);
  if (bodies === undefined) {
    throw new Error('the email body cannot be decrypted: it was sealed under another JWT_SECRET');
  }
  const { text, html } = JSON.parse(bodies) as { text: string; html: string };
  return { to, subject, text, html };
}

/** What stays once an email was really sent: the envelope, for the record. */
export function envelopeOnly(stored: StoredEmail): StoredEmail {
  return { to: stored.to, subject: stored.subject };
}
