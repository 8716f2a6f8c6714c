import type { MailTransport } from '../../src/modules/notification/mail-transport.js';
import type { EmailPayload } from '../../src/modules/notification/notification.tables.js';

/** A dev-kind transport that records every recipient it was asked to deliver to. */
export class CountingTransport implements MailTransport {
  readonly kind = 'dev' as const;
  readonly sent: string[] = [];

  constructor(
    private readonly options: {
      /** Awaited per message, so that deliveries of two workers overlap. */
      delayMs?: number;
      /** Runs before each delivery; throwing fails that delivery. */
      before?: (message: EmailPayload, index: number) => Promise<void> | void;
      /** Runs after each recorded delivery. */
      after?: (message: EmailPayload) => void;
    } = {},
  ) {}

  async send(message: EmailPayload): Promise<void> {
    await this.options.before?.(message, this.sent.length);
    await new Promise((r) => setTimeout(r, this.options.delayMs ?? 2));
    this.sent.push(message.to);
    this.options.after?.(message);
  }

  close(): void {}
}
