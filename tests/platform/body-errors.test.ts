import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { captureLogs } from '../support/log-capture.js';

/** Bodies the server cannot read: 4xx JSON in the GraphQL error shape, logged without the body. */

const { logger, raw: logLines } = captureLogs();

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await startTestApp({}, { logger: logger });
  admin = await adminClient(t);
});

afterAll(() => t?.close());

interface Answer {
  status: number;
  contentType: string | null;
  requestId: string | null;
  body: { data?: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };
}

async function post(body: string | Uint8Array, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(t.graphqlUrl, { method: 'POST', body, headers });
  const text = await response.text();
  let parsed: Answer['body'];
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`not JSON (${response.status}): ${text.slice(0, 300)}`);
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    requestId: response.headers.get('x-request-id'),
    body: parsed,
  };
}

/** A 4xx answer with one BAD_REQUEST error and no data. */
function expectRefused(answer: Answer, status: number, message: RegExp): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.contentType).toMatch(/^application\/json/);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
  expect(answer.body.errors[0]?.message).toMatch(message);
}

/** The log line about this request (by its id). */
function loggedFor(requestId: string | null): Record<string, any> {
  const lines = logLines.filter((line) => requestId && line.includes(requestId));
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0] as string);
}

describe('JSON bodies', () => {
  it('malformed JSON: 400 in the GraphQL error shape; the log has its size and request id, never the body', async () => {
    const secret = 'hunter2-never-logged';
    const body = `{"query":"mutation { accountLogin(input: { email: \\"a@example.com\\", password: \\"${secret}\\" }) { accessToken } }", `;
    const answer = await post(body, { 'content-type': 'application/json' });
    expectRefused(answer, 400, /not valid JSON/);
    expect(JSON.stringify(answer.body)).not.toContain(secret);

    const logged = loggedFor(answer.requestId);
    expect(logged).toMatchObject({
      status: 400,
      reason: 'entity.parse.failed',
      bytes: Buffer.byteLength(body),
    });
    expect(Object.keys(logged).sort()).toEqual([
      'bytes',
      'level',
      'msg',
      'reason',
      'requestId',
      'status',
      'time',
    ]);
    expect(logLines.join('')).not.toContain(secret);
  });

  it('answers in the media type the client accepts', async () => {
    const answer = await post('{', {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
    });
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(/^application\/graphql-response\+json/);
  });

  it('a body over 1 MB: 413 JSON', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1024 * 1024) } });
    const answer = await post(body, { 'content-type': 'application/json' });
    expectRefused(answer, 413, /larger than 1048576 bytes/);
    expect(loggedFor(answer.requestId)).toMatchObject({ status: 413, bytes: Buffer.byteLength(body) });
  });
});

describe('multipart bodies', () => {
  const boundary = 'test-boundary-7f3a';
  const headers = {
    'content-type': `multipart/form-data; boundary=${boundary}`,
    'apollo-require-preflight': 'true',
  };
  const part = (name: string, value: string, filename?: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"\r\nContent-Type: image/png` : ''}\r\n\r\n${value}\r\n`;
  const end = `--${boundary}--\r\n`;
  const operations = JSON.stringify({ query: '{ __typename }' });

  it('cut in the middle of a part: 400 JSON, not a 500 page', async () => {
    const whole = part('operations', operations) + part('map', '{}') + end;
    const answer = await post(whole.slice(0, 60), headers);
    expectRefused(answer, 400, /malformed or truncated/);
    expect(loggedFor(answer.requestId)).toMatchObject({ status: 400, reason: 'multipart-malformed' });
  });

  it("without 'map', without 'operations', with bad JSON, or with nothing: 400 JSON", async () => {
    expectRefused(
      await post(part('operations', operations) + end, headers),
      400,
      /Missing multipart field 'map'/,
    );
    expectRefused(await post(part('map', '{}') + end, headers), 400, /'map' should follow 'operations'/);
    expectRefused(
      await post(part('operations', '{"query": ') + part('map', '{}') + end, headers),
      400,
      /Invalid JSON in the 'operations'/,
    );
    expectRefused(await post(end, headers), 400, /malformed or truncated/);
    expectRefused(await post('', headers), 400, /malformed or truncated/);
    const noBoundary = { ...headers, 'content-type': 'multipart/form-data' };
    expectRefused(await post(part('operations', operations) + end, noBoundary), 400, /content-type/i);
  });

  const UPLOAD = `mutation($input: ProductImageUploadInput!) {
    productImageUpload(input: $input) { image { id } errors { field code message } }
  }`;

  /** Posts an image upload for the test product, its multipart body ending with `rest`. */
  async function upload(rest: string): Promise<Record<string, any>> {
    const ops = JSON.stringify({ query: UPLOAD, variables: { input: { productId, file: null } } });
    const map = JSON.stringify({ 0: ['variables.input.file'] });
    const response = await fetch(t.graphqlUrl, {
      method: 'POST',
      body: Buffer.from(part('operations', ops) + part('map', map) + rest, 'latin1'),
      headers: { ...headers, authorization: `Bearer ${admin.accessToken}` },
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    return (await response.json()) as Record<string, any>;
  }

  async function imageCount(): Promise<number> {
    const data = await admin.client.ok(`query($id: ID!) { product(id: $id) { images { id } } }`, {
      id: productId,
    });
    return data.product.images.length;
  }

  let productId: string;
  beforeAll(async () => {
    const created = await admin.client.ok(
      `mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { id } errors { code } } }`,
      { input: { title: 'Upload target', variants: [{ sku: 'UPLOAD-TARGET', price: '1.00' }] } },
    );
    productId = created.productCreate.product.id;
  });

  it('a mapped file the request does not hold (its part has another name): the payload says so', async () => {
    const body = await upload(part('1', 'not an image', 'a.png') + end);
    expect(body.errors).toBeUndefined();
    expect(body.data.productImageUpload).toMatchObject({
      image: null,
      errors: [{ field: ['input', 'file'], code: 'INVALID_INPUT' }],
    });
    expect(await imageCount()).toBe(0);
  });

  it('cut in the middle of the file itself: the payload says so, nothing is stored', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('latin1');
    const body = await upload(
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n${png}`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.productImageUpload).toMatchObject({
      image: null,
      errors: [{ field: ['input', 'file'], code: 'CORRUPT_IMAGE' }],
    });
    expect(await imageCount()).toBe(0);
  });
});

describe('the log', () => {
  it('holds no body of any request above', () => {
    const text = logLines.join('');
    expect(text).not.toMatch(/hunter2|__typename|not an image|"body"/);
  });
});
