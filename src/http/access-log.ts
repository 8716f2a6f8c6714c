import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger.js';
import type { RequestFacts } from './request-facts.js';

declare module 'express-serve-static-core' {
  interface Locals {
    /** What the GraphQL layer learnt about this request (src/http/request-facts.ts). */
    facts?: RequestFacts;
  }
}

/**
 * One JSON line per HTTP request once its response is sent (pino-http), at info level (warn for a
 * 5xx): `requestId`, `method`, `path` (no query string: a GET operation carries its variables
 * there), `status`, `durationMs`, `ip`, and for GraphQL `operationName`, `operationType`,
 * `outcome`, `cost`, `sqlStatements`, `viewerId`. Never headers (tokens, cookies), bodies or
 * variables. Mounted after the request id middleware.
 */
export function accessLog(logger: Logger): RequestHandler {
  const middleware = pinoHttp<IncomingMessage, ServerResponse>({
    logger,
    genReqId: (req) => (req as Request).requestId,
    // Not quietReqLogger, which binds the id in a child logger and the request in a child of that:
    // a new prototype object per request, which V8 (Node 20) then kept alive through young
    // collections (see express-server.ts). The id is one of the line's fields instead.
    customAttributeKeys: { responseTime: 'durationMs' },
    // Nothing of the request or response is serialized but what is listed here.
    wrapSerializers: false,
    serializers: { req: () => undefined, res: () => undefined, err: () => undefined },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'warn' : 'info'),
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (req, res, value) => fields(req as Request, res as Response, value),
    customErrorObject: (req, res, _err, value) => fields(req as Request, res as Response, value),
  });
  return middleware as unknown as RequestHandler;
}

/*
 * One object literal, no spread of another object first: V8 (Node 20) gives `{ ...a, b }` (a key
 * added to a spread copy) a hidden class of its own per object, which outlives young collections.
 */
function fields(req: Request, res: Response, value: unknown): Record<string, unknown> {
  const facts = res.locals.facts;
  const query = req.originalUrl.indexOf('?');
  return {
    requestId: req.requestId,
    method: req.method,
    path: query === -1 ? req.originalUrl : req.originalUrl.slice(0, query),
    status: res.statusCode,
    ip: req.ip,
    ...(facts?.operationName === undefined
      ? {}
      : {
          operationName: facts.operationName,
          operationType: facts.operationType,
          outcome: facts.outcome,
          cost: facts.cost,
          sqlStatements: facts.queryCount.count,
          ...(facts.replicaStatements ? { sqlReplicaStatements: facts.replicaStatements } : {}),
        }),
    ...(facts?.viewerId === undefined ? {} : { viewerId: facts.viewerId }),
    durationMs: (value as { durationMs?: unknown }).durationMs,
  };
}
