import { ORDER_TIMELINE_EVENT_TYPES } from '../order/order-events.js';
import { REVIEW_EVENT_TYPES } from '../review/review-events.js';

/**
 * Every event type an endpoint may subscribe to: the order timeline's and the review domain's, built
 * from their own lists so a type added there is offered here at once. The GraphQL enum
 * WebhookEventType (webhook.types.ts) and the endpoint checks (webhook.rules.ts) read this list.
 */
export const WEBHOOK_EVENT_TYPES = [...ORDER_TIMELINE_EVENT_TYPES, ...REVIEW_EVENT_TYPES] as const;
export type WebhookEventTypeName = (typeof WEBHOOK_EVENT_TYPES)[number];
