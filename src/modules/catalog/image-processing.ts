import type { Metadata, Sharp } from 'sharp';
import { lazyRequire } from '../../lazy-require.js';

/** sharp (and libvips), loaded at the first image (see lazy-require.ts). */
const loadSharp = lazyRequire<typeof import('sharp')>('sharp');

/**
 * Product image pipeline: read an upload into memory with a hard size cap, identify it by its magic
 * bytes, and turn it into stripped, auto-rotated WebP renditions. Plain functions, no GraphQL or
 * database imports; the mutation maps {@link ImageError} codes to user-facing errors.
 */

export type ImageErrorCode = 'TOO_LARGE' | 'UNSUPPORTED_TYPE' | 'CORRUPT';

/** A rejected upload. `message` is safe to show to an admin (no paths, no library internals). */
export class ImageError extends Error {
  override readonly name = 'ImageError';

  constructor(
    readonly code: ImageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export type ImageType = 'jpeg' | 'png' | 'webp';

/** Default rendition widths, in pixels. */
export const DEFAULT_RENDITION_WIDTHS: readonly number[] = [160, 480, 1200];

/** Refuse images above this many pixels (width x height) before decoding them: decompression bombs. */
export const DEFAULT_MAX_INPUT_PIXELS = 40_000_000;

/** WebP quality of every rendition. */
export const WEBP_QUALITY = 80;

/**
 * The stream `(await upload).createReadStream()` returns. graphql-upload-minimal hands over
 * busboy's file stream: when `maxFileSize` is exceeded busboy emits `'limit'` on it, sets
 * `truncated`, drops the rest of the file and later ends the stream normally, so a consumer that
 * only waits for `'end'` would accept a silently truncated file.
 */
export type UploadStream = NodeJS.ReadableStream & {
  on(event: 'limit', listener: () => void): unknown;
  destroy?(error?: Error): unknown;
  readonly truncated?: boolean;
  readonly destroyed?: boolean;
  readonly readableEnded?: boolean;
};

function tooLarge(maxBytes: number): ImageError {
  return new ImageError('TOO_LARGE', `The file is larger than the ${formatBytes(maxBytes)} upload limit.`);
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

/**
 * Stops buffering a rejected upload. A busboy file stream (graphql-upload-minimal's; recognised by
 * its boolean `truncated`) must not be destroyed: busboy keeps pushing the rest of the part into it,
 * a destroyed stream refuses every push, and the multipart parser then waits forever for a read, so
 * the HTTP request body is never consumed and the client hangs until the socket times out. Like
 * graphql-upload-minimal's own handling of unwanted files, it is resumed instead: the rest is
 * discarded as it arrives, capped by busboy's `maxFileSize`, and the request completes. Any other
 * stream is destroyed (without an error, so nothing can emit an unhandled 'error').
 */
function discardRest(stream: UploadStream): void {
  if (typeof stream.truncated === 'boolean') {
    stream.resume();
  } else if (typeof stream.destroy === 'function') {
    if (!stream.destroyed) stream.destroy();
  } else {
    stream.resume();
  }
}

/**
 * Reads an upload stream into memory. Rejects with `ImageError('TOO_LARGE')` as soon as more than
 * `maxBytes` bytes arrive, or when the stream reports `'limit'` / `truncated` (graphql-upload-minimal's
 * own `maxFileSize`); nothing more is buffered after that (busboy's stream is drained, any other
 * stream destroyed: see {@link discardRest}). A stream
 * error rejects with that error; a stream closed before its end rejects too, so the promise always
 * settles.
 *
 * Note: busboy emits `'limit'` once a file reaches `maxFileSize` bytes exactly, so configure
 * `graphqlUploadExpress({ maxFileSize })` with at least `maxBytes + 1` to accept files of exactly
 * `maxBytes`. If the limit was hit before the resolver asked for the stream, `createReadStream()`
 * itself throws graphql-upload-minimal's HttpError (status 413): map that to TOO_LARGE too.
 */
export function readUploadLimited(stream: UploadStream, maxBytes: number): Promise<Buffer> {
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
    return Promise.reject(new RangeError(`maxBytes must be a non-negative integer, got ${maxBytes}`));
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;

    const detach = (): void => {
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('close', onClose);
      stream.removeListener('limit', onLimit);
      // The 'error' listener stays: it is a no-op once settled and keeps a late error (for instance
      // graphql-upload-minimal destroying the stream when the request aborts) from going unhandled.
    };

    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      detach();
      chunks.length = 0;
      discardRest(stream);
      reject(error);
    };

    function onData(chunk: Buffer | string): void {
      if (settled) return;
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += buffer.length;
      if (total > maxBytes) {
        fail(tooLarge(maxBytes));
        return;
      }
      chunks.push(buffer);
    }

    function onLimit(): void {
      fail(tooLarge(maxBytes));
    }

    function onEnd(): void {
      if (settled) return;
      if (stream.truncated === true) {
        fail(tooLarge(maxBytes));
        return;
      }
      settled = true;
      detach();
      resolve(Buffer.concat(chunks, total));
    }

    function onClose(): void {
      // Only reached when 'close' comes before 'end': the stream was destroyed mid-upload.
      fail(new Error('The upload stream closed before the whole file was received.'));
    }

    function onError(error: Error): void {
      fail(error);
    }

    if (stream.truncated === true) {
      fail(tooLarge(maxBytes));
      return;
    }
    if (stream.destroyed === true || stream.readableEnded === true) {
      fail(new Error('The upload stream has already been consumed or destroyed.'));
      return;
    }

    stream.on('error', onError);
    stream.on('limit', onLimit);
    stream.on('end', onEnd);
    stream.on('close', onClose);
    stream.on('data', onData);
  });
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

function startsWith(buffer: Uint8Array, bytes: readonly number[], offset = 0): boolean {
  if (buffer.length < offset + bytes.length) return false;
  return bytes.every((byte, i) => buffer[offset + i] === byte);
}

/** Identifies JPEG, PNG and WebP by their magic bytes only; anything else (or too short) is null. */
export function detectImageType(buffer: Uint8Array): ImageType | null {
  if (startsWith(buffer, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(buffer, PNG_SIGNATURE)) return 'png';
  // RIFF <4-byte size> WEBP
  if (startsWith(buffer, [0x52, 0x49, 0x46, 0x46]) && startsWith(buffer, [0x57, 0x45, 0x42, 0x50], 8)) {
    return 'webp';
  }
  return null;
}

export interface ImageRenditionData {
  width: number;
  height: number;
  /** WebP-encoded bytes, without any metadata. */
  data: Buffer;
}

export interface ProcessedImage {
  /** Dimensions of the original once rotated upright by its EXIF orientation. */
  width: number;
  height: number;
  /** One per distinct width, ascending; never wider than the original. */
  renditions: ImageRenditionData[];
}

export interface ProcessImageOptions {
  /** Largest accepted width x height of the input; default {@link DEFAULT_MAX_INPUT_PIXELS}. */
  maxInputPixels?: number;
}

function isSharpPixelLimitError(error: unknown): boolean {
  return error instanceof Error && /pixel limit/i.test(error.message);
}

function corrupt(cause: unknown): ImageError {
  return new ImageError('CORRUPT', 'The image file is damaged or incomplete and could not be read.', {
    cause,
  });
}

function pixelsTooLarge(maxPixels: number, width?: number, height?: number): ImageError {
  const megapixels = (maxPixels / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 });
  const size = width && height ? `${width} x ${height} pixels` : 'too large';
  return new ImageError(
    'TOO_LARGE',
    `The image is ${size}; images may have at most ${megapixels} megapixels.`,
  );
}

/**
 * Validates and converts an uploaded image into WebP renditions. JPEG, PNG and WebP only (by magic
 * bytes; `UNSUPPORTED_TYPE` otherwise, before sharp sees the data). Each rendition is auto-rotated by
 * the EXIF orientation, resized to the requested width without enlargement (widths above the
 * original collapse into one rendition at the original width), re-encoded as WebP with every piece
 * of metadata (EXIF, GPS, XMP, ICC) stripped. Truncated or corrupt data fails with `CORRUPT`;
 * images above `maxInputPixels` fail with `TOO_LARGE` without being decoded.
 */
export async function processImage(
  buffer: Buffer,
  widths: readonly number[] = DEFAULT_RENDITION_WIDTHS,
  options: ProcessImageOptions = {},
): Promise<ProcessedImage> {
  const maxInputPixels = options.maxInputPixels ?? DEFAULT_MAX_INPUT_PIXELS;
  if (!Number.isSafeInteger(maxInputPixels) || maxInputPixels < 1) {
    throw new RangeError(`maxInputPixels must be a positive integer, got ${maxInputPixels}`);
  }
  if (widths.length === 0) throw new RangeError('At least one rendition width is required');
  for (const width of widths) {
    if (!Number.isSafeInteger(width) || width < 1) {
      throw new RangeError(`Rendition widths must be positive integers, got ${width}`);
    }
  }

  const type = detectImageType(buffer);
  if (type === null) {
    throw new ImageError('UNSUPPORTED_TYPE', 'Unsupported file type: upload a JPEG, PNG or WebP image.');
  }

  // 'error' rejects truncated files and corrupt pixel data ('truncated' is the minimum for that;
  // 'none' silently decodes the first half of a truncated JPEG) while tolerating the harmless
  // libjpeg warnings ("extraneous bytes before marker") that some cameras produce.
  const input = (): Sharp => loadSharp()(buffer, { failOn: 'error', limitInputPixels: maxInputPixels });

  let metadata: Metadata;
  try {
    // Header only, nothing is decoded: no pixel limit here so the check below can name the size.
    metadata = await loadSharp()(buffer, { failOn: 'error', limitInputPixels: false }).metadata();
  } catch (error) {
    throw corrupt(error);
  }
  if (metadata.format !== type) {
    throw new ImageError('UNSUPPORTED_TYPE', 'Unsupported file type: upload a JPEG, PNG or WebP image.');
  }
  const storedWidth = metadata.width;
  const storedHeight = metadata.height;
  if (!storedWidth || !storedHeight) throw corrupt(new Error('missing dimensions'));
  if (storedWidth * storedHeight > maxInputPixels) {
    throw pixelsTooLarge(maxInputPixels, storedWidth, storedHeight);
  }
  // Orientations 5-8 swap the axes.
  const swap = (metadata.orientation ?? 1) >= 5;
  const width = metadata.autoOrient?.width ?? (swap ? storedHeight : storedWidth);
  const height = metadata.autoOrient?.height ?? (swap ? storedWidth : storedHeight);

  const targetWidths = [...new Set(widths.map((w) => Math.min(w, width)))].sort((a, b) => a - b);

  const renditions: ImageRenditionData[] = [];
  // Sequential: decoding a large original several times at once would multiply peak memory.
  for (const targetWidth of targetWidths) {
    try {
      const { data, info } = await input()
        .rotate()
        .resize({ width: targetWidth, withoutEnlargement: true })
        .webp({ quality: WEBP_QUALITY })
        .toBuffer({ resolveWithObject: true });
      renditions.push({ width: info.width, height: info.height, data });
    } catch (error) {
      if (isSharpPixelLimitError(error)) throw pixelsTooLarge(maxInputPixels, storedWidth, storedHeight);
      throw corrupt(error);
    }
  }
  return { width, height, renditions };
}
