import type { DomainModule } from '../graphql/app-context.js';
import type { LoaderFactories } from '../graphql/loaders.js';
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
import { returnsModule } from './returns/returns.module.js';
import { shippingModule } from './shipping/shipping.module.js';
import { webhookModule } from './webhook/webhook.module.js';
import { wishlistModule } from './wishlist/wishlist.module.js';

/**
 * The composition root's list of domains: the one place that knows them all. The shared kernel
 * (src/graphql, src/db, src/http) gets what it needs from here as arguments.
 */
export const domainModules: readonly DomainModule[] = [
  accountModule,
  notificationModule,
  catalogModule,
  promotionModule,
  shippingModule,
  addressModule,
  cartModule,
  wishlistModule,
  checkoutModule,
  orderModule,
  fulfillmentModule,
  webhookModule,
  returnsModule,
  paymentModule,
  pricingModule,
];

for (const module of domainModules) module.wire?.();

/** Every domain's type-graphql resolvers. */
export const resolvers = domainModules.flatMap((module) => module.resolvers);

/** Every domain's DataLoader groups: each name on `ctx.loaders` comes from exactly one domain. */
export const loaderFactories = Object.assign(
  {},
  ...domainModules.map((module) => module.loaders ?? {}),
) as LoaderFactories;

/** The store's executable schema (built once per process). */
export const buildStoreSchema = () => buildAppSchema(resolvers);
