import type { DomainModule } from '../../graphql/app-context.js';
import { createCatalogLoaders } from './catalog.loaders.js';
import { CatalogAdminResolver } from './catalog-admin.resolver.js';
import { CategoryResolver } from './category.resolver.js';
import { ProductResolver, ProductVariantResolver } from './product.resolver.js';

/** What the catalog domain contributes to the server (collected by src/modules/index.ts). */
export const catalogModule: DomainModule = {
  name: 'catalog',
  resolvers: [ProductResolver, ProductVariantResolver, CategoryResolver, CatalogAdminResolver],
  loaders: { catalog: createCatalogLoaders },
};
