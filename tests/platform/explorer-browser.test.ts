import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { placeOrder } from '../orders/transitions-support.js';
import { registerAndLogin } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { type Store, setUpStore } from '../support/store.js';
import { scaled, waitFor } from '../support/wait-for.js';
import { PROJECT_ROOT } from './process-helpers.js';

/**
 * The explorer as a newcomer meets it: Debian's Chromium opens GET /graphql, GraphiQL loads from
 * the server alone (every request the page makes is recorded; any to another host fails the test),
 * runs a query typed into its editor, and shows the answer; then a signed-in query through the
 * Headers editor and a subscription over WebSocket. The screenshot stays in test-artifacts/.
 * The cases run in order on one page, as a user would go.
 *
 * Chromium comes from Debian (`apt-get install -y chromium`, done by .ci/run). Without it the test
 * is skipped, except in CI (CI=true), where a missing browser is a failure.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const IN_CI = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());
const SCREENSHOT = join(PROJECT_ROOT, 'test-artifacts', 'explorer.png');

/** Flags that keep Chromium from calling home: this network is closed and would refuse it, many times. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const PRODUCTS_QUERY = '{ products(first: 2) { edges { node { title } } } }';

if (!HAVE_CHROMIUM) {
  const why = `no Chromium at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\``;
  if (IN_CI) {
    it('needs Chromium in CI', () => {
      throw new Error(`the explorer browser test cannot run in CI: ${why}`);
    });
  } else {
    console.warn(`explorer browser test skipped: ${why}`);
  }
}

describe.skipIf(!HAVE_CHROMIUM)('the GraphQL explorer in Chromium', () => {
  let t: TestApp;
  let store: Store;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  /** Every URL the page (and its workers) asked for, WebSockets included. */
  const requested: string[] = [];
  const cspViolations: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    store = await setUpStore(t);
    // A new, empty profile: nothing cached from an earlier run.
    profile = mkdtempSync(join(tmpdir(), 'storefront-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 900 },
    });
    const origin = new URL(t.url).origin;
    context.on('request', (request) => {
      requested.push(request.url());
    });
    // Recorded above; refused here, so a stray request fails fast instead of waiting on the network.
    await context.route(
      (url) => url.origin !== origin,
      (route) => route.abort('blockedbyclient'),
    );
    page = context.pages()[0] ?? (await context.newPage());
    page.on('websocket', (socket) => {
      requested.push(socket.url());
    });
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) cspViolations.push(message.text());
    });
  }, scaled(180_000));

  afterEach(async (test) => {
    // What the page showed when a step failed, next to the screenshot of a passing run.
    if (test.task.result?.state === 'fail' && page) {
      mkdirSync(join(PROJECT_ROOT, 'test-artifacts'), { recursive: true });
      const path = join(PROJECT_ROOT, 'test-artifacts', 'explorer-failure.png');
      await page.screenshot({ path }).catch(() => {});
      console.error(
        `explorer failure screenshot: ${path}; requests: ${requested.join(' ')}; csp: ${cspViolations.join(' ')}`,
      );
    }
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await t?.close();
  });

  it(
    'runs a query typed into GraphiQL, with no request to another host',
    async () => {
      const response = await page.goto(t.graphqlUrl);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

      // The query editor (Monaco) is ready once it shows the welcome query of a first visit.
      const editor = page.locator('.graphiql-query-editor .monaco-editor');
      await editor.filter({ hasText: 'Welcome' }).waitFor({ timeout: scaled(60_000) });
      await replaceText(page, editor, PRODUCTS_QUERY, true);
      await page.locator('.graphiql-execute-button').click();

      const shown = await waitFor(
        'the products in the response pane',
        async () => {
          const text = responseText(await page.locator('.graphiql-response').textContent());
          return text.includes('Order Shirt') && text.includes('Order Mug') && text;
        },
        { timeoutMs: 60_000, intervalMs: 100 },
      );
      expect(shown).toContain('"data"');
      expect(shown).toContain('"edges"');

      // The run is in the history.
      await page.locator('[aria-label="Show History"]').click();
      await page
        .locator('.graphiql-history')
        .getByText('products', { exact: false })
        .first()
        .waitFor({ timeout: scaled(60_000) });

      // The schema came through introspection (within the cost limits): the docs list the root types.
      await page.locator('[aria-label="Show Documentation Explorer"]').click();
      await page
        .locator('.graphiql-doc-explorer')
        .getByText('Query', { exact: true })
        .first()
        .waitFor({ timeout: scaled(60_000) });

      mkdirSync(join(PROJECT_ROOT, 'test-artifacts'), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
      console.info(`explorer screenshot: ${SCREENSHOT}`);

      expect(requested.length).toBeGreaterThan(3);
      expectOnlyThisServer();
    },
    scaled(180_000),
  );

  it(
    'sends the Authorization header written in the headers editor',
    async () => {
      await replaceText(
        page,
        page.locator('.graphiql-query-editor .monaco-editor'),
        '{ me { email role } }',
        true,
      );
      await page.locator('.graphiql-editor-tools button', { hasText: 'Headers' }).click();
      const headers = page.locator('.graphiql-editor-tool .monaco-editor').filter({ visible: true });
      await headers.waitFor({ timeout: scaled(60_000) });
      await replaceText(
        page,
        headers,
        JSON.stringify({ Authorization: `Bearer ${store.admin.accessToken}` }),
      );
      await page.locator('.graphiql-execute-button').click();

      const shown = await waitFor(
        'the signed-in admin in the response pane',
        async () => {
          const text = responseText(await page.locator('.graphiql-response').textContent());
          // GraphiQL keeps no saved copy of the headers to wait for: if its state had not taken the
          // edit yet when the button was clicked, the query ran anonymously; run it again, as a user would.
          if (/"me":\s*null/.test(text)) await page.locator('.graphiql-execute-button').click();
          return text.includes(store.admin.email) && text;
        },
        { timeoutMs: 60_000, intervalMs: 100 },
      );
      expect(shown).toContain('ADMIN');
      expectOnlyThisServer();
    },
    scaled(180_000),
  );

  it(
    'runs a subscription over graphql-ws on /graphql, signed in by the same headers',
    async () => {
      // The Headers still hold the admin's Authorization from the case above: orderEvents is admin-only.
      const hub = t.app.context.orderEvents;
      const before = hub.subscriberCount;
      await replaceText(
        page,
        page.locator('.graphiql-query-editor .monaco-editor'),
        'subscription { orderEvents { event { type } order { number } } }',
        true,
      );
      await page.locator('.graphiql-execute-button').click();
      await waitFor('the explorer subscribed', () => hub.subscriberCount > before, { timeoutMs: 60_000 });

      const order = await placeOrder(await registerAndLogin(t), [{ variant: store.shirt, quantity: 1 }]);
      const shown = await waitFor(
        'the new order in the response pane',
        async () => {
          const text = responseText(await page.locator('.graphiql-response').textContent());
          return text.includes(order.number) && text;
        },
        { timeoutMs: 60_000, intervalMs: 100 },
      );
      expect(shown).toContain('"orderEvents"');
      const sockets = requested.filter((url) => url.startsWith('ws'));
      expect(sockets.length).toBeGreaterThan(0);
      expect(sockets.every((url) => new URL(url).pathname === '/graphql')).toBe(true);
      expectOnlyThisServer();

      // The button now stops the subscription.
      await page.locator('.graphiql-execute-button').click();
      await waitFor('the subscription ended', () => hub.subscriberCount === before, { timeoutMs: 60_000 });
    },
    scaled(180_000),
  );

  /** No request of the page or its workers went to another host, and the CSP refused nothing. */
  function expectOnlyThisServer(): void {
    const server = new URL(t.url).host;
    const elsewhere = requested.filter((url) => {
      const parsed = new URL(url);
      return !['data:', 'blob:'].includes(parsed.protocol) && parsed.host !== server;
    });
    expect(elsewhere).toEqual([]);
    expect(cspViolations).toEqual([]);
  }
});

/** Monaco draws spaces as no-break spaces. */
function responseText(text: string | null): string {
  return (text ?? '').replace(/\u00a0/g, ' ');
}

/**
 * Replaces a Monaco editor's text as a paste would (typing would meet auto-closed brackets), until
 * the editor shows exactly `text`: a key press may land before the editor has taken the focus.
 */
async function replaceText(page: Page, editor: Locator, text: string, synced = false): Promise<void> {
  await waitFor(
    () => `the editor to hold ${text}`,
    async () => {
      await editor.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(text);
      return responseText(await editor.locator('.view-lines').textContent()) === text;
    },
    { timeoutMs: 60_000, intervalMs: 250 },
  );
  // GraphiQL takes an edit into its state a moment later (debounced), and runs what its state holds:
  // on a busy machine a click right away ran the previous query. Its tabs' state (each tab's query
  // and headers) is saved in localStorage as it changes: wait until it holds the new text.
  if (synced) {
    const escaped = JSON.stringify(text).slice(1, -1);
    await waitFor(
      () => `GraphiQL's state to hold ${text}`,
      async () => String(await page.evaluate('localStorage.getItem("graphiql:tabState")')).includes(escaped),
      { timeoutMs: 60_000, intervalMs: 100 },
    );
  }
}
