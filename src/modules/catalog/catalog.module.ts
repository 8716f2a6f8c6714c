import type { DomainModule } from '../../graphql/domain-module.js';
import { createCatalogLoaders } from './catalog.loaders.js';
import { catalogNodes } from './catalog.nodes.js';
import { CatalogAdminResolver } from './catalog-admin.resolver.js';
import { CategoryResolver } from './category.resolver.js';
import { ProductResolver, ProductVariantResolver } from './product.resolver.js';

/** What the catalog domain contributes to the server (collected by src/modules/index.ts). */
export const catalogModule: DomainModule = {
  name: 'catalog',
  resolvers: [ProductResolver, ProductVariantResolver, CategoryResolver, CatalogAdminResolver],
  nodes: catalogNodes,
  loaders: { catalog: createCatalogLoaders },
};
