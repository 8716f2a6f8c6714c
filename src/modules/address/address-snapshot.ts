/**
 * A postal address copied where it is used (the destination of a cart, the shipping and billing
 * addresses of an order), so editing or deleting the address book later moves nothing. It is the
 * normalized shape `normalizeAddress` answers (address.rules.ts).
 */
export interface AddressSnapshot {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  country: string;
  phone: string | null;
}

/** The snapshot of an address-book entry (or any row with the address parts). */
export function snapshotOf(row: AddressSnapshot): AddressSnapshot {
  return {
    name: row.name,
    line1: row.line1,
    line2: row.line2,
    city: row.city,
    region: row.region,
    postalCode: row.postalCode,
    country: row.country,
    phone: row.phone,
  };
}
