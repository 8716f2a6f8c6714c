import type { DomainModule } from '../../graphql/app-context.js';
import { NotificationResolver } from './notification.resolver.js';

/** What the notification domain contributes to the server (collected by src/modules/index.ts). */
export const notificationModule: DomainModule = {
  name: 'notification',
  resolvers: [NotificationResolver],
};
