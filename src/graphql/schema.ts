import 'reflect-metadata';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../modules/account/account.resolver.js';
import { UsersResolver } from '../modules/account/users.resolver.js';
import {
  AddressDeletePayloadResolver,
  AddressPayloadResolver,
  AddressResolver,
} from '../modules/address/address.resolver.js';
import { CartLinePayloadResolver, CartResolver } from '../modules/cart/cart.resolver.js';
import { CatalogAdminResolver } from '../modules/catalog/catalog-admin.resolver.js';
import { CategoryResolver } from '../modules/catalog/category.resolver.js';
import { ProductResolver, ProductVariantResolver } from '../modules/catalog/product.resolver.js';
import { NotificationResolver } from '../modules/notification/notification.resolver.js';
import { PromotionResolver } from '../modules/promotion/promotion.resolver.js';
import { ShippingAdminResolver } from '../modules/shipping/shipping.resolver.js';
import {
  WishlistMoveToCartPayloadResolver,
  WishlistResolver,
} from '../modules/wishlist/wishlist.resolver.js';
import { applyAuthDirective } from './auth-directive.js';
import './roles.js';
import { scalarsMap } from './scalars.js';

/** Every resolver of every domain; a new domain adds its resolvers here. */
const resolvers = [
  AccountResolver,
  UsersResolver,
  NotificationResolver,
  ProductResolver,
  ProductVariantResolver,
  CategoryResolver,
  CatalogAdminResolver,
  PromotionResolver,
  ShippingAdminResolver,
  AddressResolver,
  AddressPayloadResolver,
  AddressDeletePayloadResolver,
  CartResolver,
  CartLinePayloadResolver,
  WishlistResolver,
  WishlistMoveToCartPayloadResolver,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** The executable schema with `@auth` enforced. Built once per process. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({ resolvers: [...resolvers], scalarsMap, validate: false }).then(applyAuthDirective);
  return cached;
}

/** The SDL checked in as schema.graphql: sorted, with directive definitions and their uses. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchemaWithDirectives(lexicographicSortSchema(schema))}\n`;
}
