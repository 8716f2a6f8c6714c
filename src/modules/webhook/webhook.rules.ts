import { WEBHOOK_EVENT_TYPES, type WebhookEventTypeName } from './webhook-events.js';

/** Pure checks of what an admin enters for an endpoint; messages are safe to show. */

export const MAX_URL_LENGTH = 2048;
export const MAX_DESCRIPTION_LENGTH = 500;

export type UrlCheck = { ok: true; url: URL } | { ok: false; message: string };

/** http(s) only, no user name or password in it (secrets belong in the signing secret), a host. */
export function checkEndpointUrl(raw: string): UrlCheck {
  const text = raw.trim();
  if (text.length === 0) return { ok: false, message: 'Enter the URL of the endpoint.' };
  if (text.length > MAX_URL_LENGTH) {
    return { ok: false, message: `The URL must be at most ${MAX_URL_LENGTH} characters long.` };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: 'The URL is not valid, e.g. https://example.com/webhooks.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'The URL must start with https:// or http://.' };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      message:
        'The URL must not contain a user name or password; verify requests with the signature instead.',
    };
  }
  if (!url.hostname) return { ok: false, message: 'The URL must name a host.' };
  if (url.hash) return { ok: false, message: 'The URL must not contain a fragment (#...).' };
  return { ok: true, url };
}

export type EventsCheck = { ok: true; events: WebhookEventTypeName[] } | { ok: false; message: string };

/** At least one known event type; duplicates dropped, kept in the order of WEBHOOK_EVENT_TYPES. */
export function checkEndpointEvents(events: readonly string[]): EventsCheck {
  if (events.length === 0) return { ok: false, message: 'Choose at least one event type.' };
  const unknown = events.filter((e) => !(WEBHOOK_EVENT_TYPES as readonly string[]).includes(e));
  if (unknown.length > 0) return { ok: false, message: `Unknown event types: ${unknown.join(', ')}.` };
  return { ok: true, events: WEBHOOK_EVENT_TYPES.filter((t) => events.includes(t)) };
}
