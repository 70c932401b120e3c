import { randomUUID } from 'node:crypto';
import type { UpstreamHttpOptions, UpstreamResponse } from '../../upstream/http.ts';
import { ProviderClient } from '../../upstream/provider-client.ts';
import {
  UpstreamAuthError,
  UpstreamInsufficientBalanceError,
  UpstreamNotFoundError,
  UpstreamRateLimitedError,
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
import type { FlythroughInput } from './input.ts';
import { roomAiBody, type RoomAiBody, type RoomAiGenerateRequest } from './wire.ts';

/** Results are hosted for 30 days after completion (contract §1, [docs]). */
const RESULT_RETENTION_MS = 30 * 24 * 3600 * 1000;
/** Marks a reference that came from a blocking (sync) answer: there is nothing to poll. */
const SYNC_REF_PREFIX = 'sync:';
/** Our names for the fields Room AI blames in `error.details.field`. */
const FIELD_NAMES: Record<string, string> = { image: 'photoUrl', styles: 'style', prompt: 'prompt', model: 'model' };

export class RoomAiClient extends ProviderClient implements ProviderAdapter<FlythroughInput> {
  readonly #livemode: boolean;

  constructor(options: Omit<UpstreamHttpOptions, 'provider'>) {
    super('ROOM_AI', options);
    // No test keys are documented; the sandbox accepts rai_test_ keys, which we report as test mode.
    this.#livemode = !options.apiKey.startsWith('rai_test_');
  }

  /** False for the sandbox's `rai_test_` keys; Room AI documents no test mode. */
  get livemode(): boolean {
    return this.#livemode;
  }

  /**
   * Starts a generation. With `webhookUrl` (our per-task URL) Room AI answers at once with a
   * `processing_url`; a blocking answer with the finished result is accepted too.
   */
  async submit(input: FlythroughInput, webhookUrl: string | null): Promise<SubmitResult> {
    const body: RoomAiGenerateRequest = { model: 'video', image: input.photoUrl };
    if (input.style) body.styles = input.style;
    if (input.prompt) body.prompt = input.prompt;
    if (webhookUrl) body.webhook = webhookUrl;
    const res = await this.http.request('POST', '/generate', body);
    const parsed = this.#parse(res);
    if (parsed.status === 'error') {
      // A blocking /generate whose job failed: the task exists and has ended, it is not a request error.
      if (parsed.error.code === 'GENERATION_FAILED') {
        return { providerRef: SYNC_REF_PREFIX + randomUUID(), livemode: this.#livemode, snapshot: toSnapshot(parsed) };
      }
      throw this.#error(parsed, res);
    }
    if (parsed.status === 'success') {
      return {
        providerRef: parsed.processing_url ?? SYNC_REF_PREFIX + randomUUID(),
        livemode: this.#livemode,
        snapshot: toSnapshot(parsed),
      };
    }
    // Accepted for async delivery: nothing has been seen to run yet.
    return { providerRef: parsed.processing_url, livemode: this.#livemode, snapshot: emptySnapshot('QUEUED') };
  }

  async fetchStatus(providerRef: string): Promise<TaskSnapshot> {
    if (providerRef.startsWith(SYNC_REF_PREFIX)) {
      throw new UpstreamNotFoundError({ provider: 'ROOM_AI', message: 'a blocking generation has no status to poll' });
    }
    const res = await this.http.request('GET', `/results?processing_url=${encodeURIComponent(providerRef)}`);
    const parsed = this.#parse(res);
    if (parsed.status === 'error' && parsed.error.code !== 'GENERATION_FAILED') throw this.#error(parsed, res);
    return toSnapshot(parsed);
  }

  /**
   * Parses a webhook delivery. Room AI does not sign webhooks: the per-task URL token authenticates
   * the delivery, and the body is only a hint, confirmed through `/results`.
   */
  parseWebhook({ body }: WebhookDelivery): WebhookEvent {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      throw new WebhookRejectedError('malformed');
    }
    const parsed = roomAiBody.safeParse(json);
    if (!parsed.success || !parsed.data.processing_url) throw new WebhookRejectedError('malformed');
    return { providerRef: parsed.data.processing_url, snapshot: toSnapshot(parsed.data), verified: false };
  }

  /** Room AI takes any URL it can reach. */
  acceptsWebhookUrl(): boolean {
    return true;
  }

  #parse(res: UpstreamResponse): RoomAiBody {
    const parsed = roomAiBody.safeParse(res.json);
    if (parsed.success) return parsed.data;
    throw errorFromStatus({ provider: 'ROOM_AI', httpStatus: res.status, message: `Room AI answered HTTP ${res.status} in an unknown shape` }, res.headers);
  }

  #error(body: Extract<RoomAiBody, { status: 'error' }>, res: UpstreamResponse): UpstreamError {
    const e = body.error;
    const init = { provider: 'ROOM_AI' as const, providerCode: e.code, httpStatus: res.status, message: e.message || e.code };
    switch (e.code) {
      case 'INVALID_API_KEY':
        return new UpstreamAuthError(init);
      case 'VALIDATION_ERROR':
      case 'INVALID_MODEL': {
        const field = e.details?.field ?? (e.code === 'INVALID_MODEL' ? 'model' : undefined);
        return new UpstreamValidationError({ ...init, field: field ? (FIELD_NAMES[field] ?? field) : undefined });
      }
      case 'INSUFFICIENT_TOKENS':
        return new UpstreamInsufficientBalanceError({ ...init, required: e.required, balance: e.balance });
      case 'RATE_LIMITED':
        return new UpstreamRateLimitedError({ ...init, retryAfterSeconds: parseRetryAfter(res.headers['retry-after']) });
      case 'SERVICE_UNAVAILABLE':
        return new UpstreamUnavailableError({ ...init, retryAfterSeconds: parseRetryAfter(res.headers['retry-after']) });
      case 'NOT_FOUND':
        return new UpstreamNotFoundError(init);
      default:
        return errorFromStatus(init, res.headers);
    }
  }
}

function toSnapshot(body: RoomAiBody, now = new Date()): TaskSnapshot {
  if (body.status === 'success') {
    return {
      ...emptySnapshot('SUCCEEDED'),
      providerProgress: 1,
      completedAt: now.toISOString(),
      video: {
        url: body.result.image_url,
        coverImageUrl: null,
        durationSeconds: null,
        resolution: null,
        expiresAt: new Date(now.getTime() + RESULT_RETENTION_MS).toISOString(),
      },
    };
  }
  if (body.status === 'error') {
    return {
      ...emptySnapshot('FAILED'),
      completedAt: now.toISOString(),
      error: {
        code: body.error.code === 'GENERATION_FAILED' ? 'GENERATION_FAILED' : 'PROVIDER_ERROR',
        message: body.error.message || 'The provider could not generate this video.',
        providerCode: body.error.code,
        retryable: true,
      },
    };
  }
  const state = body.progress?.state ?? body.status;
  const queued = state === 'starting' || state === 'queued';
  const percent = body.progress?.percent;
  return {
    ...emptySnapshot(queued ? 'QUEUED' : 'PROCESSING'),
    providerProgress: percent === undefined ? null : percent / 100,
  };
}
