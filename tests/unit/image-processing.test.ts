import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_INPUT_PIXELS,
  detectImageType,
  processImage,
} from '../../src/modules/catalog/image-processing.js';
import { expectImageError, pseudoRandomBytes } from './image-support.js';

/** detectImageType and processImage: formats, resizing, EXIF stripping and what is refused. */

const RED = { r: 255, g: 0, b: 0 };
const BLUE = { r: 0, g: 0, b: 255 };

/** A width x height image: left half red, right half blue. */
function twoTone(width: number, height: number): sharp.Sharp {
  const half = Math.floor(width / 2);
  return sharp({ create: { width, height, channels: 3, background: RED } }).composite([
    {
      input: { create: { width: width - half, height, channels: 3, background: BLUE } },
      left: half,
      top: 0,
    },
  ]);
}

function isWebp(data: Buffer): boolean {
  return (
    data.subarray(0, 4).toString('latin1') === 'RIFF' && data.subarray(8, 12).toString('latin1') === 'WEBP'
  );
}

let jpegWithExif: Buffer; // 2000 x 1000 stored, EXIF orientation 6 (display 1000 x 2000)
let png2000: Buffer; // 2000 x 1000
let webp2000: Buffer; // 2000 x 1000
let tinyPng: Buffer; // 100 x 50
let png300: Buffer; // 300 x 150
let gif: Buffer;

beforeAll(async () => {
  jpegWithExif = await twoTone(2000, 1000)
    .jpeg({ quality: 90 })
    .withMetadata({
      orientation: 6,
      exif: {
        IFD0: { Copyright: 'secret', Artist: 'x' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '51/1 30/1 0/1',
          GPSLongitudeRef: 'W',
          GPSLongitude: '0/1 7/1 0/1',
        },
      },
    })
    .toBuffer();
  png2000 = await twoTone(2000, 1000).png().toBuffer();
  webp2000 = await twoTone(2000, 1000).webp().toBuffer();
  tinyPng = await twoTone(100, 50).png().toBuffer();
  png300 = await twoTone(300, 150).png().toBuffer();
  gif = await twoTone(100, 50).gif().toBuffer();
});

describe('test fixtures', () => {
  it('the JPEG really carries EXIF (orientation, copyright, GPS) before processing', async () => {
    const meta = await sharp(jpegWithExif).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.orientation).toBe(6);
    expect(meta.exif).toBeDefined();
    const exif = meta.exif!.toString('latin1');
    expect(exif).toContain('secret');
    expect(jpegWithExif.includes(Buffer.from('secret'))).toBe(true);
  });
});

describe('detectImageType', () => {
  it('detects JPEG, PNG and WebP by magic bytes', () => {
    expect(detectImageType(jpegWithExif)).toBe('jpeg');
    expect(detectImageType(png2000)).toBe('png');
    expect(detectImageType(webp2000)).toBe('webp');
  });

  it('accepts the bare signatures and rejects near misses', () => {
    expect(detectImageType(Buffer.from([0xff, 0xd8, 0xff]))).toBe('jpeg');
    expect(detectImageType(Buffer.from([0xff, 0xd8, 0xfe]))).toBeNull();
    expect(detectImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(detectImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a]))).toBeNull();
    expect(detectImageType(Buffer.from('RIFF\x10\x00\x00\x00WEBP', 'latin1'))).toBe('webp');
    expect(detectImageType(Buffer.from('RIFF\x10\x00\x00\x00WAVE', 'latin1'))).toBeNull();
    expect(detectImageType(Buffer.from('RIFF\x10\x00\x00\x00WEB', 'latin1'))).toBeNull();
    expect(detectImageType(Buffer.alloc(0))).toBeNull();
  });

  it('ignores names and declared types: a text file "named" .png is null, a PNG is a PNG whatever its name', () => {
    // The function only sees bytes; the "file names" here show what an upload would claim.
    const upload = (filename: string, mimetype: string, data: Buffer) => ({ filename, mimetype, data });
    const fakePng = upload('photo.png', 'image/png', Buffer.from('this is just text, not an image\n'));
    const realPng = upload('notes.txt', 'text/plain', png2000);
    expect(detectImageType(fakePng.data)).toBeNull();
    expect(detectImageType(realPng.data)).toBe('png');
  });

  it('does not recognise GIF (or anything else sharp could read)', () => {
    expect(detectImageType(gif)).toBeNull();
  });
});

describe('processImage', () => {
  it('rotates a JPEG by its EXIF orientation, renders WebP at each width and keeps the aspect ratio', async () => {
    const result = await processImage(jpegWithExif);
    // Stored 2000 x 1000 with orientation 6: upright it is 1000 x 2000.
    expect(result.width).toBe(1000);
    expect(result.height).toBe(2000);
    // 1200 exceeds the upright width, so the largest rendition is the original width.
    expect(result.renditions.map((r) => [r.width, r.height])).toEqual([
      [160, 320],
      [480, 960],
      [1000, 2000],
    ]);
    for (const rendition of result.renditions) {
      expect(isWebp(rendition.data)).toBe(true);
      const meta = await sharp(rendition.data).metadata();
      expect(meta.format).toBe('webp');
      expect([meta.width, meta.height]).toEqual([rendition.width, rendition.height]);
    }
  });

  it('really rotates the pixels: the left (red) half of the stored image ends up on top', async () => {
    const { renditions } = await processImage(jpegWithExif, [160]);
    const { data, info } = await sharp(renditions[0]!.data).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => {
      const i = (y * info.width + x) * info.channels;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    };
    const [topR, , topB] = pixel(80, 40);
    const [bottomR, , bottomB] = pixel(80, 280);
    expect(topR).toBeGreaterThan(200);
    expect(topB).toBeLessThan(60);
    expect(bottomB).toBeGreaterThan(200);
    expect(bottomR).toBeLessThan(60);
  });

  it('strips EXIF, GPS, XMP and ICC metadata from every rendition', async () => {
    const { renditions } = await processImage(jpegWithExif);
    expect(renditions.length).toBe(3);
    for (const { data } of renditions) {
      const meta = await sharp(data).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(data.includes(Buffer.from('secret'))).toBe(false);
      expect(data.includes(Buffer.from('EXIF'))).toBe(false);
      expect(data.includes(Buffer.from('Exif'))).toBe(false);
    }
  });

  it('processes a 2000 x 1000 PNG into 160/480/1200 wide renditions', async () => {
    const result = await processImage(png2000);
    expect([result.width, result.height]).toEqual([2000, 1000]);
    expect(result.renditions.map((r) => [r.width, r.height])).toEqual([
      [160, 80],
      [480, 240],
      [1200, 600],
    ]);
    for (const r of result.renditions) expect(detectImageType(r.data)).toBe('webp');
  });

  it('processes a WebP upload', async () => {
    const result = await processImage(webp2000);
    expect([result.width, result.height]).toEqual([2000, 1000]);
    expect(result.renditions.map((r) => r.width)).toEqual([160, 480, 1200]);
    for (const r of result.renditions) expect(isWebp(r.data)).toBe(true);
  });

  it('never enlarges: a 100 x 50 image gives a single 100 x 50 rendition', async () => {
    const result = await processImage(tinyPng);
    expect([result.width, result.height]).toEqual([100, 50]);
    expect(result.renditions.map((r) => [r.width, r.height])).toEqual([[100, 50]]);
    const meta = await sharp(result.renditions[0]!.data).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 100, 50]);
  });

  it('caps widths at the original and drops duplicates: 300 px wide gives 160 and 300', async () => {
    const result = await processImage(png300);
    expect(result.renditions.map((r) => [r.width, r.height])).toEqual([
      [160, 80],
      [300, 150],
    ]);
  });

  it('honours custom widths, sorted and deduplicated', async () => {
    const result = await processImage(png2000, [800, 200, 800]);
    expect(result.renditions.map((r) => [r.width, r.height])).toEqual([
      [200, 100],
      [800, 400],
    ]);
  });

  it('rejects invalid widths', async () => {
    await expect(processImage(png2000, [])).rejects.toThrow(RangeError);
    await expect(processImage(png2000, [0])).rejects.toThrow(RangeError);
    await expect(processImage(png2000, [100.5])).rejects.toThrow(RangeError);
  });

  it('fails with CORRUPT on a truncated JPEG (first half of the bytes)', async () => {
    const truncated = jpegWithExif.subarray(0, Math.floor(jpegWithExif.length / 2));
    expect(detectImageType(truncated)).toBe('jpeg');
    await expectImageError(processImage(truncated), 'CORRUPT');
  });

  it('fails with CORRUPT on a truncated PNG', async () => {
    const truncated = png2000.subarray(0, Math.floor(png2000.length / 2));
    await expectImageError(processImage(truncated), 'CORRUPT');
  });

  it('fails with CORRUPT on random bytes behind a JPEG header', async () => {
    const bogus = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), pseudoRandomBytes(4096)]);
    const error = await expectImageError(processImage(bogus), 'CORRUPT');
    // The admin-facing message does not leak libvips internals.
    expect(error.message).not.toMatch(/vips|marker/i);
  });

  it('fails with CORRUPT on a bare PNG signature', async () => {
    await expectImageError(processImage(png2000.subarray(0, 8)), 'CORRUPT');
  });

  it('fails with UNSUPPORTED_TYPE on text, empty input and GIF', async () => {
    await expectImageError(processImage(Buffer.from('hello, I am a text file\n')), 'UNSUPPORTED_TYPE');
    await expectImageError(processImage(Buffer.alloc(0)), 'UNSUPPORTED_TYPE');
    await expectImageError(processImage(gif), 'UNSUPPORTED_TYPE');
  });

  it('refuses images above the pixel limit (TOO_LARGE), and accepts them at the limit', async () => {
    await expectImageError(processImage(tinyPng, undefined, { maxInputPixels: 100 * 50 - 1 }), 'TOO_LARGE');
    const ok = await processImage(tinyPng, undefined, { maxInputPixels: 100 * 50 });
    expect(ok.renditions).toHaveLength(1);
  });

  it('refuses a decompression bomb by its header with the default limit, without decoding it', async () => {
    // A tiny PNG whose header claims 8000 x 6000 (48 MP > 40 MP): only the header is real.
    const bomb = Buffer.from(tinyPng);
    bomb.writeUInt32BE(8000, 16);
    bomb.writeUInt32BE(6000, 20);
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)) >>> 0, 29);
    expect((await sharp(bomb).metadata()).width).toBe(8000);
    expect(8000 * 6000).toBeGreaterThan(DEFAULT_MAX_INPUT_PIXELS);
    const error = await expectImageError(processImage(bomb), 'TOO_LARGE');
    expect(error.message).toContain('8000 x 6000');
  });
});
