import { expect } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { ShippingMethodCreateInput, TaxRateCreateInput } from '../generated/graphql.js';
import type { GqlClient } from '../support/gql-client.js';

/** Operations and helpers shared by the shipping and tax tests (tests/shipping/*.test.ts). */

export const METHOD_FIELDS_FRAGMENT = graphql(`fragment ShippingMethodFields on ShippingMethod {
  id code name description price { amount currencyCode } freeAbove { amount currencyCode }
  minDeliveryDays maxDeliveryDays countries active position createdAt updatedAt }`);

export const METHODS = graphql(`query ShippingAdminMethods($filter: ShippingMethodFilterInput) {
  shippingMethods(filter: $filter) { ...ShippingMethodFields } }`);
export const METHOD_CREATE = graphql(`mutation ShippingMethodCreate($input: ShippingMethodCreateInput!) {
  shippingMethodCreate(input: $input) { shippingMethod { ...ShippingMethodFields } errors { field code message } } }`);
export const METHOD_UPDATE = graphql(`mutation ShippingMethodUpdate($input: ShippingMethodUpdateInput!) {
  shippingMethodUpdate(input: $input) { shippingMethod { ...ShippingMethodFields } errors { field code message } } }`);
export const METHOD_DELETE = graphql(`mutation ShippingMethodDelete($input: DeleteInput!) {
  shippingMethodDelete(input: $input) { deletedId errors { field code message } } }`);

export const RATE_FIELDS_FRAGMENT = graphql(`fragment ShippingTaxRateFields on TaxRate {
  id country region taxClass rate rateBasisPoints name createdAt updatedAt }`);

export const RATES = graphql(`query ShippingAdminTaxRates($filter: TaxRateFilterInput) {
  taxRates(filter: $filter) { ...ShippingTaxRateFields } }`);
export const RATE_CREATE = graphql(`mutation ShippingTaxRateCreate($input: TaxRateCreateInput!) {
  taxRateCreate(input: $input) { taxRate { ...ShippingTaxRateFields } errors { field code message } } }`);
export const RATE_UPDATE = graphql(`mutation ShippingTaxRateUpdate($input: TaxRateUpdateInput!) {
  taxRateUpdate(input: $input) { taxRate { ...ShippingTaxRateFields } errors { field code message } } }`);
export const RATE_DELETE = graphql(`mutation ShippingTaxRateDelete($input: DeleteInput!) {
  taxRateDelete(input: $input) { deletedId errors { field code message } } }`);

/** Every method, inactive ones included, in display order. */
export async function allMethods(admin: GqlClient) {
  return (await admin.ok(METHODS)).shippingMethods;
}

export async function allRates(admin: GqlClient) {
  return (await admin.ok(RATES)).taxRates;
}

export async function createMethod(admin: GqlClient, input: ShippingMethodCreateInput) {
  const payload = (await admin.ok(METHOD_CREATE, { input })).shippingMethodCreate;
  expect(payload.errors).toEqual([]);
  return payload.shippingMethod!;
}

export async function createRate(admin: GqlClient, input: TaxRateCreateInput) {
  const payload = (await admin.ok(RATE_CREATE, { input })).taxRateCreate;
  expect(payload.errors).toEqual([]);
  return payload.taxRate!;
}

/** The error codes and fields of a payload, for compact assertions. */
export function errorsOf(payload: { errors: { field?: string[] | null; code: string }[] }) {
  return payload.errors.map((e) => ({ field: e.field, code: e.code }));
}
