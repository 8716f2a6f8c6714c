import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { ListSize } from '../../graphql/cost/cost-annotations.js';
import { badUserInput } from '../../graphql/errors.js';
import { normalizeCountryCode } from '../address/countries.js';
import { DeleteInput } from '../catalog/catalog-inputs.types.js';
import { DeletePayload } from '../catalog/catalog-payloads.types.js';
import * as shipping from './shipping.service.js';
import {
  ShippingMethod,
  ShippingMethodCreateInput,
  ShippingMethodFilterInput,
  ShippingMethodPayload,
  ShippingMethodUpdateInput,
  TaxRate,
  TaxRateCreateInput,
  TaxRateFilterInput,
  TaxRatePayload,
  TaxRateUpdateInput,
  toShippingMethod,
  toTaxRate,
} from './shipping.types.js';
import * as tax from './tax.service.js';

/** Administration of shipping methods and tax rates. Admin only; shoppers see methods through their cart. */
@Resolver()
export class ShippingAdminResolver {
  @Auth('ADMIN')
  @Query(() => [ShippingMethod], {
    description: 'Shipping methods in display order (position, then price, then code). Admin only.',
  })
  async shippingMethods(
    @Arg('filter', () => ShippingMethodFilterInput, {
      nullable: true,
      description: 'Narrows the list; omitted: every method, active or not.',
    })
    filter: ShippingMethodFilterInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ShippingMethod[]> {
    const currency = ctx.app.config.storeCurrency;
    return (await shipping.listShippingMethods(ctx, filter?.active ?? null)).map((row) =>
      toShippingMethod(row, currency),
    );
  }

  @Auth('ADMIN')
  @Mutation(() => ShippingMethodPayload, {
    description:
      'Creates a shipping method. Errors: INVALID_INPUT, INVALID_PRICE, INVALID_COUNTRY, CODE_TAKEN; nothing is ' +
      'saved on errors.',
  })
  async shippingMethodCreate(
    @Arg('input', () => ShippingMethodCreateInput, { description: 'The new method.' })
    input: ShippingMethodCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ShippingMethodPayload> {
    return this.methodPayload(ctx, await shipping.createShippingMethod(ctx, input));
  }

  @Auth('ADMIN')
  @Mutation(() => ShippingMethodPayload, {
    description:
      'Changes a shipping method; omitted fields stay as they are. Errors as for shippingMethodCreate, plus ' +
      'NOT_FOUND; nothing changes on errors.',
  })
  async shippingMethodUpdate(
    @Arg('input', () => ShippingMethodUpdateInput, { description: 'The method and its changes.' })
    input: ShippingMethodUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ShippingMethodPayload> {
    return this.methodPayload(ctx, await shipping.updateShippingMethod(ctx, input));
  }

  @Auth('ADMIN')
  @Mutation(() => DeletePayload, {
    description:
      'Deletes a shipping method (deactivate it to keep it for later). Carts that chose it see it as unavailable. ' +
      'Errors: NOT_FOUND.',
  })
  async shippingMethodDelete(
    @Arg('input', () => DeleteInput, { description: 'The method to delete.' }) input: DeleteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeletePayload> {
    return Object.assign(new DeletePayload(), await shipping.deleteShippingMethod(ctx, input.id));
  }

  @Auth('ADMIN')
  @ListSize(100)
  @Query(() => [TaxRate], {
    description:
      'Tax rates by country, country-wide rates before regional ones, then by tax class. Admin only. ' +
      'A destination and class without a rate is taxed at 0 %.',
  })
  async taxRates(
    @Arg('filter', () => TaxRateFilterInput, {
      nullable: true,
      description: 'Narrows the list; omitted: every rate.',
    })
    filter: TaxRateFilterInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<TaxRate[]> {
    const country = filter?.country ?? null;
    let code: string | null = null;
    if (country != null) {
      code = normalizeCountryCode(country);
      if (!code)
        throw badUserInput('country must be an ISO 3166-1 alpha-2 code such as US or DE.', 'filter.country');
    }
    return (await tax.listTaxRates(ctx, code)).map(toTaxRate);
  }

  @Auth('ADMIN')
  @Mutation(() => TaxRatePayload, {
    description:
      'Creates a tax rate for a country (or one of its regions) and a tax class. Errors: INVALID_COUNTRY, ' +
      'INVALID_INPUT, TAX_RATE_EXISTS; nothing is saved on errors.',
  })
  async taxRateCreate(
    @Arg('input', () => TaxRateCreateInput, { description: 'The new rate.' }) input: TaxRateCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TaxRatePayload> {
    return this.ratePayload(await tax.createTaxRate(ctx, input));
  }

  @Auth('ADMIN')
  @Mutation(() => TaxRatePayload, {
    description:
      'Changes a tax rate; omitted fields stay as they are. Errors as for taxRateCreate, plus NOT_FOUND; ' +
      'nothing changes on errors.',
  })
  async taxRateUpdate(
    @Arg('input', () => TaxRateUpdateInput, { description: 'The rate and its changes.' })
    input: TaxRateUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TaxRatePayload> {
    return this.ratePayload(await tax.updateTaxRate(ctx, input));
  }

  @Auth('ADMIN')
  @Mutation(() => DeletePayload, {
    description:
      'Deletes a tax rate: its destination and class fall back as if it never existed. Errors: NOT_FOUND.',
  })
  async taxRateDelete(
    @Arg('input', () => DeleteInput, { description: 'The rate to delete.' }) input: DeleteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeletePayload> {
    return Object.assign(new DeletePayload(), await tax.deleteTaxRate(ctx, input.id));
  }

  private methodPayload(ctx: RequestContext, result: shipping.ShippingMethodResult): ShippingMethodPayload {
    return Object.assign(new ShippingMethodPayload(), {
      errors: result.errors,
      shippingMethod:
        result.shippingMethod && toShippingMethod(result.shippingMethod, ctx.app.config.storeCurrency),
    });
  }

  private ratePayload(result: tax.TaxRateResult): TaxRatePayload {
    return Object.assign(new TaxRatePayload(), {
      errors: result.errors,
      taxRate: result.taxRate && toTaxRate(result.taxRate),
    });
  }
}
