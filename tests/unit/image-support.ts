import { expect } from 'vitest';
import { ImageError } from '../../src/modules/catalog/image-processing.js';

/** Helpers shared by the image tests (tests/unit/image-processing.test.ts, image-upload-limit.test.ts). */

export const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Deterministic pseudo-random bytes (xorshift32), so the corrupt-data test never flakes. */
export function pseudoRandomBytes(length: number, seed = 0x9e3779b9): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export async function expectImageError(
  promise: Promise<unknown>,
  code: ImageError['code'],
): Promise<ImageError> {
  const error = await promise.then(
    () => {
      throw new Error(`expected ImageError ${code}, but it resolved`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImageError);
  expect((error as ImageError).code).toBe(code);
  expect((error as ImageError).message.length).toBeGreaterThan(0);
  return error as ImageError;
}
