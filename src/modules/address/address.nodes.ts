import { type NodeKind, ownedNode } from '../../graphql/node.js';
import { type AddressRow, addresses } from './address.tables.js';
import { toAddress } from './address.types.js';

/** The address book's Node type: an address, seen by its owner only (as `me.addresses`). */
export const addressNodes: NodeKind[] = [
  ownedNode<AddressRow>('Address', addresses, addresses.id, toAddress),
];
