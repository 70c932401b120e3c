import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * VibePeak's webhook signature scheme, in one place so it can change when the real one is known.
 * Signed string: `"{timestamp}.{raw body}"`; signature: HMAC-SHA256 with the key's webhook secret,
 * lowercase hex (docs/provider-contracts.md §2 Webhooks, [choice]).
 */
export function signVibePeakWebhook(secret: string, timestamp: number | string, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/** Receivers reject timestamps further than this from their own clock. */
export const VIBEPEAK_WEBHOOK_TOLERANCE_SECONDS = 300;

export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing_headers' | 'bad_timestamp' | 'stale_timestamp' | 'bad_signature' };

/** Verifies a delivery: timestamp within tolerance, signature compared in constant time. */
export function verifyVibePeakWebhook(
  secret: string,
  headers: { signature: string | null | undefined; timestamp: string | null | undefined },
  rawBody: string | Buffer,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): SignatureCheck {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp) return { ok: false, reason: 'missing_headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'bad_timestamp' };
  if (Math.abs(nowSeconds - Number(timestamp)) > VIBEPEAK_WEBHOOK_TOLERANCE_SECONDS) return { ok: false, reason: 'stale_timestamp' };
  const expected = Buffer.from(signVibePeakWebhook(secret, timestamp, rawBody), 'hex');
  const given = /^[0-9a-f]{64}$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad_signature' };
  return { ok: true };
}
