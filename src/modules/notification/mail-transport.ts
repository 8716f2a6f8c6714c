import { lazyRequire } from '../../lazy-require.js';

/** nodemailer, loaded only where SMTP_URL is set (see lazy-require.ts). */
const nodemailer = lazyRequire<typeof import('nodemailer')>('nodemailer');

import type { Logger } from '../../logger.js';
import type { EmailPayload } from './notification.tables.js';

declare module '../../graphql/app-context.js' {
  interface AppContext {
    /** How emails leave the server (SMTP, or the development mailbox). */
    mailTransport: MailTransport;
  }
}

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
  production = false,
): MailTransport {
  if (!smtpUrl) {
    if (production) {
      logger.warn(
        'SMTP_URL is not set: no email leaves this server. Verification, password reset and order emails ' +
          'stay in the development mailbox (the outbox table, bodies encrypted), readable by admins through ' +
          'the devMailbox query. Set SMTP_URL to send them.',
      );
    } else {
      logger.info(
        'SMTP_URL is not set: emails are kept in the development mailbox (query devMailbox as an admin)',
      );
    }
    return devMailbox(logger, !production);
  }
  // Bounded timeouts keep every send well inside the outbox worker's claim lease.
  const transporter = nodemailer().createTransport({
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

/**
 * Development mailbox: nothing leaves the machine; a one-line summary is logged, with the email's
 * link on a developer's machine. Never in production, where logs are shipped and kept: a reset
 * link there would be a password for whoever reads the logs.
 */
function devMailbox(logger: Logger, logLinks: boolean): MailTransport {
  return {
    kind: 'dev',
    async send(message) {
      const link = logLinks ? /https?:\/\/\S+/.exec(message.text)?.[0] : undefined;
      logger.info({ to: message.to, subject: message.subject, ...(link ? { link } : {}) }, 'dev mailbox');
    },
    close() {},
  };
}
