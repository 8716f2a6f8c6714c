import type { Logger } from '../logger.js';

/**
 * The state of a Redis-backed cache that never fails a request: an outage is logged once when it
 * starts and once when it ends, never once per request (a dead Redis must not flood the log).
 */
export class RedisOutageLog {
  private healthy = true;

  /** `what` names the cache ("response cache"); `meanwhile` says what requests get while it is down. */
  constructor(
    private readonly logger: Logger,
    private readonly what: string,
    private readonly meanwhile: string,
  ) {}

  failed(err: Error): void {
    if (!this.healthy) return;
    this.healthy = false;
    this.logger.warn(
      { err: { message: err.message } },
      `${this.what} (Redis) unavailable: ${this.meanwhile}`,
    );
  }

  succeeded(): void {
    if (this.healthy) return;
    this.healthy = true;
    this.logger.info(`${this.what} (Redis) available again`);
  }
}
