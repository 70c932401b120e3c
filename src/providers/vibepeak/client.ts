import type { UpstreamHttpOptions, UpstreamResponse } from '../../upstream/http.ts';
import { ProviderClient } from '../../upstream/provider-client.ts';
import {
  UpstreamAuthError,
  UpstreamConcurrencyLimitError,
  UpstreamInsufficientBalanceError,
  UpstreamMalformedResponseError,
  UpstreamNotFoundError,
  UpstreamUnavailableError,
  UpstreamValidationError,
  errorFromStatus,
  parseRetryAfter,
  type UpstreamError,
} from '../../upstream/errors.ts';
import {
  emptySnapshot,
  WebhookRejectedError,
  type ProviderAdapter,
  type SubmitResult,
  type TaskSnapshot,
  type WebhookDelivery,
  type WebhookEvent,
} from '../../tasks/provider.ts';
import { fieldFromWire, toWireRequest, type PropertyVideoInput } from './input.ts';
import { verifyVibePeakWebhook } from './signature.ts';
import { vibePeakCreated, vibePeakError, vibePeakTask, vibePeakWebhook, type VibePeakTask } from './wire.ts';

/** Codes of request content VibePeak rejects; each becomes a validation error on its field. */
const VALIDATION_CODES = new Set([
  'VALIDATION_ERROR',
  'INVALID_IMAGE_URL',
  'IMAGE_RESOLUTION_TOO_LOW',
  'SCRIPT_TOO_SHORT',
  'SCRIPT_TOO_LONG',
  'SCRIPT_INVALID_CHARACTERS',
  'VOICE_NOT_FOUND',
  'VOICE_ACCESS_DENIED',
]);
/** Key and plan problems, with the documented alternative spellings. */
const AUTH_CODES = new Set(['INVALID_API_KEY', 'MISSING_API_KEY', 'API_KEY_REVOKED', 'API_KEY_EXPIRED', 'PLAN_REQUIRED', 'PLAN_NOT_ALLOWED']);
/** Which field a code is about when VibePeak names none. */
const DEFAULT_FIELD: Record<string, string> = {
  INVALID_IMAGE_URL: 'photos',
  IMAGE_RESOLUTION_TOO_LOW: 'photos',
  SCRIPT_TOO_SHORT: 'script',
  SCRIPT_TOO_LONG: 'script',
  SCRIPT_INVALID_CHARACTERS: 'script',
  VOICE_NOT_FOUND: 'voice.voiceId',
  VOICE_ACCESS_DENIED: 'voice.voiceId',
};
/** Failure codes after which the same input is not worth submitting again. */
const PERMANENT_FAILURES = new Set(['IMAGE_PROCESSING_FAILED', 'INVALID_IMAGE_URL', 'IMAGE_RESOLUTION_TOO_LOW']);

export interface VibePeakClientOptions extends Omit<UpstreamHttpOptions, 'provider'> {
  /** The key's webhook secret: deliveries are then verified and applied as they are; without one each is a hint confirmed by a status read. */
  webhookSecret?: string | undefined;
}

export class VibePeakClient extends ProviderClient implements ProviderAdapter<PropertyVideoInput> {
  /** `vpk_test_` keys run in test mode: no credits, no pipeline, a watermarked sample. */
  readonly livemode: boolean;
  readonly #webhookSecret: string | undefined;

  constructor({ webhookSecret, ...options }: VibePeakClientOptions) {
    super('VIBEPEAK', options);
    this.livemode = !options.apiKey.startsWith('vpk_test_');
    this.#webhookSecret = webhookSecret;
  }

  /** VibePeak requires an HTTPS webhook URL. */
  acceptsWebhookUrl(url: string): boolean {
    return url.startsWith('https://');
  }

  async submit(input: PropertyVideoInput, webhookUrl: string | null): Promise<SubmitResult> {
    const res = await this.http.request('POST', '/v1/real-estate/living-property', toWireRequest(input, webhookUrl));
    if (res.status !== 202 && res.status !== 200 && res.status !== 201) throw this.#error(res);
    const created = vibePeakCreated.safeParse(res.json);
    if (!created.success) {
      throw new UpstreamMalformedResponseError({ provider: 'VIBEPEAK', httpStatus: res.status, message: 'create answer is not the documented shape' });
    }
    const c = created.data;
    return {
      providerRef: c.task_id,
      livemode: c.livemode,
      snapshot: {
        ...emptySnapshot('QUEUED'),
        pollAfterSeconds: parseRetryAfter(res.headers['retry-after']) ?? c._links?.poll_interval_seconds ?? null,
      },
    };
  }

  async fetchStatus(taskId: string): Promise<TaskSnapshot> {
    const res = await this.http.request('GET', `/v1/tasks/${encodeURIComponent(taskId)}`);
    if (res.status !== 200) throw this.#error(res);
    const task = vibePeakTask.safeParse(res.json);
    if (!task.success) {
      throw new UpstreamMalformedResponseError({ provider: 'VIBEPEAK', httpStatus: res.status, message: 'task is not the documented shape' });
    }
    return { ...toSnapshot(task.data), pollAfterSeconds: parseRetryAfter(res.headers['retry-after']) ?? null };
  }

  /**
   * Parses a webhook delivery, authenticated with the key's webhook secret when one is configured:
   * a verified body is the provider's own word and is applied without a further status read.
   * @throws WebhookRejectedError when the signature, timestamp or body is not acceptable.
   */
  parseWebhook({ headers, body: rawBody }: WebhookDelivery, nowSeconds?: number): WebhookEvent {
    if (this.#webhookSecret) {
      const signature = { signature: headers['x-vibepeak-signature'], timestamp: headers['x-vibepeak-timestamp'] };
      const check = verifyVibePeakWebhook(this.#webhookSecret, signature, rawBody, nowSeconds);
      if (!check.ok) throw new WebhookRejectedError(check.reason);
    }
    let json: unknown;
    try {
      json = JSON.parse(rawBody);
    } catch {
      throw new WebhookRejectedError('malformed');
    }
    const body = vibePeakWebhook.safeParse(json);
    if (!body.success) throw new WebhookRejectedError('malformed');
    let snapshot: TaskSnapshot;
    try {
      snapshot = toSnapshot(body.data);
    } catch (err) {
      // e.g. `completed` without a result: a body we cannot apply is malformed (400), not our failure (500).
      if (err instanceof UpstreamMalformedResponseError) throw new WebhookRejectedError('malformed');
      throw err;
    }
    return { providerRef: body.data.task_id, snapshot, verified: this.#webhookSecret !== undefined };
  }

  #error(res: UpstreamResponse): UpstreamError {
    const parsed = vibePeakError.safeParse(res.json);
    if (!parsed.success) {
      return errorFromStatus({ provider: 'VIBEPEAK', httpStatus: res.status, message: `VibePeak answered HTTP ${res.status}` }, res.headers);
    }
    const { code, message, request_id: requestId, details } = parsed.data.error;
    const init = { provider: 'VIBEPEAK' as const, providerCode: code, httpStatus: res.status, requestId, message: message || code };
    const retryAfterSeconds = parseRetryAfter(res.headers['retry-after']);
    if (VALIDATION_CODES.has(code)) {
      const wireField = typeof details?.field === 'string' ? details.field : undefined;
      return new UpstreamValidationError({
        ...init,
        field: wireField ? fieldFromWire(wireField) : DEFAULT_FIELD[code],
        details: details ?? undefined,
      });
    }
    if (AUTH_CODES.has(code)) return new UpstreamAuthError(init);
    switch (code) {
      case 'INSUFFICIENT_CREDITS':
        return new UpstreamInsufficientBalanceError({ ...init, required: num(details?.required), balance: num(details?.balance) });
      case 'CONCURRENCY_LIMIT_EXCEEDED':
        return new UpstreamConcurrencyLimitError({
          ...init,
          limit: num(details?.limit),
          inFlight: num(details?.in_flight),
          plan: typeof details?.plan === 'string' ? details.plan : undefined,
        });
      case 'SERVICE_UNAVAILABLE':
        return new UpstreamUnavailableError({ ...init, retryAfterSeconds });
      case 'TASK_NOT_FOUND':
        return new UpstreamNotFoundError(init);
      default:
        return errorFromStatus(init, res.headers);
    }
  }
}

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

export function toSnapshot(task: VibePeakTask): TaskSnapshot {
  const base = {
    ...emptySnapshot('QUEUED'),
    queuePosition: task.queue_position ?? null,
    estimatedCompletionAt: task.estimated_completion ?? null,
    startedAt: task.started_at ?? null,
    completedAt: task.completed_at ?? null,
  };
  switch (task.status) {
    case 'queued':
      return base;
    case 'processing':
      return { ...base, status: 'PROCESSING', queuePosition: null };
    case 'completed':
      if (!task.result) {
        throw new UpstreamMalformedResponseError({ provider: 'VIBEPEAK', message: 'completed task without a result' });
      }
      return {
        ...base,
        status: 'SUCCEEDED',
        queuePosition: null,
        estimatedCompletionAt: null,
        video: {
          url: task.result.video_url,
          coverImageUrl: task.result.cover_image_url ?? null,
          durationSeconds: task.result.duration_seconds ?? null,
          resolution: task.result.resolution ?? null,
          expiresAt: task.result.expires_at ?? null,
        },
      };
    case 'failed': {
      const code = task.error?.code ?? 'GENERATION_FAILED';
      return {
        ...base,
        status: 'FAILED',
        queuePosition: null,
        estimatedCompletionAt: null,
        error: {
          code,
          message: task.error?.message || 'The provider could not generate this video.',
          providerCode: task.error?.code ?? null,
          retryable: !PERMANENT_FAILURES.has(code),
        },
      };
    }
  }
}
