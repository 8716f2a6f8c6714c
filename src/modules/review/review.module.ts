import type { DomainModule } from '../../graphql/domain-module.js';
import { accountDataExporting, accountDeleting } from '../account/account-hooks.js';
import { orderEventRecorded } from '../order/order-events.js';
import { createReviewLoaders } from './review.loaders.js';
import { reviewNodes } from './review.nodes.js';
import { ReviewResolver } from './review.resolver.js';
import { anonymiseReviews, exportReviews } from './review-account-data.js';
import { ReviewAdminResolver } from './review-admin.resolver.js';
import {
  OrderLineReviewResolver,
  ProductReviewsResolver,
  UserReviewsResolver,
} from './review-fields.resolver.js';
import { scheduleReviewRequest } from './review-requests.service.js';
import { ReviewRequestWorker } from './review-requests.worker.js';

/** What the review domain contributes to the server (collected by src/modules/index.ts). */
export const reviewModule: DomainModule = {
  name: 'review',
  resolvers: [
    ReviewResolver,
    ReviewAdminResolver,
    ProductReviewsResolver,
    UserReviewsResolver,
    OrderLineReviewResolver,
  ],
  loaders: { review: createReviewLoaders },
  nodes: reviewNodes,
  wire: () => {
    // A delivered order gets its review request email, scheduled in the delivering transaction.
    orderEventRecorded.register(scheduleReviewRequest);
    // A deleted account's reviews stay, as "Former customer".
    accountDeleting.register(anonymiseReviews);
    accountDataExporting.register(exportReviews);
  },
  services: ({ config, db, logger }) => ({
    reviewRequests: new ReviewRequestWorker(
      {
        db,
        jwtSecret: config.jwtSecret,
        storefrontUrl: config.storefrontUrl,
        delaySeconds: config.reviews.requestDelaySeconds,
      },
      logger,
      config.reviews.requestPollIntervalMs,
    ),
  }),
  tasks: ({ reviewRequests }) => [
    { name: 'review-requests', start: () => reviewRequests.start(), stop: () => reviewRequests.stop() },
  ],
};
