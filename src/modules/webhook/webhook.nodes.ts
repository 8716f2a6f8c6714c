import { adminOnlyNode, type NodeKind } from '../../graphql/node.js';
import { withAttempts } from './webhook.service.js';
import {
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
  webhookDeliveries,
  webhookEndpoints,
} from './webhook.tables.js';
import { toWebhookDelivery, toWebhookEndpoint } from './webhook.types.js';

/** The webhook domain's Node types, seen by administrators only (as `webhookEndpoints`). */
export const webhookNodes: NodeKind[] = [
  adminOnlyNode<WebhookEndpointRow>('WebhookEndpoint', webhookEndpoints, webhookEndpoints.id, (_ctx, rows) =>
    rows.map(toWebhookEndpoint),
  ),
  adminOnlyNode<WebhookDeliveryRow>(
    'WebhookDelivery',
    webhookDeliveries,
    webhookDeliveries.id,
    async (ctx, rows) => (await withAttempts(ctx, rows)).map(toWebhookDelivery),
  ),
];
