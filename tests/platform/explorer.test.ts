import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_CSP } from '../../src/explorer/routes.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/** What a browser sends when it opens a URL. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

const openInBrowser = (t: TestApp) => fetch(t.graphqlUrl, { headers: { accept: BROWSER_ACCEPT } });

describe('GRAPHQL_EXPLORER=graphiql (the default outside production)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('serves GraphiQL from the server itself, under a self-only Content-Security-Policy', async () => {
    const res = await openInBrowser(t);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const html = await res.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    // Nothing but this server's own files (and the empty data: icon that spares a /favicon.ico).
    expect(
      assets.filter((url) => url !== 'data:,').every((url) => url.startsWith('/graphql/explorer/assets/')),
    ).toBe(true);
    expect(html).not.toMatch(/https?:\/\//);
    const settings = JSON.parse(
      /<script type="application\/json" id="explorer-settings">([^<]*)</.exec(html)?.[1] ?? '',
    );
    expect(settings.endpoint).toBe('/graphql');
    expect(Object.keys(settings.workers).sort()).toEqual(['editor', 'graphql', 'json']);

    // Hashed files are kept by the browser for a year; the page itself is revalidated.
    for (const url of [
      ...assets.filter((u) => u.startsWith('/')),
      ...Object.values<string>(settings.workers),
    ]) {
      const asset = await fetch(`${t.url}${url}`);
      expect(asset.status, url).toBe(200);
      expect(asset.headers.get('cache-control'), url).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('content-type'), url).toMatch(/^text\/(javascript|css)/);
      await asset.arrayBuffer();
    }
    // Scripts and style sheets go gzipped to a browser that accepts it, as they are to one that does not.
    const script = `${t.url}${assets.find((u) => u.endsWith('.js'))}`;
    const gzipped = await fetch(script, { headers: { 'accept-encoding': 'gzip' } });
    const plain = await fetch(script, { headers: { 'accept-encoding': 'identity' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(gzipped.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await gzipped.text()).toBe(await plain.text());

    const missing = await fetch(`${t.graphqlUrl}/explorer/assets/missing-0000.js`);
    expect(missing.status).toBe(404);
    await missing.text();
  });

  it('leaves GraphQL requests alone: GET with a GraphQL Accept header, POST, no Accept header', async () => {
    const get = await fetch(`${t.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' }, extensions: expect.anything() });
    const post = await t.client().request('{ __typename }');
    expect(post.data).toEqual({ __typename: 'Query' });
    const bare = await fetch(`${t.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(bare.headers.get('content-type')).toMatch(/json/);
    await bare.text();
  });
});

describe('GRAPHQL_EXPLORER=apollo-sandbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_EXPLORER: 'apollo-sandbox' });
  });
  afterAll(() => t?.close());

  it("serves Apollo's Sandbox page (loaded from Apollo's CDN) as before", async () => {
    const res = await openInBrowser(t);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('apollo');
    expect(html).not.toContain('explorer-settings');
    expect(res.headers.get('content-security-policy')).toBeNull();
  });
});

describe('GRAPHQL_EXPLORER=off (the default in production)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_EXPLORER: 'off' });
  });
  afterAll(() => t?.close());

  it('serves no page: a browser gets the API answer, and no explorer file is served', async () => {
    const res = await openInBrowser(t);
    expect(res.headers.get('content-type')).not.toMatch(/html/);
    await res.text();
    const asset = await fetch(`${t.graphqlUrl}/explorer/assets/explorer.js`);
    expect(asset.headers.get('content-type') ?? '').not.toMatch(/javascript/);
    await asset.text();
  });
});
