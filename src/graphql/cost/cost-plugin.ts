import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context.js';
import { type CostReport, guardOperation } from './operation-guard.js';

/**
 * Guards every HTTP operation once Apollo has parsed and validated it (the parse itself stops at
 * QUERY_MAX_TOKENS) and before any resolver runs; a refusal answers without executing anything.
 * Accepted answers carry `extensions.cost`.
 */
export function queryCostPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let report: CostReport | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const { config, rateLimiter } = contextValue.app;
          try {
            report = await guardOperation({
              schema,
              document,
              operation,
              variables: request.variables,
              config,
              rateLimiter,
              clientKey: contextValue.clientKey,
              role: async () => (await contextValue.viewer())?.role ?? null,
            });
          } catch (err) {
            // A refusal over a limit still says what the operation would have cost.
            const cost = (err as { extensions?: { cost?: unknown } }).extensions?.cost;
            if (typeof cost === 'number') contextValue.facts.cost = cost;
            else if (isReport(cost)) contextValue.facts.cost = cost.requestedQueryCost;
            throw err;
          }
          contextValue.facts.cost = report.requestedQueryCost;
        },
        async willSendResponse({ response }) {
          if (!report || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: report };
        },
      };
    },
  };
}

function isReport(value: unknown): value is CostReport {
  return typeof (value as CostReport | undefined)?.requestedQueryCost === 'number';
}
