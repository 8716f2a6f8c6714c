import { createServer, IncomingMessage, type Server, ServerResponse } from 'node:http';
import type { Express } from 'express';

/**
 * An HTTP server for one Express app whose requests and responses are born with the app's
 * prototypes (`app.request`, `app.response`).
 *
 * Why: Express gives every request and response its prototypes with `Object.setPrototypeOf(req,
 * app.request)`. On Node 20 (V8 11.3) that change of prototype on each new object defeats the
 * young generation: a bare Express app answering /healthz kept 38 % of what it allocated alive
 * through each scavenge (a plain `http` server: none), so every request's data was copied, promoted
 * and left to the full collections, which then ran every few scavenges. Changing an object's
 * prototype to the one it already has is a no-op, so here the objects are constructed with it: the
 * server's /healthz went from 15.6 MB surviving each scavenge to 1.3 (0.5 once the access log was
 * fixed too). bench/README.md has the figures.
 */
export function createExpressServer(): { server: Server; serve(app: Express): void } {
  class AppRequest extends IncomingMessage {}
  class AppResponse extends ServerResponse<AppRequest> {}
  const server = createServer({ IncomingMessage: AppRequest, ServerResponse: AppResponse });
  return {
    server,
    serve(app) {
      adopt(AppRequest.prototype, app.request);
      adopt(AppResponse.prototype, app.response);
      app.request = AppRequest.prototype as unknown as Express['request'];
      app.response = AppResponse.prototype as unknown as Express['response'];
      server.on('request', app);
    },
  };
}

/** Makes `target` stand in for Express's `appPrototype`: its parent and its own properties (`app`). */
function adopt(target: object, appPrototype: object): void {
  Object.setPrototypeOf(target, Object.getPrototypeOf(appPrototype));
  Object.defineProperties(target, Object.getOwnPropertyDescriptors(appPrototype));
}
