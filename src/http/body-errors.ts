import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { graphqlUploadExpress } from 'graphql-upload-minimal';
import type { Logger } from '../logger.js';

/** Largest JSON body accepted on /graphql (WebSocket messages have the same cap: websocket.ts). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A request body the client must fix: answered with its status and a message safe to show. */
export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** What was wrong, for the log (never the body itself). */
    readonly reason: string,
  ) {
    super(message);
    this.name = 'BodyError';
  }
}

/**
 * graphql-upload-minimal, with every failure it reports turned into a BodyError: all of them are
 * about the body the client sent. busboy's own errors (a body cut mid-part, a malformed part
 * header) carry no status and fell through to Express's 500 HTML page.
 */
export function multipartBody(options: Parameters<typeof graphqlUploadExpress>[0]): RequestHandler {
  const upload = graphqlUploadExpress(options);
  return (req, res, next) => {
    upload(req, res, (err?: unknown) => next(err === undefined ? undefined : multipartError(err)));
  };
}

function multipartError(err: unknown): BodyError {
  const { status, expose, message } = (err ?? {}) as {
    status?: unknown;
    expose?: unknown;
    message?: unknown;
  };
  // The library's own 4xx errors have fixed messages (a field's name at most): shown as they are.
  if (expose === true && typeof status === 'number' && status >= 400 && status < 500 && status !== 499) {
    return new BodyError(status, String(message), 'multipart');
  }
  // 499: the client went away mid-upload. 500: neither 'operations' nor 'map' was found.
  return new BodyError(
    400,
    "The multipart request body is malformed or truncated: it must hold the 'operations' and 'map' fields, then the files (https://github.com/jaydenseric/graphql-multipart-request-spec).",
    status === 499 ? 'multipart-disconnected' : 'multipart-malformed',
  );
}

/** body-parser's errors (express.json), by their `type`, as BodyErrors; null for anything else. */
function jsonBodyError(err: unknown): BodyError | null {
  const { type, status, expose, limit } = (err ?? {}) as Record<string, unknown>;
  if (typeof type !== 'string' || typeof status !== 'number') return null;
  // The parser's message quotes the body (a password was seen in one): never shown, never logged.
  if (type === 'entity.parse.failed') return new BodyError(400, 'The request body is not valid JSON.', type);
  if (type === 'entity.too.large') {
    return new BodyError(413, `The request body is larger than ${Number(limit)} bytes.`, type);
  }
  if (expose === true && status >= 400 && status < 500)
    return new BodyError(status, String((err as Error).message), type);
  return null;
}

/**
 * Express error handler of /graphql: a body the server cannot read is answered as GraphQL over
 * HTTP expects, `{ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }` with a 4xx status,
 * and logged with its size and the request id only. Anything else is an internal error: logged in
 * full (the logger drops statement values), answered with the request id and nothing more.
 */
export function graphqlBodyErrors(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const refused = err instanceof BodyError ? err : jsonBodyError(err);
    if (refused) {
      logger.info(
        {
          requestId: req.requestId,
          status: refused.status,
          reason: refused.reason,
          bytes: bodyBytes(req, err),
        },
        'refused an unreadable request body',
      );
    } else {
      logger.error({ err, requestId: req.requestId }, 'unexpected error while serving /graphql');
    }
    if (res.headersSent) {
      req.socket.destroy(); // mid-answer: nothing sensible can follow
      return;
    }
    const error = refused
      ? { message: refused.message, extensions: { code: 'BAD_REQUEST' } }
      : {
          message: 'Internal server error',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: req.requestId },
        };
    const type = req.accepts(['application/json', 'application/graphql-response+json']) || 'application/json';
    res
      .status(refused?.status ?? 500)
      .type(`${type}; charset=utf-8`)
      .send(JSON.stringify({ errors: [error] }));
  };
}

/** The body's size as sent: what the parser read, else what the client declared. */
function bodyBytes(req: Request, err: unknown): number | undefined {
  const { body, length } = (err ?? {}) as { body?: unknown; length?: unknown };
  if (typeof body === 'string') return Buffer.byteLength(body);
  if (typeof length === 'number') return length;
  const declared = Number(req.get('content-length'));
  return Number.isFinite(declared) ? declared : undefined;
}
