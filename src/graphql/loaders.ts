import type { Database } from '../db/client.js';
import { type AccountLoaders, createAccountLoaders } from '../modules/account/account.loaders.js';
import { type CatalogLoaders, createCatalogLoaders } from '../modules/catalog/catalog.loaders.js';
import {
  createFulfillmentLoaders,
  type FulfillmentLoaders,
} from '../modules/fulfillment/fulfillment.loaders.js';
import { createOrderLoaders, type OrderLoaders } from '../modules/order/order.loaders.js';
import { createRefundLoaders, type RefundLoaders } from '../modules/order/refund.loaders.js';
import { createReturnLoaders, type ReturnLoaders } from '../modules/returns/returns.loaders.js';

/** Per-request DataLoaders of every domain, created on first use. */
export interface Loaders {
  readonly account: AccountLoaders;
  readonly catalog: CatalogLoaders;
  readonly order: OrderLoaders;
  readonly fulfillment: FulfillmentLoaders;
  readonly refund: RefundLoaders;
  readonly returns: ReturnLoaders;
}

export function createLoaders(db: Database): Loaders {
  let account: AccountLoaders | undefined;
  let catalog: CatalogLoaders | undefined;
  let order: OrderLoaders | undefined;
  let fulfillment: FulfillmentLoaders | undefined;
  let refund: RefundLoaders | undefined;
  let returns: ReturnLoaders | undefined;
  return {
    get account() {
      account ??= createAccountLoaders(db);
      return account;
    },
    get catalog() {
      catalog ??= createCatalogLoaders(db);
      return catalog;
    },
    get order() {
      order ??= createOrderLoaders(db);
      return order;
    },
    get fulfillment() {
      fulfillment ??= createFulfillmentLoaders(db);
      return fulfillment;
    },
    get refund() {
      refund ??= createRefundLoaders(db);
      return refund;
    },
    get returns() {
      returns ??= createReturnLoaders(db);
      return returns;
    },
  };
}
