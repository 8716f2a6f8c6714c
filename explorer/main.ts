/**
 * The GraphQL explorer page: GraphiQL with the query-builder plugin, bundled by
 * src/explorer/build.ts and served by the API itself (src/explorer/routes.ts). Nothing here loads
 * anything from another host: fonts and icons are inlined in the CSS, the editor's workers are
 * files of the same bundle, and queries go to the page's own server.
 */
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './page.css';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

/** What the server writes into the page (a JSON data block: the CSP allows no inline script). */
interface ExplorerSettings {
  /** Path of the GraphQL endpoint, over HTTP and WebSocket (graphql-ws). */
  endpoint: string;
  /** URLs of the editor's web workers, by Monaco label. */
  workers: { editor: string; json: string; graphql: string };
}

const settings = JSON.parse(
  document.getElementById('explorer-settings')?.textContent ?? '{}',
) as ExplorerSettings;

// Monaco asks for a worker per language; each is a classic script of the bundle, same origin.
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    const url = label === 'json' || label === 'graphql' ? settings.workers[label] : settings.workers.editor;
    return new Worker(url, { name: label });
  },
};

const http = new URL(settings.endpoint, window.location.href);
const ws = new URL(http);
ws.protocol = http.protocol === 'https:' ? 'wss:' : 'ws:';

// Subscriptions go over graphql-ws to the same endpoint; the headers editor's values travel in the
// connection's `connection_init` payload, where the server reads `Authorization` as over HTTP.
const fetcher = createGraphiQLFetcher({ url: http.href, subscriptionUrl: ws.href });

const DEFAULT_QUERY = `# Welcome to the Storefront API explorer.
#
# Write a query (Ctrl+Space completes, Ctrl+Enter runs), browse the schema in the docs
# (book icon), or build one by clicking fields in the explorer (folder icon).
# Signed-in operations: put {"Authorization": "Bearer <accessToken>"} in Headers below.

query Products {
  products(first: 5) {
    totalCount
    nodes {
      title
      priceRange { min { amount currencyCode } }
    }
  }
}
`;

const root = document.getElementById('explorer');
if (root) {
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher,
      // The history is a plugin too: giving `plugins` replaces the default list, which holds it.
      plugins: [HISTORY_PLUGIN, explorerPlugin()],
      defaultQuery: DEFAULT_QUERY,
      defaultEditorToolsVisibility: true,
    }),
  );
}
