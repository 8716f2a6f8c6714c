import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money, money } from '../../graphql/money.js';
import { Node } from '../../graphql/node.js';
import { Product, toProduct } from '../catalog/product.types.js';
import { ProductVariant, toVariant } from '../catalog/variant.types.js';
import type { CartLineView } from './cart-view.js';

@ObjectType({
  implements: Node,
  description: 'One variant in the cart with its quantity and amounts (tax-exclusive prices).',
})
export class CartLine {
  @Field(() => ID, { description: 'Id of the line, for cartUpdateItem / cartRemoveItem.' })
  id!: string;

  @Field(() => ProductVariant, { description: 'The variant in the cart (current price and stock).' })
  variant!: ProductVariant;

  @Field(() => Product, {
    description: 'The product of the variant (images, slug, categories...), whatever its status now.',
  })
  product!: Product;

  @Field(() => Int, { description: 'Units of the variant, 1 to 999.' })
  quantity!: number;

  @Field(() => Money, { description: 'Current unit price before tax: what the line is priced at.' })
  unitPrice!: Money;

  @Field(() => Money, {
    description:
      'The unit price when the shopper last added or changed the line; differs from unitPrice with a PRICE_CHANGED warning.',
  })
  unitPriceWhenAdded!: Money;

  @Field(() => Money, {
    description: 'unitPrice × quantity, before discount and tax (as OrderLine.subtotal).',
  })
  subtotal!: Money;

  @Field(() => Money, { description: "This line's share of the coupon discount." })
  discount!: Money;

  @Field(() => Money, {
    description: "Tax on (subtotal − discount) at the destination's rate for the product's tax class.",
  })
  tax!: Money;

  @Field(() => Money, { description: 'subtotal − discount + tax.' })
  total!: Money;

  @Field(() => Date, { description: 'When the variant was first added to the cart.' })
  addedAt!: Date;
}

export function toCartLine(line: CartLineView, currency: string): CartLine {
  return Object.assign(new CartLine(), {
    id: line.id,
    variant: toVariant(line.variant, currency),
    product: toProduct(line.product),
    quantity: line.quantity,
    unitPrice: money(line.unitPrice, currency),
    unitPriceWhenAdded: money(line.unitPriceSeen, currency),
    subtotal: money(line.subtotal, currency),
    discount: money(line.discount, currency),
    tax: money(line.tax, currency),
    total: money(line.total, currency),
    addedAt: line.createdAt,
  });
}
