import type { Logger } from '../../logger.js';
import { PollingWorker } from '../notification/polling-worker.js';
import { handleDueReviewRequests, type ReviewRequestSettings } from './review-requests.service.js';

declare module '../../graphql/app-context.js' {
  interface AppContext {
    /** Sends the review request emails that are due (review-requests.service.ts). */
    reviewRequests: ReviewRequestWorker;
  }
}

/** Polls for delivered orders whose review request is due (every REVIEW_REQUEST_POLL_INTERVAL_MS). */
export class ReviewRequestWorker extends PollingWorker {
  constructor(
    private readonly settings: ReviewRequestSettings,
    logger: Logger,
    pollIntervalMs: number,
  ) {
    super({ logger, pollIntervalMs, name: 'review-requests', batchSize: 20 });
  }

  protected deliverBatch(): Promise<number> {
    return handleDueReviewRequests(this.settings, this.batchSize);
  }
}
