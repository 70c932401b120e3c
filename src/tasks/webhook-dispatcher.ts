import type { Logger } from '../log.ts';
import { LeasedWorkLoop } from './leased-work.ts';
import type { OutboundWebhooks } from './outbound-webhooks.ts';
import type { TaskStore } from './store.ts';
import { type SendResult, type WebhookDelivery, type WebhookSender, webhookIdOf } from './webhook-deliveries.ts';

/** What one attempt came to, for metrics: delivered (2xx), to be retried, or failed for good. */
export type DeliveryOutcome = 'delivered' | 'retry' | 'failed';

export interface WebhookDispatcherOptions {
  store: TaskStore;
  webhooks: OutboundWebhooks;
  sender: WebhookSender;
  logger: Logger;
  /** Attempts in flight at once, in this process. @default 16 */
  concurrency?: number;
  /** How long a leased delivery stays ours if we die mid-attempt; longer than an attempt can take. */
  leaseMs: number;
  /** Longest sleep between looks for due deliveries; `wake()` cuts it short. @default 1_000 */
  idleMs?: number;
  /** Finished deliveries older than this are deleted (checked hourly). @default 30 days */
  retentionMs?: number;
  onAttempt?: (outcome: DeliveryOutcome) => void;
  now?: () => Date;
}

/**
 * Sends the outbox: leases due deliveries from the store (so replicas never send one at the same
 * time, and a restart resumes every pending one), signs and sends each through the `WebhookSender`,
 * and records what came of it: DELIVERED on a 2xx, else PENDING again with the next attempt on the
 * retry schedule, or FAILED once the attempts are spent. Wakes when the service queues deliveries.
 * Delivery is at least once: a process that dies mid-attempt leaves the delivery to be sent again
 * when its lease lapses, with the same `webhook-id`.
 */
export class WebhookDispatcher {
  readonly #o: Required<Omit<WebhookDispatcherOptions, 'onAttempt'>> & Pick<WebhookDispatcherOptions, 'onAttempt'>;
  readonly #work: LeasedWorkLoop<WebhookDelivery>;
  #nextPruneAt = 0;

  constructor(options: WebhookDispatcherOptions) {
    this.#o = { concurrency: 16, idleMs: 1_000, retentionMs: 30 * 86_400_000, now: () => new Date(), onAttempt: undefined, ...options };
    const { store, leaseMs } = this.#o;
    this.#work = new LeasedWorkLoop({
      name: 'webhook dispatcher',
      logger: this.#o.logger,
      concurrency: this.#o.concurrency,
      idleMs: this.#o.idleMs,
      now: this.#o.now,
      lease: (now, limit, owner) => store.leaseDeliveries(now, limit, leaseMs, owner),
      nextDueAt: () => store.nextDeliveryAt(),
      attempt: (d) => this.#attempt(d),
      describe: (d) => ({ deliveryId: d.id }),
      afterTick: () => this.#prune(),
    });
  }

  start(): void {
    if (this.#work.running) return;
    // The first prune a minute after start, not during it.
    this.#nextPruneAt = Date.now() + 60_000;
    this.#work.start();
  }

  /** Looks for due deliveries now instead of at the end of the current sleep. */
  wake(): void {
    this.#work.wake();
  }

  /** Stops taking deliveries and waits for the attempts in flight (the sender's timeouts bound them). */
  async stop(): Promise<void> {
    await this.#work.stopTaking();
    await this.#work.settled();
  }

  /** Leases and starts the due deliveries that free slots allow. Exposed for tests. */
  tick(): Promise<void> {
    return this.#work.tick();
  }

  /** One attempt of a leased delivery, and its outcome recorded (releasing the lease). */
  async #attempt(d: WebhookDelivery): Promise<void> {
    const { webhooks, sender, store, logger } = this.#o;
    const secret = webhooks.secretOf(d.owner);
    const result: SendResult = secret
      ? await sender.send({ url: d.url, webhookId: webhookIdOf(d), body: d.payload, secret })
      : { status: null, error: 'no webhook secret is configured for this client (CLIENT_WEBHOOK_SECRETS)', retry: false };
    const now = this.#o.now();
    const at = now.toISOString();
    const delivered = result.status !== null && result.status >= 200 && result.status < 300;
    const failures = delivered ? 0 : d.failures + 1;
    const retryAt = delivered || !result.retry ? null : webhooks.retryAt(failures, now);
    const next: WebhookDelivery = {
      ...d,
      status: delivered ? 'DELIVERED' : retryAt ? 'PENDING' : 'FAILED',
      attempts: d.attempts + 1,
      failures,
      lastResponseStatus: result.status,
      lastError: delivered ? null : (result.error ?? `the endpoint answered HTTP ${result.status}`),
      lastAttemptAt: at,
      nextAttemptAt: retryAt,
      deliveredAt: delivered ? at : d.deliveredAt,
    };
    const outcome: DeliveryOutcome = delivered ? 'delivered' : retryAt ? 'retry' : 'failed';
    this.#o.onAttempt?.(outcome);
    // The URL may carry the client's own tokens: only its origin is logged.
    const fields = {
      deliveryId: d.id,
      taskId: d.taskId,
      owner: d.owner,
      event: d.eventType,
      target: new URL(d.url).origin,
      attempt: next.attempts,
      httpStatus: result.status ?? undefined,
      error: result.error ?? undefined,
    };
    if (outcome === 'failed') logger.warn('webhook delivery failed; redeliver it with redeliverWebhook', fields);
    else if (outcome === 'retry') logger.info('webhook delivery attempt failed; will retry', { ...fields, retryAt });
    else logger.debug('webhook delivered', fields);
    if (!(await store.recordDelivery(next, this.#work.owner))) {
      logger.info('webhook delivery changed during the attempt (redelivered, or its lease lapsed); its outcome is not recorded', { deliveryId: d.id });
    }
  }

  /** Deletes finished deliveries past the retention, a batch at a time, at most hourly. */
  async #prune(): Promise<void> {
    if (Date.now() < this.#nextPruneAt) return;
    this.#nextPruneAt = Date.now() + 3_600_000;
    const before = new Date(this.#o.now().getTime() - this.#o.retentionMs);
    let total = 0;
    for (let batch = 0; batch < 20 && this.#work.running; batch++) {
      const n = await this.#o.store.pruneDeliveries(before, 1_000);
      total += n;
      if (n < 1_000) break;
    }
    if (total > 0) this.#o.logger.info('pruned finished webhook deliveries', { count: total, createdBefore: before.toISOString() });
  }
}
