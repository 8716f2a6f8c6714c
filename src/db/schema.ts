/** Every Drizzle table of every domain, for the query builder and for drizzle-kit. */
export * from '../modules/account/account.tables.js';
export * from '../modules/catalog/catalog.tables.js';
export * from '../modules/notification/notification.tables.js';
