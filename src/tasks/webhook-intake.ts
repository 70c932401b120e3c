import type { Logger } from '../log.ts';
import { UpstreamError, UpstreamMalformedResponseError } from '../upstream/errors.ts';
import { TERMINAL_STATUSES } from '../upstream/snapshot.ts';
import { WebhookRejectedError } from '../upstream/vibepeak/client.ts';
import type { Providers } from './providers.ts';
import type { TaskService } from './service.ts';
import type { TaskStore } from './store.ts';

/**
 * What a provider's webhook delivery does to our tasks. Webhooks make completion arrive at once;
 * polling stays the fallback, so a delivery we refuse or miss only costs time. Every accepted
 * delivery goes through `TaskService.apply`, so duplicates and replays change nothing. The HTTP
 * side (`server/webhooks.ts`) only reads the body and writes the answer given here.
 */
export type WebhookOutcome = 'applied' | 'duplicate' | 'unknown_task' | 'rejected' | 'unconfirmed' | 'not_configured';

export interface WebhookAnswer {
  status: number;
  body: Record<string, unknown>;
  outcome: WebhookOutcome;
}

export interface WebhookIntakeOptions {
  tasks: TaskService;
  store: TaskStore;
  providers: Providers;
  logger: Logger;
}

const answer = (status: number, outcome: WebhookOutcome, body: Record<string, unknown>): WebhookAnswer => ({ status, outcome, body });

export class WebhookIntake {
  readonly #o: WebhookIntakeOptions;

  constructor(options: WebhookIntakeOptions) {
    this.#o = options;
  }

  /** A VibePeak delivery: signed with the key's secret; its body is the task as VibePeak reports it. */
  async vibepeak(headers: { signature: string | undefined; timestamp: string | undefined }, body: string): Promise<WebhookAnswer> {
    const { providers, store, tasks, logger } = this.#o;
    const secret = providers.vibepeakWebhookSecret;
    if (!secret) return answer(404, 'not_configured', { error: 'VibePeak webhooks are not configured (VIBEPEAK_WEBHOOK_SECRET)' });
    let event: ReturnType<Providers['vibepeak']['parseWebhook']>;
    try {
      event = providers.vibepeak.parseWebhook(secret, headers, body);
    } catch (err) {
      if (!(err instanceof WebhookRejectedError)) throw err;
      logger.warn('webhook rejected', { provider: 'VIBEPEAK', reason: err.reason });
      return answer(err.reason === 'malformed' ? 400 : 401, 'rejected', { error: `rejected: ${err.reason}` });
    }
    const stored = await store.findByProviderRef('VIBEPEAK', event.providerRef);
    // A task of another gateway on the same key, or one we never recorded: acknowledge so it is not retried.
    if (!stored) return answer(200, 'unknown_task', { ok: true, applied: false });
    const before = stored.task.version;
    const task = await tasks.apply(stored, event.snapshot, 'WEBHOOK', { nextPollAt: stored.runtime.nextPollAt });
    const applied = task.version > before;
    return answer(200, applied ? 'applied' : 'duplicate', { ok: true, applied });
  }

  /**
   * A Room AI delivery at `/webhooks/roomai/:token`: unsigned, so the unguessable per-task token
   * authenticates it, and the body is only a hint: the provider's own status read decides.
   */
  async roomai(token: string, body: string): Promise<WebhookAnswer> {
    const { providers, store, tasks, logger } = this.#o;
    const stored = token.length >= 16 ? await store.findByWebhookToken(token) : null;
    if (!stored?.task.providerRef) return answer(404, 'rejected', { error: 'unknown webhook' });
    let event: ReturnType<Providers['roomai']['parseWebhook']>;
    try {
      event = providers.roomai.parseWebhook(body);
    } catch (err) {
      if (!(err instanceof UpstreamMalformedResponseError)) throw err;
      return answer(400, 'rejected', { error: 'not a Room AI result' });
    }
    if (event.providerRef !== stored.task.providerRef) return answer(400, 'rejected', { error: 'processing_url does not match this webhook' });
    // A finished task takes no more changes: acknowledge a repeat delivery without asking the provider.
    if (TERMINAL_STATUSES.has(stored.task.status)) return answer(200, 'duplicate', { ok: true, applied: false });
    const before = stored.task.version;
    try {
      const snapshot = await providers.roomai.fetchStatus(stored.task.providerRef);
      const task = await tasks.apply(stored, snapshot, 'WEBHOOK', { nextPollAt: stored.runtime.nextPollAt });
      const applied = task.version > before;
      return answer(200, applied ? 'applied' : 'duplicate', { ok: true, applied });
    } catch (err) {
      if (!(err instanceof UpstreamError)) throw err;
      // Could not confirm now: the poller will. Ask the provider to retry later too.
      logger.warn('webhook not confirmed', { provider: 'ROOM_AI', taskId: stored.task.id, code: err.code });
      return answer(503, 'unconfirmed', { error: 'could not confirm the result; retry later' });
    }
  }
}
