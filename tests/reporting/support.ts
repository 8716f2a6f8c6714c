import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { sweepExpiredReservations } from '../../src/modules/order/reservation-sweeper.js';
import { foldPendingRollups } from '../../src/modules/reporting/rollup-pending.js';
import { TAX_RATE_CREATE, type TestVariant, variant } from '../cart/support.js';
import { graphql } from '../generated/gql.js';
import {
  CANCEL,
  createCoupon,
  expireReservation,
  MARK_COLLECTED,
  newCustomer,
  paymentsOf,
  placeOrder,
  startOrderStore,
} from '../orders/transitions-support.js';
import { REFUND } from '../refunds/support.js';
import { approveReturn, deliveredOrder, receiveReturn, requestReturn } from '../returns/support.js';
import type { SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import { DECLINED_CARD, type Store } from '../support/store.js';

/** The store and order history the reporting tests report on, built through the API. */

export const SALES_REPORT =
  graphql(`query ReportSales($input: SalesReportInput!, $first: Int, $after: String) {
  salesReport(input: $input) {
    from to timeZone bucket
    totals { ...ReportFigures }
    buckets {
      start end label ...ReportBucketFigures
      items(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor orderId orderNumber createdAt shipping { amount } tax { amount } total { amount }
          refunded { amount } node { id productId variantId sku quantity subtotal { amount } discount { amount } } }
      }
    }
  } }`);

export const REPORT_FIGURES_FRAGMENT = graphql(`fragment ReportFigures on SalesFigures {
  orders units gross { amount currencyCode } discounts { amount } shipping { amount } tax { amount }
  refunds { amount } net { amount } averageOrderValue { amount } }`);
export const REPORT_BUCKET_FIGURES_FRAGMENT = graphql(`fragment ReportBucketFigures on SalesReportBucket {
  orders units gross { amount currencyCode } discounts { amount } shipping { amount } tax { amount }
  refunds { amount } net { amount } averageOrderValue { amount } }`);

const CATEGORY_CREATE = graphql(`mutation ReportCategoryCreate($input: CategoryCreateInput!) {
  categoryCreate(input: $input) { category { id } errors { code message } } }`);
export const PRODUCT_CATEGORIES = graphql(`mutation ReportProductCategories($input: ProductUpdateInput!) {
  productUpdate(input: $input) { errors { code message } } }`);

export interface ReportStore extends Store {
  cap: TestVariant;
  apparel: string;
  hats: string;
}

export interface Scenario {
  t: TestApp;
  store: ReportStore;
  customer: SignedIn;
  /** Orders by role in the story. */
  orders: Record<string, { id: string; number: string }>;
}

/** The order store with a 10 % US tax, a Cap in Hats (a child of Apparel) and the Shirt in Apparel. */
export async function startReportStore(): Promise<{ t: TestApp; store: ReportStore }> {
  const { t, store } = await startOrderStore();
  const admin = store.admin.client;
  const rate = (
    await admin.ok(TAX_RATE_CREATE, { input: { country: 'US', taxClass: 'STANDARD', rate: '10' } })
  ).taxRateCreate;
  expect(rate.errors).toEqual([]);
  const cap = await variant(admin, 'Report Cap', '12.99', 100);
  const category = async (name: string, parentId?: string) => {
    const made = (await admin.ok(CATEGORY_CREATE, { input: { name, ...(parentId ? { parentId } : {}) } }))
      .categoryCreate;
    expect(made.errors).toEqual([]);
    return made.category!.id;
  };
  const apparel = await category('Report Apparel');
  const hats = await category('Report Hats', apparel);
  for (const [productId, categoryIds] of [
    [store.shirt.productId, [apparel]],
    [cap.productId, [hats]],
  ] as [string, string[]][]) {
    const updated = (await admin.ok(PRODUCT_CATEGORIES, { input: { id: productId, categoryIds } }))
      .productUpdate;
    expect(updated.errors).toEqual([]);
  }
  return { t, store: { ...store, cap, apparel, hats } };
}

async function refund(store: Store, orderId: string, t: TestApp, amount: string | null) {
  const [payment] = await paymentsOf(t, orderId);
  const done = (await store.admin.client.ok(REFUND, { input: { paymentId: payment!.id, amount } }))
    .paymentRefund;
  expect(done.errors).toEqual([]);
}

/**
 * Card and cash-on-delivery sales, a coupon, partial and full refunds, a cancellation after payment, a
 * cash order cancelled after confirmation, a return, and orders that never became sales (cancelled
 * before payment, expired).
 */
export async function buildScenario(t: TestApp, store: ReportStore): Promise<Scenario> {
  const customer = await newCustomer(t);
  const other = await newCustomer(t);
  const coupon = `REPORT${Math.floor(Math.random() * 1e6)}`;
  await createCoupon(store, coupon);
  const orders: Scenario['orders'] = {};
  const { shirt, mug, cap } = store;
  orders.coupon = await placeOrder(
    customer,
    [
      { variant: shirt, quantity: 2 },
      { variant: mug, quantity: 1 },
    ],
    { coupon },
  );
  orders.partial = await placeOrder(other, [
    { variant: cap, quantity: 1 },
    { variant: mug, quantity: 3 },
  ]);
  await refund(store, orders.partial.id, t, '3.33');
  orders.full = await placeOrder(customer, [{ variant: shirt, quantity: 1 }]);
  await refund(store, orders.full.id, t, null);
  orders.cancelledPaid = await placeOrder(other, [{ variant: mug, quantity: 1 }]);
  const cancel = async (client: SignedIn['client'], orderId: string) => {
    const done = (await client.ok(CANCEL, { input: { orderId } })).orderCancel;
    expect(done.errors).toEqual([]);
  };
  await cancel(other.client, orders.cancelledPaid.id);
  orders.codCancelled = await placeOrder(customer, [{ variant: cap, quantity: 2 }], {
    paymentMethod: 'CASH_ON_DELIVERY',
  });
  await cancel(store.admin.client, orders.codCancelled.id);
  orders.codCollected = await placeOrder(other, [{ variant: shirt, quantity: 1 }], {
    paymentMethod: 'CASH_ON_DELIVERY',
  });
  const collected = (
    await store.admin.client.ok(MARK_COLLECTED, { input: { orderId: orders.codCollected.id } })
  ).paymentMarkCollected;
  expect(collected.errors).toEqual([]);
  orders.neverPaid = await placeOrder(customer, [{ variant: shirt, quantity: 4 }], { card: DECLINED_CARD });
  await cancel(customer.client, orders.neverPaid.id);
  orders.expired = await placeOrder(other, [{ variant: cap, quantity: 5 }], { card: DECLINED_CARD });
  await expireReservation(t, orders.expired.id);
  expect(await sweepExpiredReservations(t.app.context, 10)).toBeGreaterThanOrEqual(1);
  const returned = await deliveredOrder(t, store, customer);
  orders.returned = returned.order;
  const requested = await requestReturn(customer, {
    orderId: returned.order.id,
    reason: 'Too small',
    lines: [{ orderLineId: returned.shirt.id, quantity: 1 }],
  });
  expect(requested.errors).toEqual([]);
  const returnId = requested.return!.id;
  expect((await approveReturn(store, { returnId })).errors).toEqual([]);
  expect((await receiveReturn(store, { returnId })).errors).toEqual([]);
  return { t, store, customer, orders };
}

/**
 * The facts and rollups as reports read them (pending rollups folded first, rollup rows summed over their
 * shards, all-zero sums left out), as JSON texts: equal before and after `rebuildSalesReports` when the
 * incremental writes were exact.
 */
export async function rollupState(db: TestApp['database']['db']) {
  await foldPendingRollups(db);
  const q = async (query: ReturnType<typeof sql>) => {
    const result = (await db.execute(query)) as unknown;
    return JSON.stringify(Array.isArray(result) ? result : (result as { rows: unknown[] }).rows);
  };
  return {
    slots:
      await q(sql`SELECT grain, slot, sum(orders)::int o, sum(units)::int u, sum(gross)::int g, sum(discount)::int d,
      sum(shipping)::int s, sum(tax)::int t, sum(refunds)::int r FROM report_sales_slots GROUP BY grain, slot
      HAVING sum(orders) <> 0 OR sum(units) <> 0 OR sum(gross) <> 0 OR sum(refunds) <> 0 OR sum(tax) <> 0
        OR sum(shipping) <> 0 OR sum(discount) <> 0 ORDER BY grain, slot`),
    products:
      await q(sql`SELECT product_id, grain, slot, sum(units)::int u, sum(gross)::int g, sum(discount)::int d,
      sum(shipping)::int s, sum(tax)::int t, sum(refunds)::int r FROM report_product_slots GROUP BY product_id, grain, slot
      HAVING sum(units) <> 0 OR sum(gross) <> 0 OR sum(refunds) <> 0 OR sum(tax) <> 0 OR sum(shipping) <> 0
        OR sum(discount) <> 0 ORDER BY product_id, grain, slot`),
    categories:
      await q(sql`SELECT category_id, grain, slot, sum(orders)::int o, sum(units)::int u, sum(gross)::int g,
      sum(discount)::int d, sum(shipping)::int s, sum(tax)::int t, sum(refunds)::int r FROM report_category_slots
      GROUP BY category_id, grain, slot
      HAVING sum(orders) <> 0 OR sum(units) <> 0 OR sum(gross) <> 0 OR sum(refunds) <> 0 OR sum(tax) <> 0
        OR sum(shipping) <> 0 OR sum(discount) <> 0 ORDER BY category_id, grain, slot`),
    orders: await q(sql`SELECT * FROM report_order_facts ORDER BY order_id`),
    lines: await q(sql`SELECT * FROM report_line_facts ORDER BY order_line_id`),
    refunds: await q(sql`SELECT * FROM report_refund_facts ORDER BY refund_key, order_line_id`),
  };
}
