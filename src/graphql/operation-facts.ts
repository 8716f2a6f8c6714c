import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { AppMetrics } from '../http/metrics.js';
import type { RequestContext } from './context.js';

/** Longest operation name kept as a label value or logged as is. */
const MAX_NAME_LENGTH = 100;
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * Bounds the operation names used as metric label values: clients choose them, and every distinct
 * value is a time series kept for the life of the process. The names of the persisted operations
 * always count as themselves; other names do until `max` distinct ones were seen, later ones count
 * as `other`. Operations without a name are `anonymous`; a request whose document did not parse or
 * validate is `invalid`.
 */
export class OperationNames {
  private readonly known: Set<string>;
  private readonly seen = new Set<string>();

  constructor(
    private readonly max: number,
    registered: Iterable<string> = [],
  ) {
    this.known = new Set(registered);
  }

  label(name: string): string {
    if (this.known.has(name) || this.seen.has(name)) return name;
    if (this.seen.size >= this.max || name.length > MAX_NAME_LENGTH) return 'other';
    this.seen.add(name);
    return name;
  }
}

/**
 * Fills in `facts` (operation name, type, outcome) for the access log and, when metrics are on,
 * observes each HTTP operation: count and duration by name and outcome, cost, SQL statements.
 */
export function operationFactsPlugin(
  metrics: { metrics: AppMetrics; names: OperationNames } | undefined,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const { facts } = contextValue;
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          facts.operationName = operation.name?.value.slice(0, MAX_NAME_LENGTH) ?? 'anonymous';
          facts.operationType = operation.operation;
        },
        async willSendResponse({ response }) {
          facts.outcome = outcomeOf(response.body);
          if (!metrics) return;
          const name = facts.operationName;
          metrics.metrics.observeOperation({
            operation:
              name === undefined ? 'invalid' : name === 'anonymous' ? name : metrics.names.label(name),
            type: facts.operationType ?? 'unknown',
            outcome: facts.outcome,
            seconds: (performance.now() - started) / 1000,
            cost: facts.cost,
            statements: facts.queryCount.count,
            replicaStatements: facts.replicaStatements,
          });
        },
      };
    },
  };
}

/** `ok`, `user_error` when a root field's payload holds `errors`, or the first error's code. */
export function outcomeOf(body: GraphQLResponse['body']): string {
  const result = body.kind === 'single' ? body.singleResult : body.initialResult;
  const error = result.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    return typeof code === 'string' && ERROR_CODE.test(code) ? code : 'ERROR';
  }
  for (const value of Object.values(result.data ?? {})) {
    const errors = (value as { errors?: unknown } | null)?.errors;
    if (Array.isArray(errors) && errors.length > 0) return 'user_error';
  }
  return 'ok';
}
