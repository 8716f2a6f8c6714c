import { HeaderMap } from '@apollo/server';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Config } from '../../config.js';
import type { RateLimiter } from '../../http/rate-limiter.js';
import { PublicError } from '../errors.js';
import { roleAtLeast } from '../roles.js';
import { analyzeOperation } from './operation-analysis.js';
import { limitError, maximumCost } from './query-limits.js';

/** What every accepted answer reports in `extensions.cost` (after Shopify's calculated query cost). */
export interface CostReport {
  /** The operation's static cost, charged to the caller's throttle bucket before it ran. */
  requestedQueryCost: number;
  /** The most one operation may cost for this caller (QUERY_MAX_COST, or QUERY_MAX_COST_ADMIN). */
  maximumAvailable: number;
  throttleStatus: {
    /** Size of the caller's bucket. */
    maximumAvailable: number;
    /** Points left in it after this operation. */
    currentlyAvailable: number;
    /** Points restored per second. */
    restoreRate: number;
  };
}

export interface GuardedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Readonly<Record<string, unknown>> | undefined;
  config: Pick<Config, 'queryLimits' | 'throttle'>;
  rateLimiter: RateLimiter;
  /** Whose bucket pays: `user:<id>` for a valid access token, else `ip:<address>`. */
  clientKey(): Promise<string>;
  /** The caller's role, asked only when the cost is over the customer maximum. */
  role(): Promise<'CUSTOMER' | 'VENDOR' | 'ADMIN' | null>;
}

/**
 * Checks an operation before anything runs: its shape (depth, aliases, root fields), its cost
 * against the caller's maximum, then takes the cost from the caller's throttle bucket. Throws the
 * PublicError to answer; returns what `extensions.cost` reports. Used over HTTP (cost-plugin.ts)
 * and WebSocket alike.
 */
export async function guardOperation(input: GuardedOperation): Promise<CostReport> {
  const { queryLimits: limits, throttle } = input.config;
  const measures = analyzeOperation(input.schema, input.document, input.operation, input.variables);
  let admin = false;
  let refusal = limitError(measures, limits, admin);
  // Whether the caller is an administrator is asked only when it matters (it may cost a query).
  if (refusal && refusal.extensions.code !== 'QUERY_TOO_DEEP') {
    const role = await input.role();
    admin = role !== null && roleAtLeast(role, 'ADMIN');
    if (admin) refusal = limitError(measures, limits, admin);
  }
  if (refusal) throw refusal;
  const maximum = maximumCost(limits, admin);

  // A bucket holds at least one operation of the caller's maximum, so any accepted operation can run.
  const capacity = Math.max(throttle.capacity, maximum);
  const taken = await input.rateLimiter.take(`cost:${await input.clientKey()}`, measures.cost, {
    capacity,
    restorePerSecond: throttle.restorePerSecond,
  });
  const report: CostReport = {
    requestedQueryCost: measures.cost,
    maximumAvailable: maximum,
    throttleStatus: {
      maximumAvailable: capacity,
      currentlyAvailable: Math.floor(taken.available),
      restoreRate: throttle.restorePerSecond,
    },
  };
  if (!taken.allowed) {
    throw new PublicError(
      'RATE_LIMITED',
      `Query cost budget exhausted: this operation costs ${measures.cost} and ${report.throttleStatus.currentlyAvailable} points are available (${throttle.restorePerSecond} restored per second). Try again in ${taken.retryAfter} seconds.`,
      {
        retryAfter: taken.retryAfter,
        cost: report,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(taken.retryAfter)]]) },
      },
    );
  }
  return report;
}
