import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lazyRequire } from '../lazy-require.js';

/** sharp, loaded only when placeholder images are made (see lazy-require.ts). */
const loadSharp = lazyRequire<typeof import('sharp')>('sharp');

import type { ImageRendition } from '../modules/catalog/catalog.tables.js';
import type { DemoProduct } from './demo-products.js';

/** Placeholder product photos for the demo catalog: a gradient with the product's initials. */

const DEMO_IMAGE_WIDTHS = [160, 480, 1200] as const;

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function shade(hex: string, factor: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) =>
    Math.max(0, Math.min(255, Math.round(((n >> shift) & 0xff) * factor)))
      .toString(16)
      .padStart(2, '0');
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}

function isLight(hex: string): boolean {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.299 * ((n >> 16) & 0xff) + 0.587 * ((n >> 8) & 0xff) + 0.114 * (n & 0xff) > 165;
}

/** A square gradient with the product's initials and title, as SVG drawn at `width` pixels. */
function placeholderSvg(product: DemoProduct, width: number): Buffer {
  const { colour, initials } = product.image;
  const ink = isLight(colour) ? '#1f1f1f' : '#ffffff';
  const title = product.title.length > 34 ? `${product.title.slice(0, 33)}…` : product.title;
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${width}" viewBox="0 0 1200 1200">` +
      `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${shade(colour, 1.15)}"/>` +
      `<stop offset="1" stop-color="${shade(colour, 0.7)}"/></linearGradient></defs>` +
      `<rect width="1200" height="1200" fill="url(#g)"/>` +
      `<text x="600" y="600" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-weight="bold" font-size="420" fill="${ink}" fill-opacity="0.88" text-anchor="middle" dominant-baseline="central">${escapeXml(initials)}</text>` +
      `<text x="600" y="1050" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="56" fill="${ink}" fill-opacity="0.75" text-anchor="middle">${escapeXml(title)}</text>` +
      `<text x="600" y="150" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="44" fill="${ink}" fill-opacity="0.6" text-anchor="middle">${escapeXml(product.brand ?? '')}</text>` +
      '</svg>',
  );
}

/**
 * Renders the placeholder at each width as WebP into
 * `<mediaDir>/products/<productId>/<imageId>-<w>.webp`; returns the renditions (paths relative to mediaDir).
 */
export async function writePlaceholderImage(
  mediaDir: string,
  productId: string,
  imageId: string,
  product: DemoProduct,
): Promise<ImageRendition[]> {
  const dir = join(mediaDir, 'products', productId);
  await mkdir(dir, { recursive: true });
  return Promise.all(
    DEMO_IMAGE_WIDTHS.map(async (width) => {
      // Rendering the SVG at each size is cheaper than resizing a 1200 px raster. Effort 0 encodes
      // several times faster than the default and these flat images stay ~30 KB for all three.
      const data = await loadSharp()(placeholderSvg(product, width))
        .webp({ quality: 80, effort: 0 })
        .toBuffer();
      const path = `products/${productId}/${imageId}-${width}.webp`;
      await writeFile(join(mediaDir, path), data);
      return { width, height: width, path };
    }),
  );
}
