import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import Provider from 'oidc-provider';

/**
 * OpenID providers for the OIDC suites, on 127.0.0.1 and a random port. Not a test file.
 *
 * `startTestIssuer`: a real provider (the `oidc-provider` package) with one confidential client.
 * Its login is answered programmatically: the account named by `loginAs` signs in, and consent is
 * granted for the scopes asked. `startFakeIssuer`: a tiny issuer of our own (discovery, keys,
 * authorize, token with PKCE) whose ID tokens can be made wrong in one way at a time, to show that
 * each check of the server really refuses them.
 */

export const REDIRECT_URI = 'https://shop.example/oidc/callback';
export const CLIENT_ID = 'storefront';
export const CLIENT_SECRET = 'client-secret-for-the-test-issuer-0123456789';

export interface IssuerAccount {
  email: string;
  email_verified: boolean;
  name: string;
}

export interface TestIssuer {
  issuer: string;
  /** Accounts by subject (`sub`). */
  accounts: Map<string, IssuerAccount>;
  /** The subject the next login interaction signs in. */
  loginAs(subject: string): void;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export async function startTestIssuer(): Promise<TestIssuer> {
  const accounts = new Map<string, IssuerAccount>();
  let nextSubject: string | undefined;
  let provider: Provider | undefined;
  const server = createServer((req, res) => {
    if (!provider) return void res.writeHead(503).end();
    if (req.url?.startsWith('/interaction/')) {
      // The login page, answered at once: the chosen account signs in.
      const finished = (async () => {
        await provider!.interactionDetails(req, res);
        if (!nextSubject) throw new Error('loginAs() was not called');
        await provider!.interactionFinished(
          req,
          res,
          { login: { accountId: nextSubject } },
          { mergeWithLastSubmission: false },
        );
      })();
      finished.catch((err: Error) => res.writeHead(500).end(err.message));
      return;
    }
    provider.callback()(req, res);
  });
  const issuer = await listen(server);
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [REDIRECT_URI],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...account }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The claims of the scopes go into the ID token (the server reads no userinfo).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    // Consent is granted for whatever the client asks.
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope(String(ctx.oidc.params!.scope));
      await grant.save();
      return grant;
    },
    cookies: { keys: ['cookie-key-of-the-test-issuer'] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 300, IdToken: 300 },
  });
  return {
    issuer,
    accounts,
    loginAs: (subject) => {
      nextSubject = subject;
    },
    close: () => closeServer(server),
  };
}

/** Follows the provider's redirects from the authorization URL to REDIRECT_URI, keeping its cookies. */
export async function authorize(authorizationUrl: string): Promise<URLSearchParams> {
  const cookies = new Map<string, string>();
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`no redirect from ${url}: ${response.status} ${await response.text()}`);
    const next = new URL(location, url);
    if (next.href.startsWith(REDIRECT_URI)) return next.searchParams;
    url = next.href;
  }
  throw new Error('too many redirects');
}

/** How the fake issuer spoils its next ID tokens. */
export type Spoil = 'none' | 'nonce' | 'expired' | 'audience' | 'signature';

export interface FakeIssuer {
  issuer: string;
  /** Applies to ID tokens issued from now on. */
  spoil(how: Spoil): void;
  close(): Promise<void>;
}

interface PendingCode {
  nonce: string;
  challenge: string;
  redirectUri: string;
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** A minimal OpenID provider: one client (CLIENT_ID), one account, RS256 ID tokens. */
export async function startFakeIssuer(account: { sub: string } & IssuerAccount): Promise<FakeIssuer> {
  const keys = await generateKeyPair('RS256');
  const strangerKeys = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, PendingCode>();
  let spoilt: Spoil = 'none';
  let issuer = '';
  const json = (res: import('node:http').ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_post'],
      });
    }
    if (url.pathname === '/jwks') return json(res, 200, { keys: [jwk] });
    if (url.pathname === '/authorize') {
      const params = url.searchParams;
      const code = randomBytes(16).toString('base64url');
      codes.set(code, {
        nonce: params.get('nonce') ?? '',
        challenge: params.get('code_challenge') ?? '',
        redirectUri: params.get('redirect_uri') ?? '',
      });
      const back = new URL(params.get('redirect_uri') ?? '');
      back.searchParams.set('code', code);
      back.searchParams.set('state', params.get('state') ?? '');
      return res.writeHead(302, { location: back.href }).end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      void formBody(req).then(async (form) => {
        const pending = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        const challenge = createHash('sha256').update(verifier).digest('base64url');
        if (
          form.get('client_id') !== CLIENT_ID ||
          form.get('client_secret') !== CLIENT_SECRET ||
          !pending ||
          pending.challenge !== challenge ||
          pending.redirectUri !== form.get('redirect_uri')
        ) {
          return json(res, 400, { error: 'invalid_grant' });
        }
        const now = Math.floor(Date.now() / 1000);
        const { sub, ...claims } = account;
        const idToken = await new SignJWT({
          ...claims,
          nonce: spoilt === 'nonce' ? 'a-nonce-of-another-sign-in' : pending.nonce,
        })
          .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
          .setIssuer(issuer)
          .setSubject(sub)
          .setAudience(spoilt === 'audience' ? 'another-client' : CLIENT_ID)
          .setIssuedAt(spoilt === 'expired' ? now - 7200 : now)
          .setExpirationTime(spoilt === 'expired' ? now - 3600 : now + 300)
          .sign(spoilt === 'signature' ? strangerKeys.privateKey : keys.privateKey);
        return json(res, 200, {
          access_token: randomBytes(16).toString('base64url'),
          token_type: 'Bearer',
          expires_in: 300,
          id_token: idToken,
        });
      });
      return;
    }
    res.writeHead(404).end();
  });
  issuer = await listen(server);
  return {
    issuer,
    spoil: (how) => {
      spoilt = how;
    },
    close: () => closeServer(server),
  };
}
