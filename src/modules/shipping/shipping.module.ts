import type { DomainModule } from '../../graphql/domain-module.js';
import { shippingNodes } from './shipping.nodes.js';
import { ShippingAdminResolver } from './shipping.resolver.js';

/** What the shipping domain contributes to the server (collected by src/modules/index.ts). */
export const shippingModule: DomainModule = {
  name: 'shipping',
  resolvers: [ShippingAdminResolver],
  nodes: shippingNodes,
};
