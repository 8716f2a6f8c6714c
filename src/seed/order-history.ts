import { randomBytes } from 'node:crypto';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../graphql/app-context.js';
import { normalizeEmail, validateEmail, validateName } from '../modules/account/account.rules.js';
import { users } from '../modules/account/account.tables.js';
import { hashPassword } from '../modules/account/password-hashing.js';
import { createAdmin } from '../modules/account/users.service.js';
import { products, variants } from '../modules/catalog/catalog.tables.js';
import { createCoupon } from '../modules/promotion/coupon.service.js';
import { rebuildSalesReports } from '../modules/reporting/rebuild.js';
import { shippingMethods } from '../modules/shipping/shipping.tables.js';
import { seedDemoCatalog } from './demo-catalog.js';
import { seedDemoShippingAndTax } from './demo-shipping.js';
import { backdateCustomers, backdateOrders } from './order-history-backdate.js';
import {
  HISTORY_COUPONS,
  HISTORY_EMAIL_DOMAIN,
  type PlannedOrder,
  planCustomer,
  planOrders,
} from './order-history-plan.js';
import {
  type PlacedOrder,
  placePlannedOrder,
  type SellableVariant,
  seedContext,
} from './order-history-steps.js';

/**
 * `npm run seed -- --orders N --days D`: a deterministic order history. The history seeder places orders
 * through the services, then moves their timestamps into the past and rebuilds the report rollups:
 *
 * 1. a catalog (the demo catalog when the database has none), the demo shipping methods and tax rates,
 *    two coupons and an administrator (the first one, or a new one) who ships, refunds and restocks;
 * 2. customers, checked by the account rules, with one bcrypt hash computed once for all of them (their
 *    password is the one printed; hashing 20,000 passwords one by one would be most of the time);
 * 3. the plan (order-history-plan.ts), carried out in batches: each order through cart -> checkout ->
 *    order transitions, shipments, refunds and returns (order-history-steps.ts), with a small pool of
 *    workers on PostgreSQL (a customer's orders always on the same worker: one cart each), restocking
 *    through the inventory service before an order that would run out (stock = sum of the ledger);
 * 4. after each batch its rows are moved to their planned instants (order-history-backdate.ts); at the
 *    end the customers' sign-up dates, and `rebuildSalesReports`: facts and rollups from the moved rows.
 */

export interface OrderHistoryOptions {
  orders: number;
  days: number;
  seed?: number;
  /** Default: one customer per 8 orders (at least 10). */
  customers?: number;
  now?: Date;
  /** Orders in flight at once (default 4 on PostgreSQL, 1 on PGlite). */
  concurrency?: number;
  /** Orders per backdated batch (default 400). */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  log?: (line: string) => void;
}

export interface OrderHistoryResult {
  orders: number;
  lines: number;
  refunds: number;
  customers: number;
  catalogSeeded: boolean;
  ms: number;
  /** Customers' password (every seeded customer shares it). */
  password: string;
}

export const HISTORY_PASSWORD = 'history-shopper-1';

async function ensureCatalog(app: AppContext, seed: number, log: (line: string) => void): Promise<boolean> {
  const { db } = app;
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(products);
  const seeded = n === 0;
  if (seeded) {
    const result = await seedDemoCatalog(db, { products: 200, seed, images: false });
    log(`no products: seeded the demo catalog (${result.products} products, ${result.variants} variants)`);
  }
  const [standard] = await db
    .select({ id: shippingMethods.id })
    .from(shippingMethods)
    .where(eq(shippingMethods.code, 'STANDARD'));
  if (seeded || !standard) await seedDemoShippingAndTax(db);
  return seeded;
}

async function ensureAdmin(app: AppContext): Promise<string> {
  const [existing] = await app.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.role, 'ADMIN'))
    .orderBy(asc(users.createdAt))
    .limit(1);
  if (existing) return existing.id;
  const made = await createAdmin(app.db, app.config.bcryptCost, {
    email: `history-admin@${HISTORY_EMAIL_DOMAIN}`,
    // Random, never printed (nobody signs in as it); 'a1' because a random string may lack a letter or
    // a digit, which the password rules refuse (about one in sixty lacked a digit; a CI run failed on it).
    password: `${randomBytes(18).toString('base64url')}a1`,
    name: 'History Admin',
  });
  if (!made.created) throw new Error(`could not create the seeding administrator: ${made.reason}`);
  return made.user.id;
}

async function ensureCoupons(app: AppContext, adminId: string): Promise<void> {
  const admin = seedContext(app, adminId, 'ADMIN');
  for (const coupon of HISTORY_COUPONS) {
    const made = await createCoupon(admin, { ...coupon });
    if (made.errors.some((e) => e.code !== 'CODE_TAKEN'))
      throw new Error(`coupon ${coupon.code}: ${made.errors[0]?.message}`);
  }
}

/** Sellable variants (ACTIVE products, priced), by SKU: the plan's variant indexes point here. */
async function sellableVariants(app: AppContext): Promise<SellableVariant[]> {
  return app.db
    .select({ id: variants.id, price: variants.price })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(and(eq(products.status, 'ACTIVE')))
    .orderBy(asc(variants.sku));
}

/** The customers by index, created where missing (a second run with the same seed reuses them). */
async function ensureCustomers(app: AppContext, seed: number, total: number): Promise<string[]> {
  const passwordHash = await hashPassword(HISTORY_PASSWORD, app.config.bcryptCost);
  const ids: string[] = [];
  for (let from = 0; from < total; from += 1000) {
    const planned = Array.from({ length: Math.min(1000, total - from) }, (_, i) =>
      planCustomer(seed, from + i),
    );
    const rows = planned.map((c) => {
      const email = normalizeEmail(c.email);
      const problems = [...validateEmail(email, ['email']), ...validateName(c.name, ['name'])];
      if (problems.length > 0) throw new Error(`customer ${email}: ${problems[0]?.message}`);
      return { email, name: c.name, passwordHash, role: 'CUSTOMER' as const, emailVerifiedAt: new Date() };
    });
    await app.db.insert(users).values(rows).onConflictDoNothing();
    const found = await app.db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(
        inArray(
          users.email,
          rows.map((r) => r.email),
        ),
      );
    const byEmail = new Map(found.map((u) => [u.email, u.id]));
    for (const row of rows) ids.push(byEmail.get(row.email) as string);
  }
  return ids;
}

export async function seedOrderHistory(
  app: AppContext,
  options: OrderHistoryOptions,
): Promise<OrderHistoryResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const seed = options.seed ?? 1;
  const customers = options.customers ?? Math.max(10, Math.round(options.orders / 8));
  const concurrency = options.concurrency ?? (app.database.kind === 'postgres' ? 4 : 1);
  const batchSize = options.batchSize ?? 400;
  const runId = randomBytes(4).toString('hex');

  const catalogSeeded = await ensureCatalog(app, seed, log);
  const adminId = await ensureAdmin(app);
  await ensureCoupons(app, adminId);
  const sellable = await sellableVariants(app);
  if (sellable.length === 0) throw new Error('the catalog has no variant of an ACTIVE product to sell');
  const customerIds = await ensureCustomers(app, seed, customers);
  const plan = planOrders({
    seed,
    orders: options.orders,
    days: options.days,
    customers,
    variants: sellable.length,
    now: options.now ?? new Date(),
  });
  log(
    `${customers} customers, ${sellable.length} sellable variants; placing ${plan.length} orders (${concurrency} at a time)...`,
  );

  const result: OrderHistoryResult = {
    orders: 0,
    lines: 0,
    refunds: 0,
    customers,
    catalogSeeded,
    ms: 0,
    password: HISTORY_PASSWORD,
  };
  for (let from = 0; from < plan.length; from += batchSize) {
    const batch = plan.slice(from, from + batchSize);
    // A customer's orders on one worker, in time order: their cart is never shared between two checkouts.
    const lanes: PlannedOrder[][] = Array.from({ length: concurrency }, () => []);
    for (const order of batch) lanes[order.customer % concurrency]?.push(order);
    const placed: PlacedOrder[] = [];
    await Promise.all(
      lanes.map(async (lane) => {
        for (const order of lane) {
          const customer = {
            ...planCustomer(seed, order.customer),
            userId: customerIds[order.customer] as string,
          };
          placed.push(await placePlannedOrder(app, order, customer, sellable, adminId, runId));
        }
      }),
    );
    await backdateOrders(app.db, placed);
    for (const order of placed) {
      result.orders += 1;
      result.lines += order.lines;
      result.refunds += order.refunds;
    }
    options.onProgress?.(result.orders, plan.length);
  }
  await backdateCustomers(app.db);
  const rebuilt = await rebuildSalesReports(app.db);
  log(`report facts and rollups rebuilt from the backdated rows (${rebuilt.orders} orders)`);
  result.ms = Math.round(performance.now() - started);
  return result;
}
