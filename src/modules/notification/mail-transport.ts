import nodemailer from 'nodemailer';
import type { Logger } from '../../logger.js';
import type { EmailPayload } from './notification.tables.js';

export interface MailTransport {
  /** `smtp` delivers for real; `dev` keeps messages in the outbox for the devMailbox query. */
  readonly kind: 'smtp' | 'dev';
  send(message: EmailPayload): Promise<void>;
  close(): void;
}

export function createMailTransport(
  smtpUrl: string | undefined,
  from: string,
  logger: Logger,
): MailTransport {
  if (!smtpUrl) return devMailbox(logger);
  // Bounded timeouts keep every send well inside the outbox worker's claim lease.
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    kind: 'smtp',
    async send(message) {
      await transporter.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
    },
    close() {
      transporter.close();
    },
  };
}

/** Development mailbox: nothing leaves the machine; a one-line summary with the link is logged. */
function devMailbox(logger: Logger): MailTransport {
  return {
    kind: 'dev',
    async send(message) {
      const link = /https?:\/\/\S+/.exec(message.text)?.[0];
      logger.info(`dev mailbox: to ${message.to}: "${message.subject}"${link ? ` ${link}` : ''}`);
    },
    close() {},
  };
}
