import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { MutationPayload } from '../../graphql/errors.js';
import { Node } from '../../graphql/node.js';
import type { AddressRow } from './address.tables.js';

export enum AddressType {
  SHIPPING = 'SHIPPING',
  BILLING = 'BILLING',
}
registerEnumType(AddressType, {
  name: 'AddressType',
  description: 'What an address is the default for.',
  valuesConfig: {
    SHIPPING: { description: 'Where orders are delivered.' },
    BILLING: { description: 'The address on invoices and for payment checks.' },
  },
});

// ---- objects ----

/**
 * The parts of a postal address, inherited by the address-book entry, the cart's destination and
 * the order's copies. An object type for type-graphql's inheritance only: no field returns it, so
 * the schema does not show it.
 */
@ObjectType()
export abstract class PostalAddressFields {
  @Field(() => String, { description: 'Recipient: a person or a company, as printed on the label.' })
  name!: string;

  @Field(() => String, { description: 'Street and number, or P.O. box.' })
  line1!: string;

  @Field(() => String, { nullable: true, description: 'Apartment, suite, floor, c/o; null when not given.' })
  line2!: string | null;

  @Field(() => String, { description: 'City or town.' })
  city!: string;

  @Field(() => String, {
    nullable: true,
    description: 'State, province, county or prefecture; null when not given.',
  })
  region!: string | null;

  @Field(() => String, {
    description:
      'Postal or ZIP code, upper-case. Empty only in countries without postal codes (e.g. HK, AE).',
  })
  postalCode!: string;

  @Field(() => String, { description: 'Country as an upper-case ISO 3166-1 alpha-2 code, e.g. "US".' })
  country!: string;

  @Field(() => String, { nullable: true, description: 'Phone number for the carrier; null when not given.' })
  phone!: string | null;
}

@ObjectType({
  implements: Node,
  description:
    "An entry of the signed-in customer's address book. Only its owner can read or change it. " +
    'A customer with at least one address always has exactly one default shipping and one default billing address.',
})
export class Address extends PostalAddressFields {
  @Field(() => ID, { description: 'Unique id of the address.' })
  id!: string;

  @Field(() => Boolean, { description: 'True for the one address orders ship to by default.' })
  isDefaultShipping!: boolean;

  @Field(() => Boolean, { description: 'True for the one address invoices use by default.' })
  isDefaultBilling!: boolean;

  @Field(() => Date, { description: 'When the address was added.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the address (or one of its default flags) last changed.' })
  updatedAt!: Date;
}

export function toAddress(row: AddressRow): Address {
  return Object.assign(new Address(), {
    id: row.id,
    name: row.name,
    line1: row.line1,
    line2: row.line2,
    city: row.city,
    region: row.region,
    postalCode: row.postalCode,
    country: row.country,
    phone: row.phone,
    isDefaultShipping: row.isDefaultShipping,
    isDefaultBilling: row.isDefaultBilling,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

// ---- inputs ----

@InputType('AddressInput', {
  description:
    'A postal address. Every part is trimmed and runs of whitespace become one space; ' +
    'empty optional parts are stored as null.',
})
export class AddressInput {
  @Field(() => String, { description: 'Recipient name, 1 to 200 characters.' })
  name!: string;

  @Field(() => String, { description: 'Street and number, 1 to 200 characters.' })
  line1!: string;

  @Field(() => String, { nullable: true, description: 'Apartment, suite, c/o; at most 200 characters.' })
  line2?: string | null;

  @Field(() => String, { description: 'City or town, 1 to 200 characters.' })
  city!: string;

  @Field(() => String, { nullable: true, description: 'State, province or county; at most 200 characters.' })
  region?: string | null;

  @Field(() => String, {
    description:
      'Postal or ZIP code: letters and digits, optionally separated by single spaces or hyphens, at most 20 ' +
      'characters; stored upper-case. May be empty only in countries without postal codes (e.g. HK, AE).',
  })
  postalCode!: string;

  @Field(() => String, {
    description: 'ISO 3166-1 alpha-2 country code, any case, e.g. "us" or "DE"; else INVALID_COUNTRY.',
  })
  country!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Phone number: digits with an optional leading +, spaces, dots, dashes and parentheses; 6 to 15 digits, ' +
      'at most 40 characters.',
  })
  phone?: string | null;
}

@InputType('AddressCreateInput', { description: 'A new address-book entry.' })
export class AddressCreateInput extends AddressInput {
  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: becomes the default shipping address, replacing the previous one. The customer's first address " +
      'is the default for both types regardless.',
  })
  defaultShipping?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: becomes the default billing address, replacing the previous one. The customer's first address " +
      'is the default for both types regardless.',
  })
  defaultBilling?: boolean | null;
}

@InputType('AddressUpdateInput', {
  description:
    'Changes to an address: omitted or null parts stay as they are; an empty string clears an optional part ' +
    '(line2, region, phone). The same rules as AddressInput apply to the result. ' +
    'Defaults change through addressSetDefault.',
})
export class AddressUpdateInput {
  @Field(() => ID, { description: 'The address to change; must be one of your own.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New recipient name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New street and number.' })
  line1?: string | null;

  @Field(() => String, { nullable: true, description: 'New apartment, suite, c/o; "" clears it.' })
  line2?: string | null;

  @Field(() => String, { nullable: true, description: 'New city or town.' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'New state, province or county; "" clears it.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'New postal or ZIP code.' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'New ISO 3166-1 alpha-2 country code.' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'New phone number; "" clears it.' })
  phone?: string | null;
}

@InputType('AddressDeleteInput', { description: 'The address to delete.' })
export class AddressDeleteInput {
  @Field(() => ID, { description: 'The address to delete; must be one of your own.' })
  id!: string;
}

@InputType('AddressSetDefaultInput', { description: 'The address to make a default, and for what.' })
export class AddressSetDefaultInput {
  @Field(() => ID, { description: 'The address; must be one of your own.' })
  id!: string;

  @Field(() => AddressType, { description: 'Default shipping or default billing address.' })
  type!: AddressType;
}

// ---- payloads ----

@ObjectType({ description: 'Result of addressCreate, addressUpdate and addressSetDefault.' })
export class AddressPayload extends MutationPayload {
  @Field(() => Address, { nullable: true, description: 'The address as stored now; null when errors.' })
  address!: Address | null;
}

@ObjectType({ description: 'Result of addressDelete.' })
export class AddressDeletePayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted address; null when errors.' })
  deletedId!: string | null;
}
