import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { type HostCheck, type ResolvedAddress, resolvePublicAddresses } from './address-guard.js';

/** One POST of a webhook body; never throws: a failure is an outcome with an error. */
export interface WebhookPost {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** false: the host must resolve to public addresses only, and the connection goes to one of them. */
  allowPrivateUrls: boolean;
}

export interface WebhookPostOutcome {
  /** HTTP status; null when no response came (refused, timed out, host not allowed). */
  status: number | null;
  /** Null on a 2xx answer. */
  error: string | null;
  durationMs: number;
}

/** How much of a failing response's body the delivery log keeps. */
const ERROR_BODY_CHARS = 200;

/**
 * Connects only to the addresses checked just before: the name is not resolved again by the socket,
 * so a DNS answer that changes between the check and the connection (rebinding) cannot redirect it.
 */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const family = typeof options === 'object' ? options.family : undefined;
    const usable = addresses.filter((a) => !family || a.family === family);
    const list = usable.length > 0 ? usable : addresses;
    if (typeof options === 'object' && options.all) {
      (callback as unknown as (err: null, list: ResolvedAddress[]) => void)(null, list);
      return;
    }
    const first = list[0] as ResolvedAddress;
    callback(null, first.address, first.family);
  };
}

/**
 * POSTs the body. Without `allowPrivateUrls` the host is checked with `checkHost` (the DNS-resolving
 * guard; tests pass a stand-in) and the socket connects to one of the addresses it returned.
 */
export async function postWebhook(
  post: WebhookPost,
  checkHost: (host: string) => Promise<HostCheck> = resolvePublicAddresses,
): Promise<WebhookPostOutcome> {
  const started = performance.now();
  const done = (status: number | null, error: string | null): WebhookPostOutcome => ({
    status,
    error,
    durationMs: Math.max(0, Math.round(performance.now() - started)),
  });

  const url = new URL(post.url);
  let lookup: LookupFunction | undefined;
  if (!post.allowPrivateUrls) {
    const check = await checkHost(url.hostname);
    if (!check.ok) return done(null, check.message);
    lookup = pinnedLookup(check.addresses);
  }

  return new Promise<WebhookPostOutcome>((resolve) => {
    let settled = false;
    const finish = (status: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(done(status, error));
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      url,
      {
        method: 'POST',
        headers: { ...post.headers, 'content-length': String(Buffer.byteLength(post.body)) },
        ...(lookup ? { lookup } : {}),
      },
      (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        const ok = status >= 200 && status < 300;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (text.length < ERROR_BODY_CHARS) text += chunk;
        });
        res.on('end', () => {
          if (ok) finish(status, null);
          else {
            const snippet = text.trim().slice(0, ERROR_BODY_CHARS);
            finish(status, `HTTP ${status}${snippet ? `: ${snippet}` : ''}`);
          }
        });
        res.on('error', (err) => finish(status, `response failed: ${err.message}`));
      },
    );
    // The whole attempt (connect, send, answer) has `timeoutMs`; redirects are not followed.
    const timer = setTimeout(() => {
      finish(null, `no answer within ${post.timeoutMs} ms`);
      req.destroy();
    }, post.timeoutMs);
    req.on('error', (err) => finish(null, err.message || 'request failed'));
    req.end(post.body);
  });
}
