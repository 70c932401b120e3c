import type { IncomingMessage } from 'node:http';
import { ProviderError, validationError } from './provider-error.ts';

/** Largest request body either emulator reads. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a JSON request body. Throws `413 PAYLOAD_TOO_LARGE` past `limit` bytes and
 * `400 VALIDATION_ERROR` (field `body`) for a broken stream, invalid JSON or a non-object.
 */
export async function readJsonObject(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Record<string, unknown>> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw tooLarge(limit);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    throw validationError('body', 'The request body could not be read');
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw validationError('body', 'The request body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw validationError('body', 'The request body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

function tooLarge(limit: number): ProviderError {
  return new ProviderError(413, 'PAYLOAD_TOO_LARGE', `The request body exceeds ${limit} bytes`, {
    details: { limit },
    // The rest of the body is never read: the connection cannot be reused.
    headers: { connection: 'close' },
  });
}
