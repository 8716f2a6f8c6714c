import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  ACCEPT,
  newGuest,
  product,
  setPrice,
  setStatus,
  setStock,
  variant,
  warningCodes,
} from './support.js';

/** A cart read never fails because the world changed: it warns, and cartAcceptChanges confirms. */

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
});
afterAll(() => t?.close());

describe('warnings on read', () => {
  it('a fresh cart with plenty of stock has no warnings', async () => {
    const plenty = await variant(admin.client, 'Warn Plenty', '10.00', 100);
    const guest = await newGuest(t);
    await guest.add(plenty.id, 2);
    const cart = await guest.cart();
    expect(cart!.warnings).toEqual([]);
    expect(cart!.hasBlockingWarnings).toBe(false);
  });

  it('PRICE_CHANGED after a price change, with old and new price; the line is priced at the new one', async () => {
    const item = await variant(admin.client, 'Warn Price', '10.00', 100);
    const guest = await newGuest(t);
    await guest.add(item.id, 3);
    await setPrice(admin.client, item.id, '12.50');
    const cart = await guest.cart();
    const line = cart!.lines[0];
    expect(line!.unitPrice.amount).toBe('12.50');
    expect(line!.unitPriceWhenAdded.amount).toBe('10.00');
    expect(line!.subtotal.amount).toBe('37.50');
    expect(cart!.totals.subtotal.amount).toBe('37.50');
    expect(cart!.warnings).toEqual([
      {
        code: 'PRICE_CHANGED',
        lineId: line!.id,
        message: expect.stringMatching(/10\.00 USD to 12\.50 USD/),
        blocking: true,
      },
    ]);
    expect(cart!.hasBlockingWarnings).toBe(true);

    // Back to the price the shopper saw: no warning any more.
    await setPrice(admin.client, item.id, '10.00');
    expect((await guest.cart())!.warnings).toEqual([]);
  });

  it('changing the quantity of a line takes the current price as seen', async () => {
    const item = await variant(admin.client, 'Warn Price Update', '10.00', 100);
    const guest = await newGuest(t);
    const lineId = (await guest.add(item.id, 1)).line!.id;
    await setPrice(admin.client, item.id, '8.00');
    expect(warningCodes((await guest.cart())!)).toEqual(['PRICE_CHANGED']);
    const updated = (await guest.update(lineId, 2)).cart;
    expect(updated!.warnings).toEqual([]);
    expect(updated!.lines[0]!.unitPriceWhenAdded.amount).toBe('8.00');
  });

  it('INSUFFICIENT_STOCK after stock drops below the quantity, with the number available', async () => {
    const item = await variant(admin.client, 'Warn Stock', '5.00', 20);
    const guest = await newGuest(t);
    await guest.add(item.id, 6);
    await setStock(t, admin.client, item.id, 4);
    const cart = await guest.cart();
    expect(cart!.lines[0]!.quantity).toBe(6);
    expect(cart!.warnings).toEqual([
      {
        code: 'INSUFFICIENT_STOCK',
        lineId: cart!.lines[0]!.id,
        message: expect.stringContaining('Only 4'),
        blocking: true,
      },
    ]);
    // Totals still count the line as it is.
    expect(cart!.totals.subtotal.amount).toBe('30.00');
  });

  it('OUT_OF_STOCK when stock reaches zero', async () => {
    const item = await variant(admin.client, 'Warn Out', '5.00', 20);
    const guest = await newGuest(t);
    await guest.add(item.id, 2);
    await setStock(t, admin.client, item.id, 0);
    const cart = await guest.cart();
    expect(cart!.warnings).toEqual([
      { code: 'OUT_OF_STOCK', lineId: cart!.lines[0]!.id, message: expect.any(String), blocking: true },
    ]);
  });

  it('LOW_STOCK is informational: fewer than 3 units left after the line', async () => {
    const item = await variant(admin.client, 'Warn Low', '5.00', 5);
    const guest = await newGuest(t);
    await guest.add(item.id, 2);
    expect((await guest.cart())!.warnings).toEqual([]);
    const cart = (await guest.add(item.id, 1)).cart;
    expect(cart!.warnings).toEqual([
      {
        code: 'LOW_STOCK',
        lineId: cart!.lines[0]!.id,
        message: expect.stringContaining('Only 5'),
        blocking: false,
      },
    ]);
    expect(cart!.hasBlockingWarnings).toBe(false);
  });

  it('PRODUCT_UNAVAILABLE when the product is archived; the line is still shown and priced', async () => {
    const item = await product(admin.client, 'Warn Archived', [{ price: '7.00', stock: 10 }]);
    const guest = await newGuest(t);
    await guest.add(item.variants[0]!.id, 2);
    await setStatus(admin.client, item.id, 'ARCHIVED');
    const cart = await guest.cart();
    expect(cart!.lines[0]!.product.status).toBe('ARCHIVED');
    expect(cart!.totals.subtotal.amount).toBe('14.00');
    expect(cart!.warnings).toEqual([
      {
        code: 'PRODUCT_UNAVAILABLE',
        lineId: cart!.lines[0]!.id,
        message: expect.any(String),
        blocking: true,
      },
    ]);
  });

  it('several changes at once give one warning each, line by line', async () => {
    const a = await variant(admin.client, 'Warn Multi A', '1.00', 10);
    const b = await variant(admin.client, 'Warn Multi B', '2.00', 10);
    const guest = await newGuest(t);
    await guest.add(a.id, 2);
    await guest.add(b.id, 5);
    await setPrice(admin.client, a.id, '1.50');
    await setStock(t, admin.client, b.id, 3);
    const cart = await guest.cart();
    expect(cart!.warnings.map((w: any) => [w.code, w.lineId])).toEqual([
      ['PRICE_CHANGED', cart!.lines[0]!.id],
      ['INSUFFICIENT_STOCK', cart!.lines[1]!.id],
    ]);
  });
});

describe('cartAcceptChanges', () => {
  it('takes current prices, caps quantities at stock and drops unavailable lines', async () => {
    const priced = await variant(admin.client, 'Accept Priced', '10.00', 100);
    const capped = await variant(admin.client, 'Accept Capped', '3.00', 10);
    const gone = await variant(admin.client, 'Accept Gone', '4.00', 10);
    const archived = await product(admin.client, 'Accept Archived', [{ price: '5.00', stock: 10 }]);
    const fine = await variant(admin.client, 'Accept Fine', '6.00', 100);
    const guest = await newGuest(t);
    await guest.add(priced.id, 1);
    await guest.add(capped.id, 8);
    await guest.add(gone.id, 2);
    await guest.add(archived.variants[0]!.id, 1);
    await guest.add(fine.id, 1);
    await setPrice(admin.client, priced.id, '11.00');
    await setStock(t, admin.client, capped.id, 6);
    await setStock(t, admin.client, gone.id, 0);
    await setStatus(admin.client, archived.id, 'ARCHIVED');
    const warned = await guest.cart();
    expect(warningCodes(warned!)).toEqual([
      'PRICE_CHANGED',
      'INSUFFICIENT_STOCK',
      'OUT_OF_STOCK',
      'PRODUCT_UNAVAILABLE',
    ]);

    const payload = (await guest.ok(ACCEPT)).cartAcceptChanges;
    expect(payload.errors).toEqual([]);
    const cart = payload.cart;
    expect(cart!.lines.map((l: any) => [l.variant.id, l.quantity, l.unitPriceWhenAdded.amount])).toEqual([
      [priced.id, 1, '11.00'],
      [capped.id, 6, '3.00'],
      [fine.id, 1, '6.00'],
    ]);
    // What is left is informational only.
    expect(cart!.warnings.every((w: any) => !w.blocking)).toBe(true);
    expect(cart!.hasBlockingWarnings).toBe(false);
    expect(await guest.cart()).toEqual(cart);
  });
});
