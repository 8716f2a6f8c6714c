import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signExportToken } from '../../src/modules/account/data-export-link.js';
import { createAddress } from '../address/address-support.js';
import { graphql } from '../generated/gql.js';
import type { SignedIn } from '../support/accounts.js';
import { registerAndLogin } from '../support/accounts.js';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/harness.js';
import { type Store, setUpStore } from '../support/store.js';
import { DATA_EXPORT, type FullCustomer, fullCustomer } from './deletion-support.js';
import { LOGOUT, RELAXED_LIMITS } from './fixtures.js';

/**
 * accountDataExport (README "Deleting an account" › "Your data"): a signed link valid 15 minutes,
 * downloaded without an Authorization header, answering the caller's data as one JSON attachment
 * gathered from every domain; an altered, expired or ended link is refused.
 */

let t: TestApp;
let store: Store;
let owner: FullCustomer;
let other: SignedIn;

const REVIEW_EMAILS_OFF = graphql(`mutation ExportReviewEmailsOff {
  reviewRequestEmailsSet(input: { enabled: false }) { enabled errors { code } } }`);

beforeAll(async () => {
  t = await startTestApp(RELAXED_LIMITS, { idleWorkers: ['reservation-sweeper', 'review-requests'] });
  store = await setUpStore(t);
  owner = await fullCustomer(t, store);
  expect((await owner.client.ok(REVIEW_EMAILS_OFF)).reviewRequestEmailsSet.errors).toEqual([]);
  other = await registerAndLogin(t);
  await createAddress(other.client, { name: 'Otto Otherperson', line1: '99 Elsewhere Road' });
});

afterAll(() => t?.close());

/** The link's path and query on the test server (PUBLIC_URL in tests names port 0). */
function local(url: string): string {
  const parsed = new URL(url);
  return `${t.url}${parsed.pathname}${parsed.search}`;
}

async function exportLink(who: SignedIn): Promise<{ url: string; expiresAt: string }> {
  const payload = (await who.client.ok(DATA_EXPORT)).accountDataExport;
  expect(payload.errors).toEqual([]);
  return { url: payload.url!, expiresAt: payload.expiresAt as string };
}

function tokenOf(url: string): string {
  return new URL(url).searchParams.get('token') ?? '';
}

function withToken(url: string, token: string): string {
  const parsed = new URL(local(url));
  parsed.searchParams.set('token', token);
  return parsed.toString();
}

describe('accountDataExport', () => {
  it('answers a link under PUBLIC_URL that expires in DATA_EXPORT_LINK_TTL (15 minutes)', async () => {
    const before = Date.now();
    const link = await exportLink(owner);
    expect(link.url.startsWith(`${t.config.publicUrl}/account/data-export?token=`)).toBe(true);
    const expires = new Date(link.expiresAt).getTime();
    expect(expires).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 15 * 60_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 15 * 60_000);
  });

  it("downloads the caller's data without an Authorization header, and only theirs", async () => {
    const link = await exportLink(owner);
    const response = await fetch(local(link.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="account-data-.+\.json"$/,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    const doc = JSON.parse(text);
    const name = `${owner.firstName} ${owner.lastName}`;
    expect(doc.format).toBe('storefront-account-data/1');
    expect(doc.profile).toMatchObject({ id: owner.id, email: owner.email, name, phone: owner.phone });
    expect(doc.logins.length).toBeGreaterThanOrEqual(1);
    expect(doc.addresses).toEqual([expect.objectContaining({ name, phone: owner.phone, country: 'GB' })]);
    expect(doc.orders).toHaveLength(1);
    expect(doc.orders[0]).toMatchObject({
      number: owner.orderNumber,
      status: 'DELIVERED',
      shippingAddress: expect.objectContaining({ name, phone: owner.phone }),
      lines: [expect.objectContaining({ sku: store.shirt.sku, quantity: 1 })],
      payments: [expect.objectContaining({ status: 'SUCCEEDED', cardLast4: '4242' })],
    });
    expect(doc.reviews).toEqual([
      expect.objectContaining({
        id: owner.reviewId,
        productId: store.shirt.productId,
        orderNumber: owner.orderNumber,
        rating: 4,
        title: 'Soft and sturdy',
      }),
    ]);
    expect(doc.wishlist).toEqual([expect.objectContaining({ productId: store.mug.productId })]);
    expect(doc.emailPreferences).toEqual({ reviewRequestEmails: false });
    // Nobody else's data: not the other customer's email, id or address, nor the admin's.
    for (const foreign of [
      other.email,
      other.id,
      'Otto Otherperson',
      '99 Elsewhere Road',
      store.admin.email,
    ]) {
      expect(text).not.toContain(foreign);
    }
  });

  it('gives another customer their own document', async () => {
    const response = await fetch(local((await exportLink(other)).url));
    expect(response.status).toBe(200);
    const text = await response.text();
    const doc = JSON.parse(text);
    expect(doc.profile).toMatchObject({ id: other.id, email: other.email });
    expect(doc.addresses).toEqual([expect.objectContaining({ name: 'Otto Otherperson' })]);
    expect(doc.orders).toEqual([]);
    expect(doc.reviews).toEqual([]);
    expect(doc.emailPreferences).toEqual({ reviewRequestEmails: true });
    for (const foreign of [owner.email, owner.firstName, owner.phone, owner.orderNumber]) {
      expect(text).not.toContain(foreign);
    }
  });

  it('refuses an altered link: another user id, another signature, none at all (403)', async () => {
    const link = await exportLink(owner);
    const [userId, sessionId, expires, signature] = tokenOf(link.url).split('.') as [
      string,
      string,
      string,
      string,
    ];
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    const later = String(Number(expires) + 3600);
    for (const token of [
      `${other.id}.${sessionId}.${expires}.${signature}`,
      `${userId}.${sessionId}.${later}.${signature}`,
      `${userId}.${sessionId}.${expires}.${flipped}`,
      '',
    ]) {
      const response = await fetch(withToken(link.url, token));
      expect(response.status, token).toBe(403);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.text()).not.toContain(owner.email);
    }
    expect((await fetch(`${t.url}/account/data-export`)).status).toBe(403);
  });

  it('refuses an expired link (410), even correctly signed', async () => {
    const link = await exportLink(owner);
    const [userId, sessionId] = tokenOf(link.url).split('.') as [string, string];
    const expired = signExportToken(TEST_JWT_SECRET, {
      userId,
      sessionId,
      expiresAt: Math.floor(Date.now() / 1000) - 1,
    });
    const response = await fetch(withToken(link.url, expired));
    expect(response.status).toBe(410);
    expect(await response.text()).not.toContain(owner.email);
  });

  it('stops working once the login that asked for it ends (410)', async () => {
    const someone = await registerAndLogin(t);
    const link = await exportLink(someone);
    expect((await fetch(local(link.url))).status).toBe(200);
    expect((await someone.client.ok(LOGOUT, {})).accountLogout.errors).toEqual([]);
    const response = await fetch(local(link.url));
    expect(response.status).toBe(410);
    expect(await response.text()).not.toContain(someone.email);
  });

  it('is for signed-in users only', async () => {
    const result = await t.client().request(DATA_EXPORT);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });
});
