import { registerEnumType } from 'type-graphql';

/** Roles in increasing order of power: each may do what the ones before it may. */
export enum Role {
  CUSTOMER = 'CUSTOMER',
  VENDOR = 'VENDOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description:
    'Access level of an account. CUSTOMER < VENDOR < ADMIN: a higher role may do what a lower one may.',
  valuesConfig: {
    CUSTOMER: { description: 'A shopper: their own cart, orders, addresses and account.' },
    VENDOR: { description: 'A seller managing their own products (marketplace setups).' },
    ADMIN: { description: 'Store staff with access to every administration operation.' },
  },
});

/** The roles' names, in increasing order of power: the database enum and `Role` come from here. */
export const ROLE_VALUES = ['CUSTOMER', 'VENDOR', 'ADMIN'] as const;
export type RoleValue = (typeof ROLE_VALUES)[number];

const RANK: Record<RoleValue, number> = { CUSTOMER: 1, VENDOR: 2, ADMIN: 3 };

export function roleAtLeast(actual: RoleValue, required: RoleValue): boolean {
  return RANK[actual] >= RANK[required];
}
