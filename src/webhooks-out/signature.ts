import { createHmac } from 'node:crypto';

/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com/): a `whsec_<base64>` secret, and
 * `webhook-signature: v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, keyed
 * by the secret's decoded bytes. Any Standard Webhooks library verifies what this signs.
 */

export const SECRET_PREFIX = 'whsec_';

/** Bytes a secret's key may have: Standard Webhooks asks for 24 to 64. */
const MIN_KEY_BYTES = 24;
const MAX_KEY_BYTES = 64;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The key a `whsec_<base64>` secret stands for; null when `secret` is not one (prefix, standard base64, 24 to 64 bytes). */
export function webhookSecretKey(secret: string): Buffer | null {
  if (!secret.startsWith(SECRET_PREFIX)) return null;
  const encoded = secret.slice(SECRET_PREFIX.length);
  if (!BASE64.test(encoded)) return null;
  const key = Buffer.from(encoded, 'base64');
  return key.length >= MIN_KEY_BYTES && key.length <= MAX_KEY_BYTES ? key : null;
}

/** The rule `webhookSecretKey` checks, for configuration errors. */
export const SECRET_RULE = `${SECRET_PREFIX} followed by the standard base64 of ${MIN_KEY_BYTES} to ${MAX_KEY_BYTES} random bytes`;

/** The `webhook-signature` header value for one attempt: `v1,<base64>`. */
export function signWebhook(secret: string, webhookId: string, timestamp: number, body: string): string {
  const key = webhookSecretKey(secret);
  if (!key) throw new Error('not a Standard Webhooks secret');
  return `v1,${createHmac('sha256', key).update(`${webhookId}.${timestamp}.${body}`).digest('base64')}`;
}
