import { expect } from 'vitest';
import type { GqlClient } from '../support/gql-client.js';

/** Operations and helpers shared by the shipping and tax tests (tests/shipping/*.test.ts). */

const ERRORS = 'errors { field code message }';

export const METHOD_FIELDS = `id code name description price { amount currencyCode } freeAbove { amount currencyCode }
  minDeliveryDays maxDeliveryDays countries active position createdAt updatedAt`;

export const METHODS = `query($includeInactive: Boolean!) {
  adminShippingMethods(includeInactive: $includeInactive) { ${METHOD_FIELDS} } }`;
export const METHOD_CREATE = `mutation($input: ShippingMethodCreateInput!) {
  shippingMethodCreate(input: $input) { shippingMethod { ${METHOD_FIELDS} } ${ERRORS} } }`;
export const METHOD_UPDATE = `mutation($input: ShippingMethodUpdateInput!) {
  shippingMethodUpdate(input: $input) { shippingMethod { ${METHOD_FIELDS} } ${ERRORS} } }`;
export const METHOD_DELETE = `mutation($input: DeleteInput!) {
  shippingMethodDelete(input: $input) { deletedId ${ERRORS} } }`;

export const RATE_FIELDS = 'id country region taxClass rate rateBasisPoints name createdAt updatedAt';

export const RATES = `query($country: String) { adminTaxRates(country: $country) { ${RATE_FIELDS} } }`;
export const RATE_CREATE = `mutation($input: TaxRateCreateInput!) {
  taxRateCreate(input: $input) { taxRate { ${RATE_FIELDS} } ${ERRORS} } }`;
export const RATE_UPDATE = `mutation($input: TaxRateUpdateInput!) {
  taxRateUpdate(input: $input) { taxRate { ${RATE_FIELDS} } ${ERRORS} } }`;
export const RATE_DELETE = `mutation($input: DeleteInput!) {
  taxRateDelete(input: $input) { deletedId ${ERRORS} } }`;

/** Every method, inactive ones included, in display order. */
export async function allMethods(admin: GqlClient): Promise<any[]> {
  return (await admin.ok(METHODS, { includeInactive: true })).adminShippingMethods;
}

export async function allRates(admin: GqlClient): Promise<any[]> {
  return (await admin.ok(RATES)).adminTaxRates;
}

export async function createMethod(admin: GqlClient, input: Record<string, unknown>): Promise<any> {
  const payload = (await admin.ok(METHOD_CREATE, { input })).shippingMethodCreate;
  expect(payload.errors).toEqual([]);
  return payload.shippingMethod;
}

export async function createRate(admin: GqlClient, input: Record<string, unknown>): Promise<any> {
  const payload = (await admin.ok(RATE_CREATE, { input })).taxRateCreate;
  expect(payload.errors).toEqual([]);
  return payload.taxRate;
}

/** The error codes and fields of a payload, for compact assertions. */
export function errorsOf(payload: { errors: { field: string[] | null; code: string }[] }) {
  return payload.errors.map((e) => ({ field: e.field, code: e.code }));
}
