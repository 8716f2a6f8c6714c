import type { DomainModule } from '../../graphql/domain-module.js';
import { createCatalogLoaders } from './catalog.loaders.js';
import { catalogNodes } from './catalog.nodes.js';
import { CatalogAdminResolver } from './catalog-admin.resolver.js';
import { catalogPurges } from './catalog-facets.purges.js';
import { CategoryResolver } from './category.resolver.js';
import { FacetIndex } from './facet-index.js';
import { ProductResolver, ProductVariantResolver } from './product.resolver.js';
import { pendingUnitsSoldFolder } from './units-sold.js';

/** What the catalog domain contributes to the server (collected by src/modules/index.ts). */
export const catalogModule: DomainModule = {
  name: 'catalog',
  resolvers: [ProductResolver, ProductVariantResolver, CategoryResolver, CatalogAdminResolver],
  nodes: catalogNodes,
  loaders: { catalog: createCatalogLoaders },
  // Facet counts of listings without a text query come from this instance's in-process index.
  services: ({ logger }) => ({ facetIndex: new FacetIndex(logger) }),
  // The facet change log only needs its recent rows (an idle index rebuilds).
  purges: () => catalogPurges(),
  tasks: ({ db, logger }) => {
    const folder = pendingUnitsSoldFolder(db, logger);
    return [{ name: 'units-sold-fold', start: () => folder.start(), stop: () => folder.stop() }];
  },
};
