import { adminOnlyNode, type NodeKind } from '../../graphql/node.js';
import { type OutboxMessageRow, outboxMessages } from './notification.tables.js';
import { toMailMessage } from './notification.types.js';

/** The notification domain's Node type: a message of the development mailbox, seen by administrators only. */
export const notificationNodes: NodeKind[] = [
  adminOnlyNode<OutboxMessageRow>('MailMessage', outboxMessages, outboxMessages.id, (ctx, rows) =>
    rows.map((row) => toMailMessage(row, ctx.app.config.jwtSecret)),
  ),
];
