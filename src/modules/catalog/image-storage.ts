import { randomBytes } from 'node:crypto';
import { mkdir, open, realpath, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Product image files below MEDIA_DIR: `products/<productId>/<imageId>-<width>.webp`, served at
 * `/media/<path>`. Plain functions, no GraphQL or database imports.
 */

export interface RenditionToStore {
  width: number;
  height: number;
  /** Encoded WebP bytes. */
  data: Uint8Array;
}

export interface StoredRendition {
  width: number;
  height: number;
  /** Relative to mediaDir, forward slashes: `products/<productId>/<imageId>-<width>.webp`. */
  path: string;
}

/** A path given to {@link deleteImageFiles} that is not a plain relative path inside mediaDir. */
export class UnsafeMediaPathError extends Error {
  override readonly name = 'UnsafeMediaPathError';
}

// Ids become path segments: letters, digits, '-' and '_' only (UUIDs pass), never '.', '/' or '\'.
const SAFE_SEGMENT = /^[A-Za-z0-9_-]{1,128}$/;

function assertSafeSegment(label: string, value: string): void {
  if (!SAFE_SEGMENT.test(value))
    throw new RangeError(`${label} is not a safe path segment: ${JSON.stringify(value)}`);
}

async function removeQuietly(file: string): Promise<void> {
  await rm(file, { force: true }).catch(() => {});
}

/** Writes `data` to a temp file beside `target`, flushes it, then renames it over `target`. */
async function writeAtomically(target: string, data: Uint8Array): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `.${randomBytes(8).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await removeQuietly(temp);
    throw error;
  }
}

/**
 * Writes each rendition to `<mediaDir>/products/<productId>/<imageId>-<width>.webp` (temp file in the
 * same directory, then an atomic rename) and returns the paths relative to mediaDir, in input order.
 * If any write fails, every file already written for this image is deleted before the error is
 * rethrown, so a failed upload leaves nothing behind. Ids must match `[A-Za-z0-9_-]+` and widths must
 * be distinct positive integers (RangeError otherwise, before anything is written).
 */
export async function storeRenditions(
  mediaDir: string,
  productId: string,
  imageId: string,
  renditions: readonly RenditionToStore[],
): Promise<StoredRendition[]> {
  assertSafeSegment('productId', productId);
  assertSafeSegment('imageId', imageId);
  const widths = new Set<number>();
  for (const { width } of renditions) {
    if (!Number.isSafeInteger(width) || width < 1) throw new RangeError(`Invalid rendition width: ${width}`);
    if (widths.has(width)) throw new RangeError(`Duplicate rendition width: ${width}`);
    widths.add(width);
  }

  const dir = join(mediaDir, 'products', productId);
  await mkdir(dir, { recursive: true });

  const written: string[] = [];
  const stored: StoredRendition[] = [];
  try {
    for (const rendition of renditions) {
      const name = `${imageId}-${rendition.width}.webp`;
      const target = join(dir, name);
      await writeAtomically(target, rendition.data);
      written.push(target);
      stored.push({
        width: rendition.width,
        height: rendition.height,
        path: `products/${productId}/${name}`,
      });
    }
  } catch (error) {
    await Promise.all(written.map(removeQuietly));
    throw error;
  }
  return stored;
}

/**
 * Deletes files given as paths relative to mediaDir (as returned by {@link storeRenditions}); files
 * already gone are ignored. Every path is checked first: an absolute path, an empty one, or one that
 * resolves outside mediaDir (`../`, or through a symlinked directory) throws
 * {@link UnsafeMediaPathError} and nothing is deleted. Other failures are attempted for every path,
 * then the first error is rethrown.
 */
export async function deleteImageFiles(mediaDir: string, paths: readonly string[]): Promise<void> {
  const root = resolve(mediaDir);
  const targets = paths.map((path) => {
    if (path.length === 0 || path.includes('\0') || isAbsolute(path) || path.includes('\\')) {
      throw new UnsafeMediaPathError(`Refusing to delete media path ${JSON.stringify(path)}`);
    }
    const target = resolve(root, path);
    if (!isInside(root, target)) {
      throw new UnsafeMediaPathError(
        `Refusing to delete media path outside the media directory: ${JSON.stringify(path)}`,
      );
    }
    return target;
  });
  if (targets.length === 0) return;

  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch (error) {
    if (isNotFound(error)) return; // no media directory: nothing to delete
    throw error;
  }

  const results = await Promise.allSettled(
    targets.map(async (target) => {
      let realDir: string;
      try {
        realDir = await realpath(dirname(target));
      } catch (error) {
        if (isNotFound(error)) return;
        throw error;
      }
      // A symlinked directory below mediaDir must not lead rm() outside it.
      if (!isInside(realRoot, realDir) && realDir !== realRoot) {
        throw new UnsafeMediaPathError(
          `Refusing to delete media path outside the media directory: ${target}`,
        );
      }
      try {
        await unlink(join(realDir, basename(target)));
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    }),
  );
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}
