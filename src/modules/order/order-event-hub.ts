import type { DatabaseHandle } from '../../db/client.js';
import { PublicError } from '../../graphql/errors.js';
import type { Logger } from '../../logger.js';
import { ORDER_EVENTS_CHANNEL, ORDER_TIMELINE_EVENT_TYPES, type OrderEventNotice } from './order-events.js';

/**
 * Notices one subscriber may have waiting before it is cut off. A subscriber drains its queue as
 * fast as its WebSocket accepts the messages; one that falls this far behind (a stalled client)
 * is ended with SUBSCRIPTION_OVERFLOW instead of letting its queue grow without limit.
 */
export const DEFAULT_SUBSCRIBER_QUEUE_LIMIT = 256;

/** The public error that ends a subscription that fell too far behind. */
export const subscriptionOverflow = () =>
  new PublicError(
    'SUBSCRIPTION_OVERFLOW',
    'This subscription fell too far behind the events and was ended; subscribe again (and re-read the order).',
  );

declare module '../../graphql/app-context.js' {
  interface AppContext {
    /** This instance's fan-out of committed order events to its subscriptions (LISTEN/NOTIFY). */
    orderEvents: OrderEventHub;
  }
}

/**
 * One server instance's fan-out of order events: a single LISTEN on ORDER_EVENTS_CHANNEL (whatever
 * the number of subscriptions), each notice handed to every local subscriber whose filter accepts it.
 * PostgreSQL delivers a NOTIFY only when its transaction commits, to every listening instance, so a
 * change made through any instance reaches subscribers on all of them, and a rolled-back one none.
 */
export class OrderEventHub {
  private readonly subscribers = new Set<NoticeQueue>();
  private unlisten: (() => Promise<void>) | undefined;
  private readonly queueLimit: number;
  private readonly noticeListeners: ((notice: OrderEventNotice) => void)[] = [];

  constructor(
    private readonly options: {
      database: DatabaseHandle;
      logger: Logger;
      queueLimit?: number;
    },
  ) {
    this.queueLimit = options.queueLimit ?? DEFAULT_SUBSCRIBER_QUEUE_LIMIT;
  }

  /** Starts listening; resolves once PostgreSQL has accepted the LISTEN. */
  async start(): Promise<void> {
    if (this.unlisten) return;
    this.unlisten = await this.options.database.listen(ORDER_EVENTS_CHANNEL, (payload) =>
      this.dispatch(payload),
    );
  }

  /** Stops listening and ends every subscription (their clients see them complete). */
  async stop(): Promise<void> {
    const unlisten = this.unlisten;
    this.unlisten = undefined;
    for (const queue of [...this.subscribers]) queue.end();
    try {
      await unlisten?.();
    } catch (err) {
      this.options.logger.warn({ err }, 'could not UNLISTEN order events');
    }
  }

  /**
   * Calls `listener` for every committed event, whether or not anyone subscribed to it; returns what
   * removes it.
   */
  onNotice(listener: (notice: OrderEventNotice) => void): () => void {
    this.noticeListeners.push(listener);
    return () => {
      const i = this.noticeListeners.indexOf(listener);
      if (i >= 0) this.noticeListeners.splice(i, 1);
    };
  }

  /** Subscriptions currently open on this instance. */
  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /**
   * The notices `accepts` lets through, from now on, in the order they were committed. Ending the
   * iterator (`return()`, as graphql-ws does when the client unsubscribes or disconnects)
   * unsubscribes at once, even while a `next()` is waiting.
   */
  subscribe(accepts: (notice: OrderEventNotice) => boolean): AsyncIterableIterator<OrderEventNotice> {
    const queue = new NoticeQueue(accepts, this.queueLimit, () => this.subscribers.delete(queue));
    this.subscribers.add(queue);
    return queue;
  }

  /** Hands one NOTIFY payload to the subscribers; exposed for tests of the fan-out itself. */
  dispatch(payload: string): void {
    const notice = parseNotice(payload);
    if (!notice) {
      this.options.logger.warn({ payload: payload.slice(0, 200) }, 'ignored a malformed order event notice');
      return;
    }
    for (const listener of this.noticeListeners) {
      try {
        listener(notice);
      } catch (err) {
        this.options.logger.error({ err }, 'an order event listener failed');
      }
    }
    for (const queue of this.subscribers) {
      try {
        if (queue.accepts(notice)) queue.push(notice);
      } catch (err) {
        this.options.logger.error({ err }, 'an order event subscription filter failed');
      }
    }
  }
}

const EVENT_TYPES = new Set<string>(ORDER_TIMELINE_EVENT_TYPES);

export function parseNotice(payload: string): OrderEventNotice | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { eventId, orderId, userId, type } = value as Record<string, unknown>;
  if (typeof eventId !== 'string' || typeof orderId !== 'string' || typeof userId !== 'string') return null;
  if (typeof type !== 'string' || !EVENT_TYPES.has(type)) return null;
  return { eventId, orderId, userId, type: type as OrderEventNotice['type'] };
}

/** One subscriber's bounded queue, read as an async iterator. */
class NoticeQueue implements AsyncIterableIterator<OrderEventNotice> {
  private readonly buffered: OrderEventNotice[] = [];
  private waiting: ((result: IteratorResult<OrderEventNotice>) => void) | undefined;
  private failWaiting: ((error: unknown) => void) | undefined;
  private state: 'open' | 'overflowed' | 'ended' = 'open';

  constructor(
    readonly accepts: (notice: OrderEventNotice) => boolean,
    private readonly limit: number,
    private readonly detach: () => void,
  ) {}

  push(notice: OrderEventNotice): void {
    if (this.state !== 'open') return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.clearWaiting();
      resolve({ value: notice, done: false });
      return;
    }
    if (this.buffered.length >= this.limit) {
      // Too far behind: free the queue now and fail the subscription when it next reads.
      this.state = 'overflowed';
      this.buffered.length = 0;
      this.detach();
      return;
    }
    this.buffered.push(notice);
  }

  /** Ends the subscription: a waiting read finishes as done. */
  end(): void {
    if (this.state === 'ended') return;
    this.state = 'ended';
    this.buffered.length = 0;
    this.detach();
    const resolve = this.waiting;
    this.clearWaiting();
    resolve?.({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<OrderEventNotice>> {
    const notice = this.buffered.shift();
    if (notice) return Promise.resolve({ value: notice, done: false });
    if (this.state === 'overflowed') {
      this.state = 'ended';
      return Promise.reject(subscriptionOverflow());
    }
    if (this.state === 'ended') return Promise.resolve({ value: undefined, done: true });
    if (this.waiting) return Promise.reject(new Error('concurrent next() on an order event subscription'));
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<OrderEventNotice>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<OrderEventNotice>> {
    const fail = this.failWaiting;
    this.clearWaiting();
    this.end();
    fail?.(error);
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<OrderEventNotice> {
    return this;
  }

  private clearWaiting(): void {
    this.waiting = undefined;
    this.failWaiting = undefined;
  }
}

/**
 * Maps a subscription's notices through `load` (skipping those it answers null for) without an
 * async generator: a generator waiting inside `for await` cannot be ended until the next notice
 * arrives, which would keep an unsubscribed client in the hub. Here `return()` reaches the
 * source at once.
 */
export function mapNotices<T>(
  source: AsyncIterableIterator<OrderEventNotice>,
  load: (notice: OrderEventNotice) => Promise<T | null>,
): AsyncIterableIterator<T> {
  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      try {
        for (;;) {
          const step = await source.next();
          if (step.done) return { value: undefined, done: true };
          const value = await load(step.value);
          if (value !== null) return { value, done: false };
        }
      } catch (err) {
        // graphql-ws reports the error and forgets the operation without ending the iterator.
        await source.return?.();
        throw err;
      }
    },
    async return(): Promise<IteratorResult<T>> {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown): Promise<IteratorResult<T>> {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
