import type { Logger } from '../log.ts';
import { UpstreamError } from '../upstream/errors.ts';
import { TERMINAL_STATUSES, WebhookRejectedError, type WebhookDelivery, type WebhookEvent } from './provider.ts';
import type { Providers } from './providers.ts';
import type { TaskService } from './service.ts';
import type { StoredTask, TaskStore } from './store.ts';

/**
 * What a provider's webhook delivery does to our tasks, whichever provider sent it. Webhooks make
 * completion arrive at once; polling stays the fallback, so a delivery we refuse or miss only costs
 * time. Every accepted delivery goes through `TaskService.apply`, so duplicates and replays change
 * nothing. The HTTP side (`server/webhooks.ts`) only reads the body and writes the answer given here.
 *
 * Each task has its own URL, `/webhooks/<provider slug>/<token>`, the unguessable token naming the
 * task. A delivery the provider signed (and we verified) is applied as it is; an unsigned one is a
 * hint, confirmed by a status read (shared with `refreshTask`'s, and none while polls back off).
 * A signed delivery without a token (`/webhooks/<slug>`, URLs given before per-task tokens) is
 * matched by the provider's reference.
 */
export type WebhookOutcome = 'applied' | 'duplicate' | 'deferred' | 'unknown_task' | 'rejected' | 'unconfirmed';

export interface WebhookAnswer {
  status: number;
  body: Record<string, unknown>;
  outcome: WebhookOutcome;
  /** The provider the route names; null for a route no provider is registered under. */
  provider: string | null;
}

export interface WebhookIntakeOptions {
  tasks: TaskService;
  store: TaskStore;
  providers: Providers;
  logger: Logger;
}

export class WebhookIntake {
  readonly #o: WebhookIntakeOptions;

  constructor(options: WebhookIntakeOptions) {
    this.#o = options;
  }

  /** Whether `/webhooks/<slug>` is a registered provider's route. */
  handles(slug: string): boolean {
    return this.#o.providers.bySlug(slug) !== undefined;
  }

  /** A delivery to `/webhooks/<slug>/<token>` (or `/webhooks/<slug>` when `token` is null). */
  async deliver(slug: string, token: string | null, delivery: WebhookDelivery): Promise<WebhookAnswer> {
    const { providers, store, tasks, logger } = this.#o;
    const provider = providers.bySlug(slug);
    const id = provider?.descriptor.id ?? null;
    const answer = (status: number, outcome: WebhookOutcome, body: Record<string, unknown>): WebhookAnswer => ({ status, outcome, body, provider: id });
    if (!provider) return answer(404, 'rejected', { error: 'unknown webhook' });
    /** Runs a step that reads the provider; when the read fails, the poller confirms later and the provider is asked to retry. */
    const confirmed = async (task: StoredTask, step: () => Promise<WebhookAnswer>): Promise<WebhookAnswer> => {
      try {
        return await step();
      } catch (err) {
        if (!(err instanceof UpstreamError)) throw err;
        logger.warn('webhook not confirmed', { provider: id, taskId: task.task.id, code: err.code });
        return answer(503, 'unconfirmed', { error: 'could not confirm the result; retry later' });
      }
    };

    const byToken = token !== null && token.length >= 16 ? await store.findByWebhookToken(token) : null;
    if (token !== null && (!byToken || byToken.task.provider !== id)) return answer(404, 'rejected', { error: 'unknown webhook' });

    let event: WebhookEvent;
    try {
      event = provider.adapter.parseWebhook(delivery);
    } catch (err) {
      if (!(err instanceof WebhookRejectedError)) throw err;
      logger.warn('webhook rejected', { provider: id, reason: err.reason });
      return answer(err.reason === 'malformed' ? 400 : 401, 'rejected', { error: `rejected: ${err.reason}` });
    }

    let stored: StoredTask | null;
    if (byToken) {
      stored = byToken;
      // The provider reports a task whose submit answer we never recorded: the token proves it got this task's submit.
      if (stored.task.providerRef === null && !TERMINAL_STATUSES.has(stored.task.status)) {
        const linking = stored;
        return confirmed(linking, async () => {
          await tasks.link(linking, event);
          return answer(200, 'applied', { ok: true, applied: true });
        });
      }
      if (stored.task.providerRef !== event.providerRef) return answer(400, 'rejected', { error: 'the delivery is about another task than this webhook' });
    } else {
      // Without a token only the provider's signature says the delivery is genuine.
      if (!event.verified) return answer(404, 'rejected', { error: 'unknown webhook' });
      stored = await store.findByProviderRef(id!, event.providerRef);
      // A task of another gateway on the same key, or one we never recorded: acknowledge so it is not retried.
      if (!stored) return answer(200, 'unknown_task', { ok: true, applied: false });
    }

    // A finished task takes no more changes: acknowledge a repeat delivery without asking the provider.
    if (TERMINAL_STATUSES.has(stored.task.status)) return answer(200, 'duplicate', { ok: true, applied: false });
    const before = stored.task.version;
    if (event.verified) {
      const task = await tasks.apply(stored, event.snapshot, 'WEBHOOK', { nextPollAt: stored.runtime.nextPollAt });
      const applied = task.version > before;
      return answer(200, applied ? 'applied' : 'duplicate', { ok: true, applied });
    }
    const unsigned = stored;
    return confirmed(unsigned, async () => {
      const task = await tasks.confirm(unsigned);
      if (task === null) return answer(200, 'deferred', { ok: true, applied: false });
      const applied = task.version > before;
      return answer(200, applied ? 'applied' : 'duplicate', { ok: true, applied });
    });
  }
}
