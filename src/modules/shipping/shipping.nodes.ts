import { adminOnlyNode, type NodeKind } from '../../graphql/node.js';
import { type ShippingMethodRow, shippingMethods, type TaxRateRow, taxRates } from './shipping.tables.js';
import { toShippingMethod, toTaxRate } from './shipping.types.js';

/**
 * The shipping domain's Node types, seen by administrators only (as `shippingMethods` and
 * `taxRates`); shoppers see the methods a cart can use through `Cart.availableShippingMethods`.
 */
export const shippingNodes: NodeKind[] = [
  adminOnlyNode<ShippingMethodRow>('ShippingMethod', shippingMethods, shippingMethods.id, (ctx, rows) =>
    rows.map((row) => toShippingMethod(row, ctx.app.config.storeCurrency)),
  ),
  adminOnlyNode<TaxRateRow>('TaxRate', taxRates, taxRates.id, (_ctx, rows) => rows.map(toTaxRate)),
];
