import type { ProviderId } from '../tasks/provider.ts';

/**
 * Failures of a provider call, normalized across providers (in the manner of undici's
 * lib/core/errors.js): one base class, one subclass per failure mode, each with a stable `code`.
 * `message` is ours or the provider's `error.message` field, never a raw response body.
 */
export interface UpstreamErrorInit {
  provider: ProviderId;
  message: string;
  /** The provider's own error code, when it sent one. */
  providerCode?: string | undefined;
  httpStatus?: number | undefined;
  requestId?: string | undefined;
  cause?: unknown;
  /**
   * True when the request may have reached the provider and been acted on (sent, then timed out
   * or cut off, or answered 2xx in a shape we cannot read). @default true for a 2xx status
   */
  outcomeUnknown?: boolean | undefined;
}

export abstract class UpstreamError extends Error {
  abstract readonly code: string;
  /** Whether the same request may succeed later without being changed. */
  abstract readonly retryable: boolean;
  readonly provider: ProviderId;
  readonly providerCode: string | undefined;
  readonly httpStatus: number | undefined;
  readonly requestId: string | undefined;
  /** The provider may have done what was asked (e.g. created and charged a task) despite this error. */
  readonly outcomeUnknown: boolean;

  constructor(init: UpstreamErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.provider = init.provider;
    this.providerCode = init.providerCode;
    this.httpStatus = init.httpStatus;
    this.requestId = init.requestId;
    const status = init.httpStatus ?? 0;
    this.outcomeUnknown = init.outcomeUnknown ?? (status >= 200 && status < 300);
  }
}

/** The provider rejected our credentials or plan (bad, revoked or expired key; no API access). */
export class UpstreamAuthError extends UpstreamError {
  readonly code = 'UPSTREAM_AUTH';
  readonly retryable = false;
}

/** The provider rejected the request's content; `field` names the input it blamed, if any. */
export class UpstreamValidationError extends UpstreamError {
  readonly code = 'UPSTREAM_VALIDATION';
  readonly retryable = false;
  readonly field: string | undefined;
  readonly details: Record<string, unknown> | undefined;
  constructor(init: UpstreamErrorInit & { field?: string | undefined; details?: Record<string, unknown> | undefined }) {
    super(init);
    this.field = init.field;
    this.details = init.details;
  }
}

/** The account lacks the tokens or credits the request costs. */
export class UpstreamInsufficientBalanceError extends UpstreamError {
  readonly code = 'UPSTREAM_INSUFFICIENT_BALANCE';
  readonly retryable = false;
  readonly required: number | undefined;
  readonly balance: number | undefined;
  constructor(init: UpstreamErrorInit & { required?: number | undefined; balance?: number | undefined }) {
    super(init);
    this.required = init.required;
    this.balance = init.balance;
  }
}

/** The account's plan allows no more tasks in flight; retry when one finishes. */
export class UpstreamConcurrencyLimitError extends UpstreamError {
  readonly code = 'UPSTREAM_CONCURRENCY_LIMIT';
  readonly retryable = true;
  readonly limit: number | undefined;
  readonly inFlight: number | undefined;
  readonly plan: string | undefined;
  constructor(init: UpstreamErrorInit & { limit?: number | undefined; inFlight?: number | undefined; plan?: string | undefined }) {
    super(init);
    this.limit = init.limit;
    this.inFlight = init.inFlight;
    this.plan = init.plan;
  }
}

/** The provider asked us to slow down (HTTP 429); `retryAfterSeconds` from its header. */
export class UpstreamRateLimitedError extends UpstreamError {
  readonly code = 'UPSTREAM_RATE_LIMITED';
  readonly retryable = true;
  readonly retryAfterSeconds: number | undefined;
  constructor(init: UpstreamErrorInit & { retryAfterSeconds?: number | undefined }) {
    super(init);
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/** The provider is temporarily down or failed internally (503, other 5xx). */
export class UpstreamUnavailableError extends UpstreamError {
  readonly code = 'UPSTREAM_UNAVAILABLE';
  readonly retryable = true;
  readonly retryAfterSeconds: number | undefined;
  constructor(init: UpstreamErrorInit & { retryAfterSeconds?: number | undefined }) {
    super(init);
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/** Connecting, or waiting for headers or body, took longer than our timeout. */
export class UpstreamTimeoutError extends UpstreamError {
  readonly code = 'UPSTREAM_TIMEOUT';
  readonly retryable = true;
}

/** The connection failed or was dropped before a complete response. */
export class UpstreamNetworkError extends UpstreamError {
  readonly code = 'UPSTREAM_NETWORK';
  readonly retryable = true;
}

/** The provider answered something that is not the documented shape. */
export class UpstreamMalformedResponseError extends UpstreamError {
  readonly code = 'UPSTREAM_MALFORMED_RESPONSE';
  readonly retryable = true;
}

/** The provider does not know the task (or it belongs to another key or mode). */
export class UpstreamNotFoundError extends UpstreamError {
  readonly code = 'UPSTREAM_NOT_FOUND';
  readonly retryable = false;
}

/** An error code we do not know; its message is kept as the provider sent it. */
export class UpstreamUnknownError extends UpstreamError {
  readonly code = 'UPSTREAM_UNKNOWN';
  readonly retryable = false;
}

/** `Retry-After` in seconds (delta form or HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  if (/^\d+(\.\d+)?$/.test(v.trim())) return Number(v.trim());
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

/**
 * The error for a response whose provider code we do not map (or that had no envelope at all),
 * chosen by HTTP status. The provider's message, when there is one, is kept.
 */
export function errorFromStatus(init: UpstreamErrorInit, headers: Record<string, string | string[] | undefined>): UpstreamError {
  const status = init.httpStatus ?? 0;
  const retryAfterSeconds = parseRetryAfter(headers['retry-after']);
  if (status === 429) return new UpstreamRateLimitedError({ ...init, retryAfterSeconds });
  if (status >= 500) return new UpstreamUnavailableError({ ...init, retryAfterSeconds });
  if (status === 401 || status === 403) return new UpstreamAuthError(init);
  if (init.providerCode) return new UpstreamUnknownError(init);
  return new UpstreamMalformedResponseError({ ...init, message: `unexpected HTTP ${status} without an error envelope` });
}
