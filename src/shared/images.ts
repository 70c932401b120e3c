import { imageSize } from 'image-size';

/** What the first bytes of an image say: its format and pixel size. */
export interface ImageHeader {
  /** image-size's name of the format: `jpg`, `png`, `webp`, `heif`, … */
  type: string;
  width: number;
  height: number;
}

/**
 * Reads a stream until its image header can be parsed, at most `maxBytes`: null when the bytes read
 * are not an image whose size can be read. The one image sniffer of the gateway and the sandbox.
 */
export async function readImageHeader(stream: AsyncIterable<Buffer | string>, maxBytes: number): Promise<ImageHeader | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buf);
    size += buf.length;
    const header = parse(Buffer.concat(chunks));
    if (header) return header;
    if (size >= maxBytes) return null;
  }
  return parse(Buffer.concat(chunks));
}

function parse(bytes: Buffer): ImageHeader | null {
  try {
    const { width, height, type } = imageSize(bytes);
    return width && height && type ? { type, width, height } : null;
  } catch {
    return null;
  }
}
