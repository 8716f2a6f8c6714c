import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger.js';

/**
 * The last word on errors of the incoming webhook routes: a body the raw parser refused (too large,
 * unreadable) answers its 4xx status as JSON, like every other answer of those routes; anything else
 * is logged and answers a bare 500, so the sender retries and never sees a stack trace.
 */
export function webhookErrors(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const status = typeof err?.status === 'number' ? err.status : 500;
    if (status >= 400 && status < 500) {
      res.status(status).json({
        error: status === 413 ? 'payload_too_large' : 'bad_request',
        message:
          status === 413 ? 'The body is larger than this endpoint accepts.' : 'The body could not be read.',
      });
      return;
    }
    logger.error({ err, requestId: req.requestId, path: req.path }, 'incoming webhook failed');
    res
      .status(500)
      .json({ error: 'internal_error', message: 'The event could not be processed; send it again.' });
  };
}
