import type { GatewayExecutionResult, GatewayInterface } from '@apollo/server-gateway-interface';
import { type ExecutionResult, GraphQLError } from 'graphql';
import { pgError } from '../db/errors.js';
import type { RequestContext } from './context.js';
import { PublicError } from './errors.js';
import { RequestTimeoutError, requestTimedOut } from './request-deadline.js';

/** SQLSTATE of a statement cancelled by `statement_timeout` (or by an operator). */
const QUERY_CANCELED = '57014';

/**
 * Runs one query or mutation within REQUEST_TIMEOUT_MS (see RequestDeadline), over HTTP and
 * WebSocket alike; subscriptions run as they are (their lifetime is not a request's).
 *
 * - A query is answered when its budget passes, with REQUEST_TIMEOUT and no data, even if a resolver
 *   still waits: what it waits for may go on (it starts no new statement), and its result is dropped.
 * - A mutation is not answered before it ends, so the answer says what happened: stopped before it
 *   changed anything (REQUEST_TIMEOUT, no data), or its result once a change was saved.
 * - A statement cancelled by PostgreSQL's `statement_timeout` (its transaction rolled back) answers
 *   REQUEST_TIMEOUT the same way. After a mutation saved a change, such an error stays in the answer
 *   beside the data, with a message saying the change was saved.
 */
export async function runWithinDeadline(
  context: RequestContext,
  operation: 'query' | 'mutation' | 'subscription',
  operationName: string | null | undefined,
  run: () => Promise<ExecutionResult> | ExecutionResult,
): Promise<ExecutionResult> {
  if (operation === 'subscription') return run();
  const { deadline, app, requestId } = context;
  const budgetMs = app.config.requestTimeoutMs;
  let answerNow: (() => void) | undefined;
  const passed = new Promise<null>((resolve) => {
    answerNow = () => resolve(null);
  });
  deadline.start(budgetMs, operation, () => {
    app.logger.warn(
      { requestId, operation, operationName, budgetMs },
      'request ran past REQUEST_TIMEOUT_MS: it starts no new SQL',
    );
    answerNow?.();
  });
  try {
    const running = (async () => run())();
    let result: ExecutionResult | null;
    if (operation === 'query') {
      // Nothing awaits the execution once the deadline answered: its failure must not go unhandled.
      running.catch(() => {});
      result = await Promise.race([running, passed]);
    } else {
      result = await running;
    }
    if (result === null) return { errors: [requestTimedOut()] };
    return settleTimeouts(context, operationName, result);
  } finally {
    deadline.finish();
  }
}

/** The Apollo gateway with every operation run by `runWithinDeadline`. */
export function withRequestDeadline(gateway: GatewayInterface): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const loaded = await gateway.load(options);
      const executor = loaded.executor;
      if (!executor) return loaded;
      return {
        ...loaded,
        executor: async (request) =>
          (await runWithinDeadline(
            request.context as RequestContext,
            request.operation.operation,
            request.operationName,
            () => executor(request),
          )) as GatewayExecutionResult,
      };
    },
  };
}

function settleTimeouts(
  context: RequestContext,
  operationName: string | null | undefined,
  result: ExecutionResult,
): ExecutionResult {
  if (!result.errors?.some((error) => timeoutOf(error) !== null)) return result;
  if (result.errors.some((error) => timeoutOf(error) === 'statement')) {
    context.app.logger.warn(
      { requestId: context.requestId, operationName },
      'a statement ran past DB_STATEMENT_TIMEOUT_MS and was cancelled',
    );
  }
  if (!context.deadline.changesSaved) return { errors: [requestTimedOut()] };
  const message =
    'This part of the answer ran out of time. The changes of the mutation were saved: read the current state before retrying.';
  return {
    ...result,
    errors: result.errors.map((error) =>
      timeoutOf(error) === null
        ? error
        : new GraphQLError(message, {
            nodes: error.nodes,
            path: error.path,
            originalError: new PublicError('REQUEST_TIMEOUT', message),
          }),
    ),
  };
}

/** Why an execution error is a timeout: the request's deadline, a cancelled statement, or neither. */
function timeoutOf(error: GraphQLError): 'deadline' | 'statement' | null {
  let cause: unknown = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  if (cause instanceof RequestTimeoutError) return 'deadline';
  return pgError(cause)?.code === QUERY_CANCELED ? 'statement' : null;
}
