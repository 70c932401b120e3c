/**
 * What a file is, from its first bytes: never from a name or a declared `Content-Type`, which a
 * client or a provider may get wrong. The media store keeps the type found here and serves it.
 */

/** The media types the gateway can tell apart. */
export type MediaType =
  | 'image/jpeg'
  | 'image/png'
  | 'image/webp'
  | 'image/gif'
  | 'image/heic'
  | 'image/heif'
  | 'image/avif'
  | 'video/mp4'
  | 'video/quicktime'
  | 'video/webm';

/** Bytes `sniff` needs at most to decide: a file shorter than this is judged on what it has. */
export const SNIFF_BYTES = 64;

/** Photos both providers take. */
export const PHOTO_TYPES: readonly MediaType[] = ['image/jpeg', 'image/png', 'image/webp'];
/** What a provider's video may be. */
export const VIDEO_TYPES: readonly MediaType[] = ['video/mp4', 'video/quicktime', 'video/webm'];
/** What a provider's cover image may be. */
export const COVER_TYPES: readonly MediaType[] = ['image/jpeg', 'image/png', 'image/webp'];

/** The usual file extension of each type, for URLs a provider may judge by their ending. */
export const EXTENSIONS: Record<MediaType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'image/avif': 'avif',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
};

/** HEIF-family brands (ISO/IEC 23008-12): still images, whatever container box they share with MP4. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1', 'mif2']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

const ascii = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');

/** The type of a file from its first bytes (at least `SNIFF_BYTES` of them when the file has that many); null when none of the known ones. */
export function sniff(head: Uint8Array): MediaType | null {
  const b = head;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && ascii(b, 0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'image/webp';
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return 'image/gif';
  if (b.length >= 4 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return 'video/webm';
  // ISO base media file format: a first box `ftyp` with the major brand, a version, then compatible brands.
  if (b.length >= 12 && ascii(b, 4, 8) === 'ftyp') {
    const size = Buffer.from(b.subarray(0, 4)).readUInt32BE(0);
    const end = Math.min(b.length, size >= 16 ? size : 16);
    const major = ascii(b, 8, 12);
    const brands = [major];
    for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(b, at, at + 4));
    if (AVIF_BRANDS.has(major)) return 'image/avif';
    if (HEIC_BRANDS.has(major)) return 'image/heic';
    if (HEIF_BRANDS.has(major)) {
      if (brands.some((x) => AVIF_BRANDS.has(x))) return 'image/avif';
      return brands.some((x) => HEIC_BRANDS.has(x)) ? 'image/heic' : 'image/heif';
    }
    return major === 'qt  ' ? 'video/quicktime' : 'video/mp4';
  }
  return null;
}

/** For people: `JPEG`, `HEIC/HEIF`, `MP4`, … */
export function describeType(type: MediaType | null): string {
  switch (type) {
    case null:
      return 'not an image or video';
    case 'image/heic':
    case 'image/heif':
      return 'a HEIC/HEIF image';
    case 'video/quicktime':
      return 'a QuickTime video';
    default:
      return `a ${EXTENSIONS[type].toUpperCase()} ${type.startsWith('image/') ? 'image' : 'video'}`;
  }
}
