import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { type FileUpload, processRequest } from 'graphql-upload-minimal';
import { describe, expect, it } from 'vitest';
import { readUploadLimited } from '../../src/modules/catalog/image-processing.js';
import { expectImageError, PNG_MAGIC, pseudoRandomBytes } from './image-support.js';

/** readUploadLimited: an upload read into memory up to a byte limit, alone and inside a real multipart request. */

describe('readUploadLimited', () => {
  it('reads a multi-chunk stream into one buffer', async () => {
    const stream = Readable.from([Buffer.from('hello '), Buffer.from('world')], { objectMode: false });
    const data = await readUploadLimited(stream, 100);
    expect(data.toString()).toBe('hello world');
  });

  it('accepts exactly maxBytes', async () => {
    const data = await readUploadLimited(Readable.from([Buffer.from('12345')]), 5);
    expect(data.toString()).toBe('12345');
  });

  it('rejects 10 bytes with a limit of 5 as TOO_LARGE and destroys the stream', async () => {
    const stream = Readable.from([Buffer.from('0123456789')]);
    await expectImageError(readUploadLimited(stream, 5), 'TOO_LARGE');
    expect(stream.destroyed).toBe(true);
  });

  it('stops reading as soon as the limit is crossed', async () => {
    let produced = 0;
    const stream = new Readable({
      read() {
        // 4000 bytes in 4-byte chunks; without the byte count it would all be read and resolved.
        produced++;
        this.push(produced > 1000 ? null : Buffer.alloc(4, produced));
      },
    });
    await expectImageError(readUploadLimited(stream, 10), 'TOO_LARGE');
    expect(stream.destroyed).toBe(true);
    const producedAtReject = produced;
    await new Promise((r) => setImmediate(r));
    expect(produced).toBe(producedAtReject);
    expect(produced).toBeLessThan(1000);
  });

  it("rejects with TOO_LARGE when the stream emits 'limit', even if it never ends, and destroys it", async () => {
    const stream = new Readable({ read() {} });
    const promise = readUploadLimited(stream, 1000);
    stream.push(Buffer.from('abcd'));
    await new Promise((r) => setImmediate(r));
    stream.emit('limit');
    await expectImageError(promise, 'TOO_LARGE');
    expect(stream.destroyed).toBe(true);
  });

  it("drains (does not destroy) a busboy-like stream after 'limit', so the multipart parser can go on", async () => {
    // What busboy does at maxFileSize: emit 'limit', flag truncated, skip the rest of the part and
    // end the stream normally at the next boundary. Its file streams carry `truncated` from the start.
    const stream = Object.assign(new Readable({ read() {} }), { truncated: false });
    const promise = readUploadLimited(stream, 1000);
    stream.push(Buffer.from('abcd'));
    await new Promise((r) => setImmediate(r));
    stream.emit('limit');
    stream.truncated = true;
    await expectImageError(promise, 'TOO_LARGE');
    expect(stream.destroyed).toBe(false);
    expect(stream.readableFlowing).toBe(true);
    const ended = once(stream, 'end');
    expect(stream.push(Buffer.alloc(64))).toBe(true);
    stream.push(null);
    await ended;
  });

  it('rejects a stream flagged truncated that then ends normally', async () => {
    const stream = new Readable({ read() {} }) as Readable & { truncated?: boolean };
    const promise = readUploadLimited(stream, 1000);
    stream.push(Buffer.from('abcd'));
    stream.truncated = true;
    stream.push(null);
    await expectImageError(promise, 'TOO_LARGE');
  });

  it('rejects with the stream error, and when the stream is destroyed before its end', async () => {
    const failing = new Readable({ read() {} });
    const p1 = readUploadLimited(failing, 1000);
    failing.destroy(new Error('client went away'));
    await expect(p1).rejects.toThrow('client went away');

    const closed = new Readable({ read() {} });
    const p2 = readUploadLimited(closed, 1000);
    closed.push(Buffer.from('ab'));
    closed.destroy();
    await expect(p2).rejects.toThrow(/closed before/);
  });

  it('rejects a stream that was already consumed instead of hanging', async () => {
    const stream = Readable.from([Buffer.from('abc')]);
    stream.resume();
    await new Promise((r) => stream.once('end', r));
    await expect(readUploadLimited(stream, 1000)).rejects.toThrow(/already/);
  });

  describe('with a real graphql-upload-minimal upload', () => {
    const boundary = 'XBOUNDARYX';
    const head = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="operations"',
      '',
      JSON.stringify({ query: 'mutation ($f: Upload!) { upload(file: $f) }', variables: { f: null } }),
      `--${boundary}`,
      'Content-Disposition: form-data; name="map"',
      '',
      JSON.stringify({ 0: ['variables.f'] }),
      `--${boundary}`,
      'Content-Disposition: form-data; name="0"; filename="a.png"',
      'Content-Type: image/png',
      '',
      '',
    ].join('\r\n');
    const tail = `\r\n--${boundary}--\r\n`;

    /**
     * Feeds a multipart request through graphql-upload-minimal: the head and the first file bytes,
     * then hands the file stream to readUploadLimited, then the rest in 16 KiB writes. `consumed`
     * settles once the parser has read the whole request body.
     */
    async function upload(file: Buffer, maxFileSize: number, maxBytes: number) {
      const req = new PassThrough() as PassThrough & { headers: Record<string, string> };
      req.headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
      const consumed = once(req, 'end');
      const operations = (await new Promise((resolve, reject) => {
        processRequest(req as any, undefined as any, { maxFileSize }).then(resolve, reject);
        req.write(Buffer.concat([Buffer.from(head), file.subarray(0, 4)]));
      })) as any;
      // Typed as graphql-upload-minimal declares it, so tsc checks the wiring the resolver will use.
      const fileUpload: FileUpload = await operations.variables.f.promise;
      const result = readUploadLimited(fileUpload.createReadStream(), maxBytes);
      result.catch(() => {}); // awaited by the caller
      for (let offset = 4; offset < file.length; offset += 16_384) {
        req.write(file.subarray(offset, offset + 16_384));
        await new Promise((r) => setImmediate(r));
      }
      req.end(tail);
      return { result, consumed };
    }

    // Only the signature needs to be real; readUploadLimited does not decode.
    const bigFile = Buffer.concat([PNG_MAGIC, pseudoRandomBytes(1024 * 1024)]);

    it('reads a file below the limit', async () => {
      const { result, consumed } = await upload(bigFile, 2_000_000, 2_000_000);
      expect((await result).equals(bigFile)).toBe(true);
      await consumed;
    });

    it("rejects a file over graphql-upload-minimal's maxFileSize, although busboy ends the stream normally", async () => {
      // maxBytes is generous: only the 'limit' event / truncated flag can catch this.
      const { result, consumed } = await upload(bigFile, 100, 2_000_000);
      await expectImageError(result, 'TOO_LARGE');
      await consumed;
    });

    it('rejects a file over maxBytes by counting, and the request body is still consumed to the end', async () => {
      // A destroyed busboy file stream would stall the parser here: 'end' would never come.
      const { result, consumed } = await upload(bigFile, 2_000_000, 100);
      await expectImageError(result, 'TOO_LARGE');
      await consumed;
    });
  });
});
