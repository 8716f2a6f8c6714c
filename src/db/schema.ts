/** Every Drizzle table of every domain, for the query builder and for drizzle-kit. */
export * from '../modules/account/account.tables.js';
export * from '../modules/address/address.tables.js';
export * from '../modules/cart/cart.tables.js';
export * from '../modules/catalog/catalog.tables.js';
export * from '../modules/fulfillment/fulfillment.tables.js';
export * from '../modules/notification/notification.tables.js';
export * from '../modules/order/order.tables.js';
export * from '../modules/promotion/promotion.tables.js';
export * from '../modules/returns/returns.tables.js';
export * from '../modules/shipping/shipping.tables.js';
export * from '../modules/webhook/webhook.tables.js';
export * from '../modules/wishlist/wishlist.tables.js';
