import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteImageFiles,
  storeRenditions,
  UnsafeMediaPathError,
} from '../../src/modules/catalog/image-storage.js';

const PRODUCT = '0b7f3c1e-8a6d-4f2b-9c5e-1d2a3b4c5d6e';
const IMAGE = 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9';

let root: string; // holds mediaDir and an "outside" directory next to it
let mediaDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'image-storage-'));
  mediaDir = join(root, 'media');
  await mkdir(mediaDir);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function renditions() {
  return [
    { width: 160, height: 80, data: Buffer.from('rendition-160') },
    { width: 480, height: 240, data: Buffer.from('rendition-480') },
    { width: 1200, height: 600, data: Buffer.from('rendition-1200') },
  ];
}

describe('storeRenditions', () => {
  it('writes every rendition and returns forward-slash paths relative to mediaDir', async () => {
    const stored = await storeRenditions(mediaDir, PRODUCT, IMAGE, renditions());
    expect(stored).toEqual([
      { width: 160, height: 80, path: `products/${PRODUCT}/${IMAGE}-160.webp` },
      { width: 480, height: 240, path: `products/${PRODUCT}/${IMAGE}-480.webp` },
      { width: 1200, height: 600, path: `products/${PRODUCT}/${IMAGE}-1200.webp` },
    ]);
    for (const { width, path } of stored) {
      expect((await readFile(join(mediaDir, ...path.split('/')))).toString()).toBe(`rendition-${width}`);
    }
    // No temp files left beside them.
    expect((await readdir(join(mediaDir, 'products', PRODUCT))).sort()).toEqual(
      [`${IMAGE}-1200.webp`, `${IMAGE}-160.webp`, `${IMAGE}-480.webp`].sort(),
    );
  });

  it("keeps other images' files of the same product", async () => {
    const other = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    await storeRenditions(mediaDir, PRODUCT, other, renditions());
    await storeRenditions(mediaDir, PRODUCT, IMAGE, renditions());
    expect(await readdir(join(mediaDir, 'products', PRODUCT))).toHaveLength(6);
  });

  it('leaves no file behind when the second write fails (target blocked by a directory)', async () => {
    const dir = join(mediaDir, 'products', PRODUCT);
    await mkdir(join(dir, `${IMAGE}-480.webp`), { recursive: true });
    await expect(storeRenditions(mediaDir, PRODUCT, IMAGE, renditions())).rejects.toThrow();
    // Only the blocking directory remains: the 160 file is deleted, the 1200 never written, no temp files.
    expect(await readdir(dir)).toEqual([`${IMAGE}-480.webp`]);
  });

  it('leaves no file behind when a write fails after its temp file was created', async () => {
    const list = renditions();
    list[2] = { width: 1200, height: 600, data: 42 as any }; // writeFile rejects a number
    await expect(storeRenditions(mediaDir, PRODUCT, IMAGE, list)).rejects.toThrow();
    expect(await readdir(join(mediaDir, 'products', PRODUCT))).toEqual([]);
  });

  it('only deletes its own files when a write fails', async () => {
    const other = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    await storeRenditions(mediaDir, PRODUCT, other, renditions());
    const list = renditions();
    list[1] = { width: 480, height: 240, data: 42 as any };
    await expect(storeRenditions(mediaDir, PRODUCT, IMAGE, list)).rejects.toThrow();
    expect((await readdir(join(mediaDir, 'products', PRODUCT))).every((f) => f.startsWith(other))).toBe(true);
    expect(await readdir(join(mediaDir, 'products', PRODUCT))).toHaveLength(3);
  });

  it('refuses ids that are not safe path segments, and duplicate widths, before writing', async () => {
    await expect(storeRenditions(mediaDir, '../evil', IMAGE, renditions())).rejects.toThrow(RangeError);
    await expect(storeRenditions(mediaDir, PRODUCT, '..', renditions())).rejects.toThrow(RangeError);
    await expect(storeRenditions(mediaDir, PRODUCT, 'a/b', renditions())).rejects.toThrow(RangeError);
    const dup = [renditions()[0]!, renditions()[0]!];
    await expect(storeRenditions(mediaDir, PRODUCT, IMAGE, dup)).rejects.toThrow(RangeError);
    expect(await readdir(mediaDir)).toEqual([]);
    expect(await readdir(root)).toEqual(['media']);
  });
});

describe('deleteImageFiles', () => {
  it('deletes stored files and ignores ones already gone', async () => {
    const stored = await storeRenditions(mediaDir, PRODUCT, IMAGE, renditions());
    const paths = stored.map((s) => s.path);
    await rm(join(mediaDir, ...paths[0]!.split('/')));
    await deleteImageFiles(mediaDir, [
      ...paths,
      `products/${PRODUCT}/never-existed.webp`,
      'products/nope/x.webp',
    ]);
    expect(await readdir(join(mediaDir, 'products', PRODUCT))).toEqual([]);
    // Calling it again is a no-op.
    await deleteImageFiles(mediaDir, paths);
  });

  it('refuses ../ paths, absolute paths and the media directory itself, deleting nothing', async () => {
    const outside = join(root, 'outside.txt');
    await writeFile(outside, 'keep me');
    const stored = await storeRenditions(mediaDir, PRODUCT, IMAGE, renditions());
    const inside = stored[0]!.path;

    for (const bad of [
      '../outside.txt',
      `products/${PRODUCT}/../../../outside.txt`,
      outside,
      '',
      '.',
      'products/..',
    ]) {
      await expect(deleteImageFiles(mediaDir, [inside, bad])).rejects.toThrow(UnsafeMediaPathError);
    }
    expect(existsSync(outside)).toBe(true);
    // The valid path in the same call was not deleted either.
    expect(existsSync(join(mediaDir, ...inside.split('/')))).toBe(true);
  });

  it('refuses to follow a symlinked directory out of mediaDir', async () => {
    const outsideDir = join(root, 'elsewhere');
    await mkdir(outsideDir);
    await writeFile(join(outsideDir, 'victim.webp'), 'keep me');
    await symlink(outsideDir, join(mediaDir, 'link'));
    await expect(deleteImageFiles(mediaDir, ['link/victim.webp'])).rejects.toThrow(UnsafeMediaPathError);
    expect(existsSync(join(outsideDir, 'victim.webp'))).toBe(true);
  });
});
