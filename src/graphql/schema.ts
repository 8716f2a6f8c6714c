import 'reflect-metadata';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isObjectType,
  lexicographicSortSchema,
} from 'graphql';
import { buildSchema, getMetadataStorage, type PubSub } from 'type-graphql';
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
import { CheckoutResolver } from '../modules/checkout/checkout.resolver.js';
import {
  FulfillmentResolver,
  OrderShipmentsResolver,
  ShipmentResolver,
} from '../modules/fulfillment/fulfillment.resolver.js';
import { NotificationResolver } from '../modules/notification/notification.resolver.js';
import { OrderResolver, PaymentResolver } from '../modules/order/order.resolver.js';
import { OrderTransitionsResolver } from '../modules/order/order-admin.resolver.js';
import { OrderSubscriptionResolver } from '../modules/order/order-subscription.resolver.js';
import { OrderRefundsResolver, PaymentRefundResolver } from '../modules/order/refund.resolver.js';
import { PromotionResolver } from '../modules/promotion/promotion.resolver.js';
import {
  OrderReturnsResolver,
  ReturnLineResolver,
  ReturnResolver,
} from '../modules/returns/returns.resolver.js';
import { ShippingAdminResolver } from '../modules/shipping/shipping.resolver.js';
import { WebhookResolver } from '../modules/webhook/webhook.resolver.js';
import {
  WishlistMoveToCartPayloadResolver,
  WishlistResolver,
} from '../modules/wishlist/wishlist.resolver.js';
import { applyAuthDirective } from './auth-directive.js';
import { callFieldResolversDirectly } from './direct-field-resolvers.js';
import { isLazyField } from './lazy-field.js';
import { describeMaxItems } from './max-items.js';
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
  CheckoutResolver,
  OrderResolver,
  PaymentResolver,
  OrderTransitionsResolver,
  FulfillmentResolver,
  OrderShipmentsResolver,
  ShipmentResolver,
  WebhookResolver,
  PaymentRefundResolver,
  OrderRefundsResolver,
  ReturnResolver,
  ReturnLineResolver,
  OrderReturnsResolver,
  OrderSubscriptionResolver,
] as const;

/**
 * type-graphql insists on a PubSub once a schema has subscriptions, though ours bring their own
 * `subscribe` (fed by PostgreSQL LISTEN/NOTIFY, see order-event-hub.ts) and never use topics.
 */
const noTopicsPubSub: PubSub = {
  publish() {
    throw new Error('Subscriptions use their own subscribe function, not type-graphql topics');
  },
  subscribe() {
    throw new Error('Subscriptions use their own subscribe function, not type-graphql topics');
  },
};

let cached: Promise<GraphQLSchema> | undefined;

const readProperty: GraphQLFieldResolver<Record<string, unknown>, unknown> = (
  source,
  _args,
  _context,
  info,
) => source[info.fieldName];

/** The executable schema with `@auth` enforced. Built once per process. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= (async () => {
    // Plain fields have no resolver at all: graphql-jit then compiles each to a property read
    // inside the parent's object literal. With a resolver, even a one-line one, it generated a
    // call per field with closures, a response path and a resolve info: about 1 MB of garbage per
    // products page (20 cards) and a fifth of its CPU. type-graphql's per-field wrappers go too
    // (they only serve middlewares and its auth checker; we use neither: `@auth` is a schema
    // directive). Field resolver methods keep theirs, and a plain field whose value may be a
    // promise (`@LazyField()`) reads its property through a resolver, so graphql-jit awaits it.
    for (const type of getMetadataStorage().objectTypes) type.simpleResolvers ??= true;
    const schema = await buildSchema({
      resolvers: [...resolvers],
      scalarsMap,
      validate: false,
      pubSub: noTopicsPubSub,
    });
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.resolve && isLazyField(field.extensions)) field.resolve = readProperty;
      }
    }
    callFieldResolversDirectly(schema, resolvers);
    const withAuth = applyAuthDirective(schema);
    describeMaxItems(withAuth);
    return withAuth;
  })();
  return cached;
}

/** The SDL checked in as schema.graphql: sorted, with directive definitions and their uses. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchemaWithDirectives(lexicographicSortSchema(schema))}\n`;
}
