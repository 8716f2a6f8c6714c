import { byId, type NodeKind, rowsById, viewerIsAdmin } from '../../graphql/node.js';
import { type OutboxMessageRow, outboxMessages } from './notification.tables.js';
import { toMailMessage } from './notification.types.js';

/**
 * The notification domain's Node type: an email of the development mailbox, seen as `devMailbox` shows
 * it: by administrators only, and only while the mailbox is on (no SMTP_URL; with SMTP the emails are
 * really sent, and their reset and verification links must not be readable here). Other outbox rows
 * are not mail messages.
 */
export const notificationNodes: NodeKind[] = [
  {
    typename: 'MailMessage',
    table: outboxMessages,
    idColumn: outboxMessages.id,
    async load(ctx, ids) {
      if (ctx.app.mailTransport.kind !== 'dev' || !(await viewerIsAdmin(ctx))) return new Map();
      const rows = await rowsById<OutboxMessageRow>(ctx, outboxMessages, outboxMessages.id, ids);
      return byId(
        rows.filter((row) => row.kind === 'email').map((row) => toMailMessage(row, ctx.app.config.jwtSecret)),
      );
    },
  },
];
