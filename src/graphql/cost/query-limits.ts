import type { Config } from '../../config.js';
import { PublicError } from '../errors.js';
import type { OperationMeasures } from './operation-analysis.js';

export type QueryLimits = Config['queryLimits'];

/** HTTP status of an operation refused before it ran: a client error, per GraphQL over HTTP. */
const BAD_REQUEST = { status: 400 } as const;

/**
 * The first limit an operation breaks, or null. Administrators' tools batch and export: they are
 * held to QUERY_MAX_COST_ADMIN and to no alias or root-field limit (depth and tokens still apply,
 * and their cost bounds what aliases multiply).
 */
export function limitError(
  measures: OperationMeasures,
  limits: QueryLimits,
  admin: boolean,
): PublicError | null {
  if (measures.depth > limits.maxDepth) {
    return refusal(
      'QUERY_TOO_DEEP',
      `The operation nests fields ${measures.depth} deep; at most ${limits.maxDepth} levels are allowed.`,
      { depth: measures.depth, maximum: limits.maxDepth },
    );
  }
  if (!admin && measures.aliases > limits.maxAliases) {
    return refusal(
      'TOO_MANY_ALIASES',
      `The operation uses ${measures.aliases} aliases (fragments expanded); at most ${limits.maxAliases} are allowed.`,
      { aliases: measures.aliases, maximum: limits.maxAliases },
    );
  }
  if (!admin && measures.rootFields > limits.maxRootFields) {
    return refusal(
      'TOO_MANY_ROOT_FIELDS',
      `The operation selects ${measures.rootFields} root fields; at most ${limits.maxRootFields} are allowed.`,
      { rootFields: measures.rootFields, maximum: limits.maxRootFields },
    );
  }
  const maximum = maximumCost(limits, admin);
  if (measures.cost > maximum) {
    return refusal(
      'QUERY_TOO_COMPLEX',
      `The operation's cost is ${measures.cost}, over the maximum of ${maximum}: ask for smaller pages or fewer nested lists.`,
      { cost: measures.cost, maximum },
    );
  }
  return null;
}

export function maximumCost(limits: QueryLimits, admin: boolean): number {
  return admin ? Math.max(limits.maxCost, limits.maxCostAdmin) : limits.maxCost;
}

/** graphql-js aborts a parse past `maxTokens` with a syntax error of this wording ("that" in 16.x). */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/**
 * graphql-js enforces the token limit itself while parsing (`parse(source, { maxTokens })`), so
 * an oversized text is never turned into a document; its syntax error is answered with the same
 * shape as the other limits.
 */
export function tokenLimitError(message: string): PublicError | null {
  const match = TOKEN_LIMIT_MESSAGE.exec(message);
  if (!match) return null;
  const maximum = Number(match[1]);
  return refusal('QUERY_TOO_LARGE', `The operation has more than ${maximum} tokens; send a smaller one.`, {
    maximum,
  });
}

function refusal(
  code:
    | 'QUERY_TOO_DEEP'
    | 'TOO_MANY_ALIASES'
    | 'TOO_MANY_ROOT_FIELDS'
    | 'QUERY_TOO_COMPLEX'
    | 'QUERY_TOO_LARGE',
  message: string,
  numbers: Record<string, number>,
): PublicError {
  return new PublicError(code, message, { ...numbers, http: BAD_REQUEST });
}
