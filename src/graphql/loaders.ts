import type { Database } from '../db/client.js';

/**
 * Per-request DataLoaders, one group per domain (`ctx.loaders.catalog`, `ctx.loaders.order`…).
 * Empty here: each domain adds its group to this interface by declaration merging, next to its
 * loaders, so the shared kernel names no domain:
 *
 * ```ts
 * declare module '../../graphql/loaders.js' {
 *   interface Loaders { catalog: CatalogLoaders }
 * }
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the domains' declaration merging.
export interface Loaders {}

/** How each group is made; the composition root (src/modules/index.ts) collects every domain's. */
export type LoaderFactories = { readonly [K in keyof Loaders]: (db: Database) => Loaders[K] };

/**
 * Makes the loaders of one request, each group created on first use. The getters are set up once
 * on a prototype, so a request only allocates the groups it touches.
 */
export function loadersMaker(factories: LoaderFactories): (db: Database) => Loaders {
  class RequestLoaders {
    readonly groups: Record<string, unknown> = {};
    constructor(readonly db: Database) {}
  }
  for (const [name, create] of Object.entries(factories) as [string, (db: Database) => unknown][]) {
    Object.defineProperty(RequestLoaders.prototype, name, {
      enumerable: true,
      get(this: RequestLoaders) {
        this.groups[name] ??= create(this.db);
        return this.groups[name];
      },
    });
  }
  return (db) => new RequestLoaders(db) as unknown as Loaders;
}
