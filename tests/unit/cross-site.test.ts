import { describe, expect, it } from 'vitest';
import { isCrossSite } from '../../src/graphql/cross-site-guard.js';

/** The cross-site decision of cookie-authenticated mutations (src/graphql/cross-site-guard.ts). */

const TRUSTED = new Set(['https://shop.example.com', 'https://api.example.com']);
const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name] });

describe('isCrossSite', () => {
  it.each([
    [
      'a trusted origin, whatever Sec-Fetch-Site says',
      { origin: 'https://shop.example.com', 'sec-fetch-site': 'cross-site' },
    ],
    ["the request's own host", { origin: 'http://10.0.0.5:4000', host: '10.0.0.5:4000' }],
    ['no Origin, Sec-Fetch-Site same-origin', { 'sec-fetch-site': 'same-origin' }],
    ['no Origin, Sec-Fetch-Site same-site', { 'sec-fetch-site': 'same-site' }],
    ['no Origin, Sec-Fetch-Site none (typed in the address bar)', { 'sec-fetch-site': 'none' }],
    ['neither header (a server, not a browser)', {}],
  ])('lets through %s', (_, values) => {
    expect(isCrossSite(headers({ host: 'api.example.com', ...values }), TRUSTED)).toBe(false);
  });

  it.each([
    ['an untrusted origin', { origin: 'https://evil.example' }],
    [
      'a sibling subdomain that is not trusted',
      { origin: 'https://blog.example.com', 'sec-fetch-site': 'same-site' },
    ],
    ['a trusted host with another scheme', { origin: 'http://shop.example.com' }],
    ['Origin: null', { origin: 'null' }],
    ['an origin that is no URL', { origin: 'not a url' }],
    ['no Origin, Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }],
  ])('refuses %s', (_, values) => {
    expect(isCrossSite(headers({ host: 'api.example.com', ...values }), TRUSTED)).toBe(true);
  });

  it('refuses an untrusted origin when the request has no Host header', () => {
    expect(isCrossSite(headers({ origin: 'https://api.example.org' }), TRUSTED)).toBe(true);
  });
});
