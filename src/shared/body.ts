/** Thrown by `readCapped` when a body is larger than allowed. */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
  readonly limit: number;
  constructor(limit: number) {
    super(`body larger than ${limit} bytes`);
    this.limit = limit;
  }
}

/**
 * Reads a stream (a request, a response body) to the end, refusing more than `limit` bytes: a
 * declared `content-length` over it is refused before reading, a chunked body as soon as it
 * passes it. The one capped reader of the gateway and the sandbox.
 *
 * A response body being read from a peer is destroyed then (`destroy: true`: nothing more is
 * wanted from it); a request is left alone, so that the server can still answer it (413, with
 * `connection: close`).
 */
export async function readCapped(
  stream: AsyncIterable<Buffer | string> & { destroy(): void },
  limit: number,
  declaredLength?: string | number | undefined,
  options: { destroy?: boolean } = {},
): Promise<Buffer> {
  const refuse = () => {
    if (options.destroy) stream.destroy();
    return new BodyTooLargeError(limit);
  };
  if (declaredLength !== undefined && Number(declaredLength) > limit) throw refuse();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > limit) throw refuse();
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
