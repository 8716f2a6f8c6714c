import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MutationPayload } from '../../graphql/errors.js';
import { Node } from '../../graphql/node.js';
import { ConnectionType, PageArgsType } from '../../graphql/pagination.js';
import { ORDER_EVENT_DESCRIPTIONS } from '../order/order.types.js';
import { REVIEW_EVENT_DESCRIPTIONS } from '../review/review-events.js';
import type { DeliveryWithAttempts } from './webhook.service.js';
import type { WebhookDeliveryAttemptRow, WebhookEndpointRow } from './webhook.tables.js';
import { WEBHOOK_EVENT_TYPES, type WebhookEventTypeName } from './webhook-events.js';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a webhook delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Not delivered yet: waiting for its first attempt or for a retry.' },
    SUCCEEDED: { description: 'The endpoint answered with a 2xx status.' },
    FAILED: { description: 'Every attempt failed (WEBHOOK_MAX_ATTEMPTS); no more retries.' },
  },
});

export const WebhookEventType = Object.fromEntries(WEBHOOK_EVENT_TYPES.map((t) => [t, t])) as {
  [K in WebhookEventTypeName]: K;
};
registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description:
    "What an endpoint can subscribe to: every event of an order's timeline (the OrderEventType values) and the " +
    'REVIEW_* events of product reviews. Sent as X-Webhook-Event and `type` in the body.',
  valuesConfig: Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((t) => [
      t,
      { description: { ...ORDER_EVENT_DESCRIPTIONS, ...REVIEW_EVENT_DESCRIPTIONS }[t] },
    ]),
  ) as Record<WebhookEventTypeName, { description: string }>,
});

// ---- objects ----

@ObjectType({
  implements: Node,
  description:
    "An endpoint of the shop's own systems that receives order and review events as signed HTTP POSTs (outgoing " +
    'webhooks). ' +
    'Its signing secret is shown only by webhookCreate and webhookRotateSecret.',
})
export class WebhookEndpoint {
  @Field(() => ID, { description: 'Unique id of the endpoint.' })
  id!: string;

  @Field(() => String, { description: 'Where deliveries are POSTed (http or https).' })
  url!: string;

  @Field(() => [WebhookEventType], { description: 'The event types this endpoint receives.' })
  events!: WebhookEventTypeName[];

  @Field(() => String, { nullable: true, description: "The admin's note on what the endpoint is for." })
  description!: string | null;

  @Field(() => Boolean, {
    description: 'False: switched off; no deliveries are queued or sent for it until switched on again.',
  })
  active!: boolean;

  @Field(() => Date, { description: 'When the endpoint was registered.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the endpoint (or its secret) last changed.' })
  updatedAt!: Date;
}

export function toWebhookEndpoint(row: WebhookEndpointRow): WebhookEndpoint {
  return Object.assign(new WebhookEndpoint(), {
    id: row.id,
    url: row.url,
    events: row.events as WebhookEventTypeName[],
    description: row.description,
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

@ObjectType({ description: 'One HTTP attempt of a webhook delivery.' })
export class WebhookDeliveryAttempt {
  @Field(() => Int, { description: 'Attempt number, from 1.' })
  attempt!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'HTTP status the endpoint answered; null when no answer came (refused, timed out, host not allowed).',
  })
  responseStatus!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the attempt failed (with the start of the response body); null when it succeeded.',
  })
  error!: string | null;

  @Field(() => Int, { description: 'How long the attempt took, in milliseconds.' })
  durationMs!: number;

  @Field(() => Date, { description: 'When the attempt ended.' })
  createdAt!: Date;
}

function toAttempt(row: WebhookDeliveryAttemptRow): WebhookDeliveryAttempt {
  return Object.assign(new WebhookDeliveryAttempt(), {
    attempt: row.attempt,
    responseStatus: row.responseStatus,
    error: row.error,
    durationMs: row.durationMs,
    createdAt: row.createdAt,
  });
}

@ObjectType({
  implements: Node,
  description:
    'One event (of an order or a review) queued for one endpoint, with every attempt to deliver it.',
})
export class WebhookDelivery {
  @Field(() => ID, { description: 'Unique id of the delivery.' })
  id!: string;

  @Field(() => ID, {
    description: 'Id of the event: sent as X-Webhook-Id and `id` in the body, the same on every attempt.',
  })
  eventId!: string;

  @Field(() => WebhookEventType, { description: 'The event type, sent as X-Webhook-Event.' })
  eventType!: WebhookEventTypeName;

  @Field(() => WebhookDeliveryStatus, { description: 'Where the delivery stands.' })
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attemptCount!: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When the next attempt is due; null once SUCCEEDED or FAILED.',
  })
  nextAttemptAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Error of the latest failed attempt; null after success.',
  })
  lastError!: string | null;

  @Field(() => String, { description: 'The JSON body sent (the same bytes on every attempt).' })
  body!: string;

  @Field(() => Date, { description: 'When the event was queued for this endpoint.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was delivered; null until SUCCEEDED.' })
  deliveredAt!: Date | null;

  @Field(() => [WebhookDeliveryAttempt], { description: 'Every attempt, oldest first.' })
  attempts!: WebhookDeliveryAttempt[];
}

export function toWebhookDelivery(row: DeliveryWithAttempts): WebhookDelivery {
  return Object.assign(new WebhookDelivery(), {
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType as WebhookEventTypeName,
    status: row.status as WebhookDeliveryStatus,
    attemptCount: row.attempts,
    nextAttemptAt: row.status === 'PENDING' ? row.nextAttemptAt : null,
    lastError: row.lastError,
    body: JSON.stringify(row.payload),
    createdAt: row.createdAt,
    deliveredAt: row.deliveredAt,
    attempts: row.attemptLog.map(toAttempt),
  });
}

export const WebhookEndpointConnection = ConnectionType(WebhookEndpoint, 'WebhookEndpoint');
export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery');

// ---- arguments and inputs ----

@InputType({ description: "Which deliveries to list: one endpoint's, optionally in one status." })
export class WebhookDeliveryFilterInput {
  @Field(() => ID, { description: 'The endpoint whose deliveries to list.' })
  endpointId!: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this status.' })
  status?: WebhookDeliveryStatus | null;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgsType {
  @Field(() => WebhookDeliveryFilterInput, { description: 'The endpoint and, optionally, the status.' })
  filter!: WebhookDeliveryFilterInput;
}

@InputType({ description: 'A new webhook endpoint.' })
export class WebhookCreateInput {
  @Field(() => String, {
    description:
      'Where to POST: an http(s) URL without user name or password, whose host resolves to public addresses only ' +
      '(unless WEBHOOK_ALLOW_PRIVATE_URLS).',
  })
  url!: string;

  @Field(() => [WebhookEventType], {
    description: 'The event types to receive (order and review events); at least one.',
  })
  events!: string[];

  @Field(() => String, { nullable: true, description: 'What the endpoint is for; at most 500 characters.' })
  description?: string | null;
}

@InputType({ description: 'Changes to a webhook endpoint; omitted fields stay as they are.' })
export class WebhookUpdateInput {
  @Field(() => ID, { description: 'Id of the endpoint.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New URL; same rules as in webhookCreate.' })
  url?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'New event types; at least one.' })
  events?: string[] | null;

  @Field(() => String, { nullable: true, description: 'New description; an empty string clears it.' })
  description?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'false switches the endpoint off (nothing is queued or sent for it); true switches it on.',
  })
  active?: boolean | null;
}

@InputType({ description: 'Names a webhook endpoint.' })
export class WebhookIdInput {
  @Field(() => ID, { description: 'Id of the endpoint.' })
  id!: string;
}

// ---- payloads ----

@ObjectType({
  description: 'Result of webhookCreate / webhookRotateSecret: the only place the secret is shown.',
})
export class WebhookSecretPayload extends MutationPayload {
  @Field(() => WebhookEndpoint, {
    nullable: true,
    description: 'The endpoint; null when `errors` is not empty.',
  })
  webhook!: WebhookEndpoint | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The signing secret (`whsec_…`), shown this once: store it in the receiving system to verify ' +
      'X-Webhook-Signature. Null when `errors` is not empty.',
  })
  secret!: string | null;
}

@ObjectType({ description: 'Result of webhookUpdate.' })
export class WebhookPayload extends MutationPayload {
  @Field(() => WebhookEndpoint, {
    nullable: true,
    description: 'The endpoint; null when `errors` is not empty.',
  })
  webhook!: WebhookEndpoint | null;
}

@ObjectType({ description: 'Result of webhookDelete.' })
export class WebhookDeletePayload extends MutationPayload {
  @Field(() => ID, {
    nullable: true,
    description: 'Id of the deleted endpoint; null when `errors` is not empty.',
  })
  deletedId!: string | null;
}
