import type { Router } from 'express';
import type { Registry } from 'prom-client';
import type { AppContext, BackgroundTask } from '../graphql/app-context.js';
import type { DomainModule } from '../graphql/domain-module.js';
import { Housekeeping } from '../graphql/housekeeping.js';
import type { LoaderFactories } from '../graphql/loaders.js';
import { completeNodeInterface } from '../graphql/node.js';
import { nodeResolver } from '../graphql/node.resolver.js';
import { buildAppSchema } from '../graphql/schema.js';
import { accountModule } from './account/account.module.js';
import { addressModule } from './address/address.module.js';
import { cartModule } from './cart/cart.module.js';
import { catalogModule } from './catalog/catalog.module.js';
import { checkoutModule } from './checkout/checkout.module.js';
import { fulfillmentModule } from './fulfillment/fulfillment.module.js';
import { notificationModule } from './notification/notification.module.js';
import { orderModule } from './order/order.module.js';
import { paymentModule } from './payment/payment.module.js';
import { pricingModule } from './pricing/pricing.module.js';
import { promotionModule } from './promotion/promotion.module.js';
import { reportingModule } from './reporting/reporting.module.js';
import { returnsModule } from './returns/returns.module.js';
import { reviewModule } from './review/review.module.js';
import { shippingModule } from './shipping/shipping.module.js';
import { webhookModule } from './webhook/webhook.module.js';
import { wishlistModule } from './wishlist/wishlist.module.js';

/**
 * The composition root's list of domains: the one place that knows them all. The shared kernel
 * (src/graphql, src/db, src/http) gets what it needs from here as arguments.
 */
export const domainModules: readonly DomainModule[] = [
  // Dependencies first: a module's services may use those of the modules above it.
  pricingModule,
  notificationModule,
  paymentModule,
  accountModule,
  addressModule,
  catalogModule,
  promotionModule,
  shippingModule,
  cartModule,
  wishlistModule,
  orderModule,
  checkoutModule,
  fulfillmentModule,
  returnsModule,
  reviewModule,
  reportingModule,
  webhookModule,
];

for (const module of domainModules) module.wire?.();

/** Every type that implements Node, from its domain. */
export const nodeKinds = domainModules.flatMap((module) => module.nodes ?? []);

/** Every domain's type-graphql resolvers, and the `node`/`nodes` queries over all of their Node types. */
export const resolvers = [...domainModules.flatMap((module) => module.resolvers), nodeResolver(nodeKinds)];

/** Every domain's DataLoader groups: each name on `ctx.loaders` comes from exactly one domain. */
export const loaderFactories = Object.assign(
  {},
  ...domainModules.map((module) => module.loaders ?? {}),
) as LoaderFactories;

/** The store's executable schema (built once per process). */
export async function buildStoreSchema() {
  const schema = await buildAppSchema(resolvers);
  completeNodeInterface(schema, nodeKinds);
  return schema;
}

/**
 * Adds every module's long-lived services to `app`, in module order. A service given in `given`
 * replaces the module's own (tests inject payment providers) and is what later modules see.
 */
export function provideServices(app: AppContext, given: Partial<AppContext> = {}): void {
  for (const module of domainModules) Object.assign(app, module.services?.(app), given);
  app.housekeeping = new Housekeeping(
    domainModules.flatMap((module) => module.purges?.(app) ?? []),
    {
      db: app.db,
      logger: app.logger,
      intervalMs: app.config.housekeeping.intervalSeconds * 1000,
      batchSize: app.config.housekeeping.batchSize,
    },
  );
}

/** What every module runs once per start, before serving. */
export async function runStartHooks(app: AppContext): Promise<void> {
  for (const module of domainModules) await module.onStart?.(app);
}

/** Every module's background tasks, in module order (started in this order, stopped in reverse). */
export function backgroundTasks(app: AppContext): BackgroundTask[] {
  const { housekeeping } = app;
  const tasks = [
    ...domainModules.flatMap((module) => module.tasks?.(app) ?? []),
    // Every domain's purges, one pass at a time (README "Housekeeping").
    { name: 'housekeeping', start: () => housekeeping.start(), stop: () => housekeeping.stop() },
  ];
  const names = tasks.map((task) => task.name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) throw new Error(`two background tasks are named ${repeated}`);
  return tasks;
}

/** Mounts every module's HTTP routes outside /graphql (before any body parser). */
export function mountDomainRoutes(router: Router, app: AppContext): void {
  for (const module of domainModules) module.routes?.(router, app);
}

/** Every module's metrics, on the instance's registry (only when metrics are on). */
export function registerDomainMetrics(registry: Registry, app: AppContext): void {
  for (const module of domainModules) module.metrics?.(registry, app);
  app.housekeeping.registerMetrics(registry);
}
