import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ResultOf } from '@graphql-typed-document-node/core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import type { GqlResponse } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/** Product image uploads over real HTTP multipart requests (GraphQL multipart request spec). */
let t: TestApp;
let admin: SignedIn;
let productId: string;

const MAX_BYTES = 200 * 1024;

graphql(
  `fragment ImageFields on ProductImage { id alt width height position url renditions { width height url } }`,
);
const UPLOAD = graphql(`mutation ImageUpload($input: ProductImageUploadInput!) {
  productImageUpload(input: $input) {
    image { ...ImageFields }
    errors { field code message }
  }
}`);
const PRODUCT_CREATE = graphql(
  `mutation ImageProductCreate($input: ProductCreateInput!) { productCreate(input: $input) { product { id } errors { code } } }`,
);
const PRODUCT_IMAGES = graphql(
  `query ImageProduct($id: ID) { product(id: $id) { images { ...ImageFields } } }`,
);
const LISTING_IMAGES = graphql(
  `query ImageListing { products(first: 100) { nodes { id images { ...ImageFields } } } }`,
);
const PRODUCT_IMAGE_ORDER = graphql(
  `query ImageOrder($id: ID) { product(id: $id) { images { id alt position } } }`,
);
const REORDER = graphql(
  `mutation ImageReorder($input: ProductImagesReorderInput!) { productImagesReorder(input: $input) { images { id position } errors { code } } }`,
);
const IMAGE_DELETE = graphql(
  `mutation ImageDelete($input: DeleteInput!) { productImageDelete(input: $input) { deletedId errors { code } } }`,
);

beforeAll(async () => {
  t = await startTestApp({ UPLOAD_MAX_FILE_SIZE: String(MAX_BYTES) });
  admin = await adminClient(t);
  const created = await admin.client.ok(PRODUCT_CREATE, {
    input: { title: 'Camera', status: 'ACTIVE', variants: [{ sku: 'CAM-1', price: '10.00' }] },
  });
  productId = created.productCreate.product!.id;
});
afterAll(() => t?.close());

async function upload(
  file: Uint8Array,
  filename: string,
  options: { token?: string | null; preflight?: boolean; type?: string; alt?: string } = {},
) {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({
      query: UPLOAD.toString(),
      variables: { input: { productId, file: null, alt: options.alt ?? 'a camera' } },
    }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', new Blob([file], { type: options.type ?? 'application/octet-stream' }), filename);
  const token = options.token === undefined ? admin.accessToken : options.token;
  const response = await fetch(t.graphqlUrl, {
    method: 'POST',
    headers: {
      ...(options.preflight === false ? {} : { 'apollo-require-preflight': 'true' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: form,
  });
  type Answer = Pick<GqlResponse<ResultOf<typeof UPLOAD>>, 'data' | 'errors'>;
  return { status: response.status, body: (await response.json()) as Answer };
}

function mediaFiles(): string[] {
  const dir = join(t.config.mediaDir, 'products', productId);
  return existsSync(dir) ? readdirSync(dir) : [];
}

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .jpeg()
    .withMetadata({ exif: { IFD0: { Copyright: 'secret owner', Artist: 'someone' } } })
    .toBuffer();

describe('productImageUpload', () => {
  it('stores WebP renditions without metadata and serves them with long cache headers', async () => {
    const { body } = await upload(await photo(1600, 800), 'photo.jpg', { type: 'image/jpeg' });
    const payload = body.data!.productImageUpload;
    expect(payload.errors).toEqual([]);
    const image = payload.image!;
    expect(image.renditions.map((r) => [r.width, r.height])).toEqual([
      [160, 80],
      [480, 240],
      [1200, 600],
    ]);
    expect(image).toMatchObject({ width: 1200, height: 600, position: 0, alt: 'a camera' });
    // URLs are absolute on PUBLIC_URL (port 0 in tests): fetch the same path from the running server.
    const url = new URL(image.url);
    expect(url.pathname).toMatch(new RegExp(`^/media/products/${productId}/${image.id}-1200\\.webp$`));
    const response = await fetch(`${t.url}${url.pathname}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/max-age=31536000/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(8, 12).toString('ascii')).toBe('WEBP');
    const metadata = await sharp(bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(mediaFiles()).toHaveLength(3);
  });

  it('the product and the storefront listing answer the uploaded image as the upload did', async () => {
    const { body } = await upload(await photo(900, 600), 'listed.jpg', { alt: 'listed' });
    const uploaded = body.data!.productImageUpload.image!;
    // product(id) reads the images through the loader; the listing reads them in its own statement.
    const read = await t.client().ok(PRODUCT_IMAGES, { id: productId });
    const listed = await t.client().ok(LISTING_IMAGES);
    const node = listed.products.nodes.find((n) => n.id === productId);
    expect(node).toBeDefined();
    for (const images of [read.product!.images, node!.images]) {
      expect(images.map((i) => i.id)).toContain(uploaded.id);
      expect(images.find((i) => i.id === uploaded.id)).toEqual(uploaded);
    }
    expect(uploaded).toMatchObject({ alt: 'listed', width: 900, height: 600 });
  });

  it('refuses a file over the size limit and keeps nothing', async () => {
    const before = mediaFiles();
    const noise = Buffer.alloc(MAX_BYTES + 10_000, 7);
    const { body } = await upload(noise, 'big.png', { type: 'image/png' });
    expect(body.data!.productImageUpload.errors[0]?.code).toBe('IMAGE_TOO_LARGE');
    expect(body.data!.productImageUpload.image).toBeNull();
    expect(mediaFiles()).toEqual(before);
  });

  it('checks the content, not the name: a text file called .png is refused', async () => {
    const before = mediaFiles();
    const { body } = await upload(Buffer.from('just some text, not an image'), 'fake.png', {
      type: 'image/png',
    });
    expect(body.data!.productImageUpload.errors[0]).toMatchObject({
      code: 'UNSUPPORTED_IMAGE_TYPE',
      field: ['input', 'file'],
    });
    expect(mediaFiles()).toEqual(before);
  });

  it('refuses a truncated JPEG and keeps nothing', async () => {
    const before = mediaFiles();
    const full = await photo(800, 600);
    const { body } = await upload(full.subarray(0, Math.floor(full.length / 2)), 'cut.jpg', {
      type: 'image/jpeg',
    });
    expect(body.data!.productImageUpload.errors[0]?.code).toBe('CORRUPT_IMAGE');
    expect(mediaFiles()).toEqual(before);
  });

  it('refuses a multipart request without the CSRF preflight header', async () => {
    const before = mediaFiles();
    const { status } = await upload(await photo(200, 100), 'photo.jpg', { preflight: false });
    expect(status).toBe(400);
    expect(mediaFiles()).toEqual(before);
  });

  it('is admin only', async () => {
    const customer = await registerAndLogin(t);
    const forbidden = await upload(await photo(200, 100), 'photo.jpg', { token: customer.accessToken });
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await upload(await photo(200, 100), 'photo.jpg', { token: null });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('productImagesReorder and productImageDelete', () => {
  it('reorders, refuses incomplete lists, and deletes files with the row', async () => {
    const second = (await upload(await photo(300, 300), 'second.jpg', { alt: 'second' })).body.data!
      .productImageUpload.image!;
    const product = await admin.client.ok(PRODUCT_IMAGE_ORDER, { id: productId });
    const ids = product.product!.images.map((i) => i.id);
    expect(ids[ids.length - 1]).toBe(second.id);
    // a small original gives one rendition at its own width: no enlargement
    expect(second.renditions.map((r) => r.width)).toEqual([160, 300]);

    const reorder = REORDER;
    const bad = await admin.client.ok(reorder, { input: { productId, imageIds: [second.id] } });
    expect(bad.productImagesReorder.errors[0]?.code).toBe(ids.length > 1 ? 'INVALID_INPUT' : undefined);
    const reversed = [...ids].reverse();
    const good = await admin.client.ok(reorder, { input: { productId, imageIds: reversed } });
    expect(good.productImagesReorder.errors).toEqual([]);
    expect(good.productImagesReorder.images?.map((i) => i.id)).toEqual(reversed);

    const filesBefore = mediaFiles().filter((f) => f.startsWith(second.id));
    expect(filesBefore).toHaveLength(2);
    const deleted = await admin.client.ok(IMAGE_DELETE, { input: { id: second.id } });
    expect(deleted.productImageDelete.deletedId).toBe(second.id);
    expect(mediaFiles().filter((f) => f.startsWith(second.id))).toEqual([]);
    const after = await admin.client.ok(PRODUCT_IMAGE_ORDER, { id: productId });
    expect(after.product!.images.map((i) => i.id)).not.toContain(second.id);
  });
});
