import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { FileUpload } from 'graphql-upload-minimal';
import { rollback, transact } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { type ProductImageRow, productImages, products } from './catalog.tables.js';
import { ImageError, processImage, readUploadLimited, type UploadStream } from './image-processing.js';
import { deleteImageFiles, storeRenditions } from './image-storage.js';

export interface ImageResult {
  errors: UserError[];
  image: ProductImageRow | null;
}

const IMAGE_ERROR_CODES = {
  TOO_LARGE: ErrorCode.IMAGE_TOO_LARGE,
  UNSUPPORTED_TYPE: ErrorCode.UNSUPPORTED_IMAGE_TYPE,
  CORRUPT: ErrorCode.CORRUPT_IMAGE,
} as const;

const fail = (field: string[], code: ErrorCode, message: string): ImageResult => ({
  errors: [userError(field, code, message)],
  image: null,
});

/** The upload's bytes could not be read whole: the client's request is at fault, not the server. */
const unreadable = (): ImageResult =>
  fail(
    ['input', 'file'],
    ErrorCode.CORRUPT_IMAGE,
    'The file could not be read whole from the request: it was cut short, or the map names it twice.',
  );

/**
 * Validates an uploaded image by its content, re-encodes it into WebP renditions without
 * metadata, stores them under MEDIA_DIR and appends the image to the product. Any failure
 * leaves no file and no row behind.
 */
export async function uploadProductImage(
  ctx: RequestContext,
  input: { productId: string; file: Promise<FileUpload>; alt?: string | null },
): Promise<ImageResult> {
  const { config, db, logger } = ctx.app;
  // Rejected by graphql-upload-minimal when the map names a file the request does not hold (or the
  // body ended first): the client's request is at fault, not the server.
  const upload = await input.file.catch(() => null);
  if (!upload) {
    return fail(
      ['input', 'file'],
      ErrorCode.INVALID_INPUT,
      'The file is missing from the request: send it as the multipart part its map entry names.',
    );
  }
  let stream: UploadStream;
  try {
    stream = upload.createReadStream() as unknown as UploadStream;
  } catch (err) {
    // graphql-upload-minimal throws 413 here when the file passed the limit before we read it.
    if ((err as { status?: number }).status === 413) {
      return fail(['input', 'file'], ErrorCode.IMAGE_TOO_LARGE, 'The file is larger than the upload limit.');
    }
    // Its stream already failed (the body ended inside the file), or another field took it.
    return unreadable();
  }
  // Drain rather than destroy: a destroyed busboy stream stalls the rest of the request body.
  const discard = () => {
    stream.resume();
  };
  if ((input.alt?.length ?? 0) > 500) {
    discard();
    return fail(['input', 'alt'], ErrorCode.INVALID_INPUT, 'The alternative text is at most 500 characters.');
  }
  const [product] = isUuid(input.productId)
    ? await db.select({ id: products.id }).from(products).where(eq(products.id, input.productId))
    : [];
  if (!product) {
    discard();
    return fail(['input', 'productId'], ErrorCode.NOT_FOUND, 'No product with this id.');
  }

  let bytes: Buffer;
  try {
    bytes = await readUploadLimited(stream, config.uploadMaxFileSize);
  } catch (err) {
    if (err instanceof ImageError) return fail(['input', 'file'], IMAGE_ERROR_CODES[err.code], err.message);
    // The stream broke or closed early: the request body ended inside the file.
    return unreadable();
  }
  let processed: Awaited<ReturnType<typeof processImage>>;
  try {
    processed = await processImage(bytes);
  } catch (err) {
    if (err instanceof ImageError) return fail(['input', 'file'], IMAGE_ERROR_CODES[err.code], err.message);
    throw err;
  }

  const imageId = randomUUID();
  const stored = await storeRenditions(config.mediaDir, product.id, imageId, processed.renditions);
  const largest = stored[stored.length - 1];
  try {
    const image = await transact(ctx, async (tx) => {
      // Lock the product so concurrent uploads get distinct positions.
      await tx.select({ id: products.id }).from(products).where(eq(products.id, product.id)).for('update');
      const [last] = await tx
        .select({ position: sql<number>`coalesce(max(${productImages.position}), -1)` })
        .from(productImages)
        .where(eq(productImages.productId, product.id));
      const [row] = await tx
        .insert(productImages)
        .values({
          id: imageId,
          productId: product.id,
          position: Number(last?.position ?? -1) + 1,
          alt: input.alt?.trim() ?? '',
          width: largest?.width ?? processed.width,
          height: largest?.height ?? processed.height,
          renditions: stored,
        })
        .returning();
      return row ?? null;
    });
    return { errors: [], image };
  } catch (err) {
    await deleteImageFiles(
      config.mediaDir,
      stored.map((r) => r.path),
    ).catch((cleanupErr: unknown) =>
      logger.error({ err: cleanupErr, imageId }, 'could not remove the files of a failed image upload'),
    );
    throw err;
  }
}

/** Deletes an image row, then its files (a file left by a crash in between is harmless; a dangling row is not). */
export async function deleteProductImage(
  ctx: RequestContext,
  id: string,
): Promise<{ errors: UserError[]; deletedId: string | null }> {
  const missing = {
    errors: [userError(['input', 'id'], ErrorCode.NOT_FOUND, 'No image with this id.')],
    deletedId: null,
  };
  if (!isUuid(id)) return missing;
  const [deleted] = await ctx.app.db.delete(productImages).where(eq(productImages.id, id)).returning();
  if (!deleted) return missing;
  await deleteImageFiles(
    ctx.app.config.mediaDir,
    deleted.renditions.map((r) => r.path),
  );
  return { errors: [], deletedId: id };
}

/** Sets the order of a product's images; the list must name each of its images exactly once. */
export async function reorderProductImages(
  ctx: RequestContext,
  input: { productId: string; imageIds: string[] },
): Promise<{ errors: UserError[]; images: ProductImageRow[] | null }> {
  const failed = (field: string[], code: ErrorCode, message: string) => ({
    errors: [userError(field, code, message)],
    images: null,
  });
  if (!isUuid(input.productId))
    return failed(['input', 'productId'], ErrorCode.NOT_FOUND, 'No product with this id.');
  return transact(ctx, async (tx) => {
    const [product] = await tx
      .select({ id: products.id })
      .from(products)
      .where(eq(products.id, input.productId))
      .for('update');
    if (!product)
      return rollback(failed(['input', 'productId'], ErrorCode.NOT_FOUND, 'No product with this id.'));
    const current = await tx
      .select({ id: productImages.id })
      .from(productImages)
      .where(eq(productImages.productId, product.id));
    const currentIds = new Set(current.map((row) => row.id));
    const sameSet =
      input.imageIds.length === currentIds.size &&
      new Set(input.imageIds).size === input.imageIds.length &&
      input.imageIds.every((id) => currentIds.has(id));
    if (!sameSet) {
      return rollback(
        failed(
          ['input', 'imageIds'],
          ErrorCode.INVALID_INPUT,
          'List every image of the product exactly once.',
        ),
      );
    }
    for (const [position, id] of input.imageIds.entries()) {
      await tx
        .update(productImages)
        .set({ position })
        .where(and(eq(productImages.id, id), eq(productImages.productId, product.id)));
    }
    const images = await tx
      .select()
      .from(productImages)
      .where(eq(productImages.productId, product.id))
      .orderBy(asc(productImages.position));
    return { errors: [], images };
  });
}
