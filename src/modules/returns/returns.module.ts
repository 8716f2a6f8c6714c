import type { DomainModule } from '../../graphql/domain-module.js';
import { createReturnLoaders } from './returns.loaders.js';
import { returnsNodes } from './returns.nodes.js';
import { OrderReturnsResolver, ReturnLineResolver, ReturnResolver } from './returns.resolver.js';

/** What the returns domain contributes to the server (collected by src/modules/index.ts). */
export const returnsModule: DomainModule = {
  name: 'returns',
  resolvers: [ReturnResolver, ReturnLineResolver, OrderReturnsResolver],
  nodes: returnsNodes,
  loaders: { returns: createReturnLoaders },
};
