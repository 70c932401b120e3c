import type { IncomingMessage } from 'node:http';
import { BodyTooLargeError, readCapped } from '../../shared/body.ts';
import { ProviderError, validationError } from './provider-error.ts';

/** Largest request body either emulator reads. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a JSON request body. Throws `413 PAYLOAD_TOO_LARGE` past `limit` bytes and
 * `400 VALIDATION_ERROR` (field `body`) for a broken stream, invalid JSON or a non-object.
 */
export async function readJsonObject(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Record<string, unknown>> {
  let body: Buffer;
  try {
    body = await readCapped(req, limit, req.headers['content-length']);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw tooLarge(limit);
    throw validationError('body', 'The request body could not be read');
  }
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
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
