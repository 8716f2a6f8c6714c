import type { DomainModule } from '../../graphql/app-context.js';
import { WebhookResolver } from './webhook.resolver.js';

/** What the webhook domain contributes to the server (collected by src/modules/index.ts). */
export const webhookModule: DomainModule = {
  name: 'webhook',
  resolvers: [WebhookResolver],
};
