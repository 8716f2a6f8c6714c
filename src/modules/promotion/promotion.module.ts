import type { DomainModule } from '../../graphql/domain-module.js';
import { promotionNodes } from './promotion.nodes.js';
import { PromotionResolver } from './promotion.resolver.js';

/** What the promotion domain contributes to the server (collected by src/modules/index.ts). */
export const promotionModule: DomainModule = {
  name: 'promotion',
  resolvers: [PromotionResolver],
  nodes: promotionNodes,
};
