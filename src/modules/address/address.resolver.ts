import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { ListSize } from '../../graphql/cost/cost-annotations.js';
import * as addressBook from './address.service.js';
import {
  Address,
  AddressCreateInput,
  AddressDeleteInput,
  AddressDeletePayload,
  AddressPayload,
  AddressSetDefaultInput,
  AddressUpdateInput,
  toAddress,
} from './address.types.js';

function addressPayload(result: addressBook.AddressResult): AddressPayload {
  return Object.assign(new AddressPayload(), {
    errors: result.errors,
    address: result.address ? toAddress(result.address) : null,
  });
}

const ADDRESSES_AFTER =
  "The customer's whole address book after the change (same order as `addresses`), so a client cache " +
  'also sees default flags that moved to or from other addresses; null when errors.';

async function addressesAfter(ctx: RequestContext, errors: readonly unknown[]): Promise<Address[] | null> {
  if (errors.length > 0) return null;
  return (await addressBook.listAddresses(ctx)).map(toAddress);
}

@Resolver()
export class AddressResolver {
  @Auth('CUSTOMER')
  @ListSize(addressBook.MAX_ADDRESSES_PER_USER)
  @Query(() => [Address], {
    description:
      "The signed-in customer's address book: the default shipping address first, then the default billing " +
      'address, then the others newest first. A plain list, not a connection: a customer keeps at most 50 addresses.',
  })
  async addresses(@Ctx() ctx: RequestContext): Promise<Address[]> {
    return (await addressBook.listAddresses(ctx)).map(toAddress);
  }

  @Auth('CUSTOMER')
  @Mutation(() => AddressPayload, {
    description:
      "Adds an address to the signed-in customer's address book (at most 50). The first address becomes the " +
      'default shipping and billing address; `defaultShipping`/`defaultBilling` make a later one a default.',
  })
  async addressCreate(
    @Arg('input', () => AddressCreateInput, { description: 'The address and whether it becomes a default.' })
    input: AddressCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AddressPayload> {
    return addressPayload(await addressBook.createAddress(ctx, input));
  }

  @Auth('CUSTOMER')
  @Mutation(() => AddressPayload, {
    description:
      "Changes some parts of one of your addresses; omitted parts stay. Another customer's address id " +
      'answers NOT_FOUND, like an unknown one.',
  })
  async addressUpdate(
    @Arg('input', () => AddressUpdateInput, { description: 'The address id and the parts to change.' })
    input: AddressUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AddressPayload> {
    return addressPayload(await addressBook.updateAddress(ctx, input));
  }

  @Auth('CUSTOMER')
  @Mutation(() => AddressDeletePayload, {
    description:
      'Deletes one of your addresses. When it was a default, your newest remaining address becomes the ' +
      'default of that type (none when it was the last). Carts that used it keep their copy of the address.',
  })
  async addressDelete(
    @Arg('input', () => AddressDeleteInput, { description: 'The address to delete.' })
    input: AddressDeleteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AddressDeletePayload> {
    const result = await addressBook.deleteAddress(ctx, input);
    return Object.assign(new AddressDeletePayload(), result);
  }

  @Auth('CUSTOMER')
  @Mutation(() => AddressPayload, {
    description:
      'Makes one of your addresses the default shipping or billing address; the previous default of that ' +
      'type stops being one (in the same transaction).',
  })
  async addressSetDefault(
    @Arg('input', () => AddressSetDefaultInput, { description: 'The address and the default type.' })
    input: AddressSetDefaultInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AddressPayload> {
    return addressPayload(await addressBook.setDefaultAddress(ctx, input));
  }
}

@Resolver(() => AddressPayload)
export class AddressPayloadResolver {
  @ListSize(addressBook.MAX_ADDRESSES_PER_USER)
  @FieldResolver(() => [Address], { nullable: true, description: ADDRESSES_AFTER })
  async addresses(@Root() payload: AddressPayload, @Ctx() ctx: RequestContext): Promise<Address[] | null> {
    return addressesAfter(ctx, payload.errors);
  }
}

@Resolver(() => AddressDeletePayload)
export class AddressDeletePayloadResolver {
  @ListSize(addressBook.MAX_ADDRESSES_PER_USER)
  @FieldResolver(() => [Address], { nullable: true, description: ADDRESSES_AFTER })
  async addresses(
    @Root() payload: AddressDeletePayload,
    @Ctx() ctx: RequestContext,
  ): Promise<Address[] | null> {
    return addressesAfter(ctx, payload.errors);
  }
}
