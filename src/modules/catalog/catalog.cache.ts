/**
 * How long anonymous catalog answers may be served from the response cache and by CDNs
 * (src/graphql/cache-control.ts, README "Response cache"). The server's cache drops them at once
 * when the catalog changes (the triggers of migration 0010 notify every instance at commit); a CDN
 * cannot be told, so these are also the longest a CDN may show a changed product.
 */
export const CATALOG_MAX_AGE = 60;
/**
 * Figures that move with every sale without invalidating anything (a variant's exact stock count, a
 * product's units sold, hence the POPULARITY order): answers showing them are served this long at
 * most. A variant selling out or coming back does invalidate (inStock, in-stock filters and facets).
 */
export const SALES_MAX_AGE = 10;
