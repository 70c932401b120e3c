import { isIP } from 'node:net';
import { Agent, request } from 'undici';
import type { SendResult, WebhookRequest, WebhookSender } from '../tasks/webhook-deliveries.ts';
import { guardedLookup } from '../shared/addresses.ts';
import { isAllowedAddress } from '../tasks/webhook-targets.ts';
import { signWebhook } from './signature.ts';

export interface HttpWebhookSenderOptions {
  /** Whether loopback targets may be reached (open mode, or the in-process sandbox). Private ones never. */
  allowLoopback: boolean;
  /** Longest one attempt may take, connecting, sending and waiting for the answer's headers and body. */
  timeoutMs: number;
  /** Bytes of a response body read before it is dropped (never stored). @default 65_536 */
  maxResponseBytes?: number;
}

/** The `code` of the error a connection to a refused address fails with. */
const TARGET_REFUSED = 'ERR_WEBHOOK_TARGET_REFUSED';

/**
 * Sends outgoing webhooks over HTTP with undici: one `Agent` (a pool per receiving origin,
 * keep-alive), explicit connect, headers and body timeouts under one deadline per attempt, no
 * redirects followed (a 3xx is a failed attempt: a receiver must answer at the URL it gave), the
 * response body read up to a cap and discarded. Every address a host name resolves to is checked
 * when connecting (`webhook-targets.ts`), so a name that points into a private network is refused.
 */
export class HttpWebhookSender implements WebhookSender {
  readonly #agent: Agent;
  readonly #o: Required<HttpWebhookSenderOptions>;
  readonly #closing = new AbortController();

  constructor(options: HttpWebhookSenderOptions) {
    this.#o = { maxResponseBytes: 65_536, ...options };
    const { timeoutMs, allowLoopback } = this.#o;
    this.#agent = new Agent({
      connections: 8,
      connect: { timeout: Math.min(5_000, timeoutMs), lookup: guardedLookup((address) => isAllowedAddress(address, allowLoopback), TARGET_REFUSED) },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      keepAliveTimeout: 4_000,
    });
  }

  async send(req: WebhookRequest): Promise<SendResult> {
    const url = new URL(req.url);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // A literal address is connected to without a lookup: checked here instead.
    if (isIP(host) && !isAllowedAddress(host, this.#o.allowLoopback)) {
      return { status: null, error: 'refused: the URL names a private or loopback address', retry: false };
    }
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const res = await request(url, {
        dispatcher: this.#agent,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'TourGraph-Webhooks/0.2',
          'webhook-id': req.webhookId,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook(req.secret, req.webhookId, timestamp, req.body),
        },
        body: req.body,
        signal: AbortSignal.any([AbortSignal.timeout(this.#o.timeoutMs), this.#closing.signal]),
      });
      // Read (up to the cap) and dropped: undici frees the connection only once the body is consumed.
      await res.body.dump({ limit: this.#o.maxResponseBytes }).catch(() => {});
      return { status: res.statusCode, error: null, retry: true };
    } catch (err) {
      return failure(err);
    }
  }

  async close(): Promise<void> {
    this.#closing.abort();
    await this.#agent.destroy();
  }
}

/** A failed attempt, classified by the error's `code` (or name, for an abort), never its message. */
function failure(err: unknown): SendResult {
  const e = err as { code?: string; name?: string; cause?: { code?: string } } | null;
  const code = e?.code ?? e?.cause?.code;
  if (code === TARGET_REFUSED) return { status: null, error: 'refused: the host resolves to a private or loopback address', retry: false };
  if (e?.name === 'TimeoutError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return { status: null, error: 'no answer in time', retry: true };
  }
  if (e?.name === 'AbortError') return { status: null, error: 'aborted: the gateway was stopping', retry: true };
  const known: Record<string, string> = {
    UND_ERR_CONNECT_TIMEOUT: 'could not connect in time',
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed',
    ECONNRESET: 'connection reset',
    UND_ERR_SOCKET: 'connection closed before the answer',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
  };
  const described = code ? known[code] : undefined;
  if (described) return { status: null, error: described, retry: true };
  if (code && /CERT|TLS|SSL/.test(code)) return { status: null, error: `TLS failed (${code})`, retry: true };
  return { status: null, error: `network error (${code ?? 'unknown'})`, retry: true };
}
