import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import express, { type RequestHandler } from 'express';
import type { Registry } from 'prom-client';

export interface MetricsAccess {
  /** `Authorization: Bearer <token>` required; without it (or with another) 401. */
  token: string | undefined;
  /** Answer only clients on this machine (127.0.0.1, ::1); others get 404. */
  loopbackOnly: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** GET /metrics in Prometheus's text format, behind a bearer token or for local clients only. */
export function metricsHandler(registry: Registry, access: MetricsAccess): RequestHandler {
  const expected = access.token === undefined ? undefined : Buffer.from(`Bearer ${access.token}`);
  return async (req, res) => {
    if (access.loopbackOnly && !LOOPBACK.has(req.socket.remoteAddress ?? '')) {
      res.status(404).end();
      return;
    }
    if (expected) {
      const given = Buffer.from(req.get('authorization') ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.status(401).setHeader('WWW-Authenticate', 'Bearer realm="metrics"').end();
        return;
      }
    }
    const text = await registry.metrics();
    res.setHeader('Content-Type', registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.end(text);
  };
}

/** A server of its own for /metrics (METRICS_PORT), on an address only operators reach. */
export async function startMetricsServer(
  handler: RequestHandler,
  port: number,
  host: string,
): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', handler);
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as { address: string; port: number; family: string };
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${shown}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
