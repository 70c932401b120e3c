import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

/**
 * Media files for the media tests: the sandbox's own JPEG and MP4 (real files), and small images
 * made here, byte for byte as their formats define them: a PNG of any size, the header of a
 * lossless WebP, and a HEIC file's leading boxes (what a phone's photo starts with).
 */

const SANDBOX_MEDIA = new URL('../../src/sandbox/media/', import.meta.url);

/** The sandbox's 1920×1080 living-room photo. */
export const JPEG = readFileSync(new URL('room-living-1920x1080.jpg', SANDBOX_MEDIA));
/** The sandbox's property video (H.264, 6 s). */
export const MP4 = readFileSync(new URL('property-sandbox.mp4', SANDBOX_MEDIA));

function chunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid PNG, `width`×`height`, RGB, every pixel grey. */
export function png(width: number, height: number) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const row = Buffer.alloc(1 + width * 3, 0x80);
  row[0] = 0; // filter: none
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The RIFF container and VP8L header of a lossless WebP of `width`×`height`. */
export function webp(width: number, height: number) {
  const bits = (width - 1) | ((height - 1) << 14);
  const vp8l = Buffer.alloc(5 + 16);
  vp8l[0] = 0x2f;
  vp8l.writeUInt32LE(bits >>> 0, 1);
  const body = Buffer.concat([Buffer.from('VP8L', 'latin1'), Buffer.from([vp8l.length, 0, 0, 0]), vp8l]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(4 + body.length);
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), size, Buffer.from('WEBP', 'latin1'), body]);
}

/** The `ftyp` box of an iPhone HEIC photo (major brand `heic`, compatible `mif1 heic`), then some of its data. */
export function heic() {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic', 'latin1'), Buffer.alloc(4), Buffer.from('mif1heic', 'latin1')]);
  return Buffer.concat([ftyp, Buffer.from([0, 0, 0, 0x10]), Buffer.from('meta', 'latin1'), Buffer.alloc(8), Buffer.alloc(4096, 0x42)]);
}

/** `bytes` as a stream of `size`-byte chunks, the way a download arrives. */
export async function* chunked(bytes: Buffer, size = 64 * 1024): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}
