import type { DomainModule } from '../../graphql/domain-module.js';
import { accountDataExporting, accountDeleting } from '../account/account-hooks.js';
import { addressNodes } from './address.nodes.js';
import { AddressDeletePayloadResolver, AddressPayloadResolver, AddressResolver } from './address.resolver.js';
import { eraseAddressBook, exportAddressBook } from './address-account-data.js';

/** What the address domain contributes to the server (collected by src/modules/index.ts). */
export const addressModule: DomainModule = {
  name: 'address',
  resolvers: [AddressResolver, AddressPayloadResolver, AddressDeletePayloadResolver],
  nodes: addressNodes,
  wire: () => {
    accountDeleting.register(eraseAddressBook);
    accountDataExporting.register(exportAddressBook);
  },
};
