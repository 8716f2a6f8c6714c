import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { openEmail } from './email-sealing.js';
import type { OutboxMessageRow } from './notification.tables.js';

export enum OutboxStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

registerEnumType(OutboxStatus, {
  name: 'OutboxStatus',
  description: 'Delivery state of an outgoing message.',
  valuesConfig: {
    PENDING: { description: 'Waiting for (another) delivery attempt.' },
    SENT: { description: 'Delivered (or, in development, kept in the mailbox).' },
    FAILED: { description: 'Gave up after OUTBOX_MAX_ATTEMPTS attempts.' },
  },
});

@ObjectType({
  implements: Node,
  description: 'An email written by the server, as kept in the development mailbox.',
})
export class MailMessage {
  @Field(() => ID, { description: 'Unique id of the message; `node(id)` also finds it (admins only).' })
  id!: string;

  @Field(() => String, { description: 'Recipient address.' })
  to!: string;

  @Field(() => String, { description: 'Subject line as sent, e.g. "Reset your password".' })
  subject!: string;

  @Field(() => String, { description: 'Plain-text body.' })
  text!: string;

  @Field(() => String, { description: 'HTML body.' })
  html!: string;

  @Field(() => String, { description: 'Template that produced it, e.g. `account.password-reset`.' })
  template!: string;

  @Field(() => OutboxStatus, { description: 'Where delivery stands: waiting, sent, or given up.' })
  status!: OutboxStatus;

  @Field(() => Date, { description: 'When the message was written.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was delivered.' })
  sentAt!: Date | null;
}

const UNREADABLE = '(This message cannot be read: it was sealed under another JWT_SECRET.)';

/** The message as its recipient got it: the bodies, sealed in the outbox, are opened for the admin. */
export function toMailMessage(row: OutboxMessageRow, serverSecret: string): MailMessage {
  let bodies: { text: string; html: string };
  try {
    bodies = openEmail(serverSecret, row.payload);
  } catch {
    bodies = { text: UNREADABLE, html: UNREADABLE };
  }
  return Object.assign(new MailMessage(), {
    id: row.id,
    to: row.recipient,
    subject: row.payload.subject,
    text: bodies.text,
    html: bodies.html,
    template: row.template,
    status: row.status as OutboxStatus,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  });
}

export const MailMessageConnection = ConnectionType(MailMessage, 'MailMessage');
