import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { adminClient, REGISTER, tokenFromMail, uniqueEmail } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { waitForOutboxRow } from './outbox-rows.js';
import { type SmtpSink, startSmtpSink } from './smtp-sink.js';

const VERIFY = graphql(`mutation SmtpVerify($input: AccountEmailVerifyInput!) {
  accountEmailVerify(input: $input) { user { email emailVerified } errors { code } } }`);
const DEV_MAILBOX = graphql(`query SmtpDevMailbox { devMailbox(first: 5) { totalCount nodes { to text } } }`);

let smtp: SmtpSink;
let t: TestApp;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await startTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Test Shop <shop@example.com>' });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('outbox delivery over SMTP', () => {
  it('delivers the verification email of a new account to the SMTP server', async () => {
    const email = uniqueEmail('smtp');
    const reg = await t.client().ok(REGISTER, { input: { email, name: 'Smtp Sam', password: 'secret123' } });
    expect(reg.accountRegister.errors).toEqual([]);

    const [mail] = await smtp.waitForMessages(1);
    if (!mail) throw new Error('no mail');
    expect(mail.envelopeTo).toEqual([email]);
    expect(mail.envelopeFrom).toBe('shop@example.com');
    expect(mail.headers.get('to')).toBe(email);
    expect(mail.headers.get('from')).toContain('shop@example.com');
    expect(mail.headers.get('subject')).toBe('Confirm your email address');

    const text = mail.parts.find((p) => p.contentType === 'text/plain');
    const html = mail.parts.find((p) => p.contentType === 'text/html');
    expect(mail.parts.map((p) => p.contentType).sort()).toEqual(['text/html', 'text/plain']);
    expect(text?.body).toContain('Hello Smtp Sam,');
    expect(text?.body).toMatch(/\/account\/verify-email\?token=[A-Za-z0-9_-]+/);
    expect(html?.body).toMatch(/<a href="[^"]*\/account\/verify-email\?token=[A-Za-z0-9_-]+">/);

    // The same token in both parts, and it really verifies the account.
    const token = tokenFromMail(text?.body ?? '');
    expect(tokenFromMail(html?.body ?? '')).toBe(token);
    const verified = await t.client().ok(VERIFY, { input: { token } });
    expect(verified.accountEmailVerify).toEqual({ user: { email, emailVerified: true }, errors: [] });
  });

  it('marks the row SENT after one attempt and keeps no body once really sent', async () => {
    const email = uniqueEmail('redact');
    await t.client().ok(REGISTER, { input: { email, name: 'Redact Rita', password: 'secret123' } });
    const row = await waitForOutboxRow(t.database.db, email, (r) => r.status !== 'PENDING');
    expect(row).toMatchObject({
      kind: 'email',
      template: 'account.email-verification',
      recipient: email,
      status: 'SENT',
      attempts: 1,
      lastError: null,
    });
    expect(row.sentAt).toBeInstanceOf(Date);
    // The envelope stays for auditing; the bodies with the one-time link are gone.
    expect(row.payload).toEqual({ to: email, subject: 'Confirm your email address' });
    expect(JSON.stringify(row)).not.toContain('token=');
    // And the SMTP server did get the full message.
    const delivered = smtp.received.filter((m) => m.envelopeTo.includes(email));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.raw).toContain('token=');
  });

  it('refuses devMailbox with FORBIDDEN when SMTP is configured', async () => {
    const admin = await adminClient(t);
    const result = await admin.client.request(DEV_MAILBOX);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.path).toEqual(['devMailbox']);
    expect(result.data).toBeNull();
  });
});
