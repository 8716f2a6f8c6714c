import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import type { Logger } from '../logger.js';
import { currentExplorerManifest, EXPLORER_ASSETS_DIR, type ExplorerManifest } from './manifest.js';

/**
 * Everything the page may load comes from this server: scripts, workers, style sheets and the API
 * (HTTP and WebSocket: 'self' covers ws: and wss: on the same host). Fonts and icons are data: URLs
 * inside the style sheet. Inline styles are allowed because Monaco writes its theme and layout into
 * <style> elements at run time; inline scripts are not.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Where the hashed files are served, below the endpoint. */
const ASSETS_PATH = '/explorer/assets';

/**
 * GraphiQL on GET `endpoint` for browsers (a request that prefers text/html, as Apollo's landing
 * page did), with its files under `endpoint`/explorer/assets. Other requests pass on to the API.
 */
export function explorerRoutes(endpoint: string, logger: Logger): Router {
  const router = express.Router();
  const bundle = explorerBundle(logger);

  router.use(
    ASSETS_PATH,
    (req, res, next) => {
      securityHeaders(res);
      res.setHeader('vary', 'accept-encoding');
      const name = req.path.slice(1);
      // Hashed names only (no path): the gzipped copy the build wrote, for a browser that takes it.
      if (!/^[\w.-]+\.(js|css)$/.test(name) || !req.acceptsEncodings('gzip')) {
        next();
        return;
      }
      if (!existsSync(join(EXPLORER_ASSETS_DIR, `${name}.gz`))) {
        next();
        return;
      }
      res.setHeader('content-encoding', 'gzip');
      res.type(extname(name)); // send keeps a type set before it, instead of the .gz one
      res.sendFile(`${name}.gz`, { root: EXPLORER_ASSETS_DIR, immutable: true, maxAge: '365d' }, (err) => {
        if (err) next(err);
      });
    },
    // Names carry a content hash: a browser keeps them for a year without asking again.
    express.static(EXPLORER_ASSETS_DIR, { immutable: true, maxAge: '365d', index: false }),
    (_req: Request, res: Response) => {
      res.status(404).type('text/plain').send('Not found\n');
    },
  );

  // A middleware, not `router.get`: a route would make the router answer OPTIONS /graphql itself,
  // before the CORS preflight handling of the API.
  router.use(async (req, res, next) => {
    if (!(req.method === 'GET' || req.method === 'HEAD') || req.path !== '/' || !prefersHtml(req)) {
      next();
      return;
    }
    let manifest: ExplorerManifest;
    try {
      manifest = await bundle();
    } catch (err) {
      logger.error({ err }, 'the GraphQL explorer could not be built: run `npm run explorer:build`');
      res
        .status(503)
        .type('text/plain')
        .send('The GraphQL explorer could not be built: run `npm run explorer:build`.\n');
      return;
    }
    securityHeaders(res);
    // The page names the current hashed files: always ask again.
    res.setHeader('cache-control', 'no-cache');
    res.type('html').send(explorerPage(endpoint, manifest));
  });
  return router;
}

/** Apollo's rule: a GET whose Accept header ranks text/html above the GraphQL response types. */
function prefersHtml(req: Request): boolean {
  if (req.get('accept') === undefined) return false;
  return (
    req.accepts(['application/json', 'application/graphql-response+json', 'multipart/mixed', 'text/html']) ===
    'text/html'
  );
}

function securityHeaders(res: Response): void {
  res.setHeader('content-security-policy', EXPLORER_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
}

/**
 * The bundle's manifest, read once. A missing or stale bundle (installed with --ignore-scripts, or
 * explorer/ edited) is built on the first request, which waits for it; a failed build is retried
 * by the next request.
 */
function explorerBundle(logger: Logger): () => Promise<ExplorerManifest> {
  let pending: Promise<ExplorerManifest> | undefined;
  return () => {
    pending ??= (async () => {
      const manifest = currentExplorerManifest();
      if (manifest) return manifest;
      logger.info('building the GraphQL explorer bundle (missing or out of date), once');
      const { buildExplorer } = await import('./build.js');
      return buildExplorer();
    })().catch((err: unknown) => {
      pending = undefined;
      throw err;
    });
    return pending;
  };
}

function explorerPage(endpoint: string, manifest: ExplorerManifest): string {
  const assets = `${endpoint}${ASSETS_PATH}`;
  const settings = {
    endpoint,
    workers: {
      editor: `${assets}/${manifest.workers.editor}`,
      json: `${assets}/${manifest.workers.json}`,
      graphql: `${assets}/${manifest.workers.graphql}`,
    },
  };
  // A JSON data block, not a script: `<` escaped so no value can close the element.
  const json = JSON.stringify(settings).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Storefront API explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assets}/${manifest.style}">
<script type="module" src="${assets}/${manifest.script}"></script>
</head>
<body>
<div id="explorer"><noscript>The GraphQL explorer needs JavaScript.</noscript></div>
<script type="application/json" id="explorer-settings">${json}</script>
</body>
</html>
`;
}
