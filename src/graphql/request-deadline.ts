import { HeaderMap } from '@apollo/server';
import type { StatementGuard } from '../db/statement-guard.js';
import { PublicError } from './errors.js';

/** Seconds a client is asked to wait before retrying a request that ran out of time. */
export const TIMEOUT_RETRY_AFTER_SECONDS = 2;

/** Thrown at a statement a request may no longer start; the request answers REQUEST_TIMEOUT. */
export class RequestTimeoutError extends PublicError {
  constructor() {
    super('REQUEST_TIMEOUT', 'The request ran out of time before it changed anything.');
  }
}

/**
 * The answer to a request stopped by its deadline or by the database's statement timeout before it
 * changed anything: no data, HTTP 503 with Retry-After (a transient condition of the server, which
 * GraphQL over HTTP leaves to the server for a request that produced no data; 504 would blame an
 * upstream gateway, 408 the client's own slowness).
 */
export function requestTimedOut(): PublicError {
  return new PublicError(
    'REQUEST_TIMEOUT',
    `The request ran out of time and was stopped before it changed anything. Retry in ${TIMEOUT_RETRY_AFTER_SECONDS} seconds.`,
    {
      retryAfter: TIMEOUT_RETRY_AFTER_SECONDS,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(TIMEOUT_RETRY_AFTER_SECONDS)]]) },
    },
  );
}

/** A plain read: a mutation that runs one outside a transaction has not changed anything yet. */
const READ = /^\s*select\b/i;

/**
 * The time budget of one GraphQL query or mutation (REQUEST_TIMEOUT_MS), and the statement guard of
 * its database (src/db/statement-guard.ts): once the budget has passed, the request starts no new
 * statement and no new transaction. What is already running finishes: a transaction commits or rolls
 * back as a whole, and on PostgreSQL each statement is cut by `statement_timeout`. PGlite runs a
 * statement to its end and blocks the event loop meanwhile, so there the deadline acts between
 * statements only (the clock is read at each one: no timer can fire during a statement).
 *
 * A mutation is stopped only while it has changed nothing: once one of its transactions committed,
 * or it ran a write outside one, it runs to its end, so REQUEST_TIMEOUT always means "nothing
 * happened, retry" and never hides a saved change.
 */
export class RequestDeadline implements StatementGuard {
  private expiresAt = Number.POSITIVE_INFINITY;
  private passed = false;
  private timer: NodeJS.Timeout | undefined;
  private mutation = false;
  private saved = false;

  /** Starts the budget; `onPass` runs when it passes before `finish()`. A budget of 0 never passes. */
  start(budgetMs: number, operation: 'query' | 'mutation', onPass: () => void): void {
    this.mutation = operation === 'mutation';
    if (budgetMs <= 0) return;
    this.expiresAt = performance.now() + budgetMs;
    this.timer = setTimeout(() => {
      this.passed = true;
      onPass();
    }, budgetMs);
    this.timer.unref();
  }

  finish(): void {
    clearTimeout(this.timer);
  }

  get hasPassed(): boolean {
    return this.passed || performance.now() >= this.expiresAt;
  }

  /** True once a mutation committed a transaction or wrote outside one. */
  get changesSaved(): boolean {
    return this.saved;
  }

  beforeStatement(sql: string): void {
    if (this.saved) return;
    if (this.hasPassed) throw new RequestTimeoutError();
    if (this.mutation && !READ.test(sql)) this.saved = true;
  }

  beforeTransaction(): void {
    if (!this.saved && this.hasPassed) throw new RequestTimeoutError();
  }

  afterCommit(): void {
    if (this.mutation) this.saved = true;
  }
}
