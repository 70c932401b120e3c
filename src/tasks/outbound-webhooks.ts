import { randomUUID } from 'node:crypto';
import type { TaskStatus } from './provider.ts';
import type { Task } from './task.ts';
import { validateWith, httpUrlInput, type Violation } from './violations.ts';
import type { WebhookDelivery, WebhookEventType } from './webhook-deliveries.ts';
import { targetProblem } from './webhook-targets.ts';

/** The event of a status that ends a task; any other change of status is `task.updated`. */
const EVENT_OF_STATUS: Partial<Record<TaskStatus, WebhookEventType>> = { SUCCEEDED: 'task.succeeded', FAILED: 'task.failed', CANCELLED: 'task.cancelled' };

/** A client's webhook settings: its endpoint (null: only tasks with a `callbackUrl` send) and its signing secret. */
export interface WebhookEndpoint {
  url: string | null;
  /** `whsec_<base64>`, as Standard Webhooks writes it. */
  secret: string;
}

/** When failed attempts are tried again: `baseSeconds × 5^(n−1)` after the n-th failure, ±20 % jitter, at most `maxSeconds`. */
export interface RetryPolicy {
  baseSeconds: number;
  maxSeconds: number;
  /** Attempts per (re)delivery, the first included; then the delivery is FAILED. */
  maxAttempts: number;
}

export interface OutboundWebhooksOptions {
  /** By client name (`local` in open mode). */
  endpoints: ReadonlyMap<string, WebhookEndpoint>;
  /** Whether loopback targets are allowed (open mode or the in-process sandbox); private ones never are. */
  allowLoopback: boolean;
  retry: RetryPolicy;
  /** A task's id and type as the API shows them (its global id), for the payload. */
  identify(task: Task): { id: string; typename: string };
  /** The task's video as the API shows it (the gateway's copy and the provider's links); `task.video` when absent. */
  presentVideo?(task: Task): unknown;
  random?: () => number;
}

/**
 * The rules of outgoing webhooks, apart from how they are stored and sent: who gets one for which
 * change, at which URL, with what body, and when a failed attempt is tried again.
 *
 * - **Which changes.** Every status change: `task.updated` (QUEUED → PROCESSING),
 *   `task.succeeded`, `task.failed`. Progress alone is not sent (it moves up to once a poll; a
 *   subscription carries it); the creation is not either (the mutation answered it).
 * - **Where.** A task's `callbackUrl` replaces its client's endpoint: one event goes to one URL,
 *   so a receiver never has to reconcile the same event arriving twice at two addresses, and a
 *   client that routes some tasks elsewhere (a tenant, a worker) does not also get them at its
 *   main endpoint. Both are signed with the client's secret.
 */
export class OutboundWebhooks {
  readonly #o: OutboundWebhooksOptions;
  readonly #random: () => number;

  constructor(options: OutboundWebhooksOptions) {
    this.#o = options;
    this.#random = options.random ?? Math.random;
  }

  get allowLoopback(): boolean {
    return this.#o.allowLoopback;
  }

  get maxAttempts(): number {
    return this.#o.retry.maxAttempts;
  }

  /** The client's signing secret; null when it has none configured. */
  secretOf(owner: string): string | null {
    return this.#o.endpoints.get(owner)?.secret ?? null;
  }

  /** The rules a create's `callbackUrl` breaks (paths start at `callbackUrl`). */
  callbackUrlViolations(owner: string, url: string): Violation[] {
    const checked = validateWith(httpUrlInput, url);
    if (!checked.ok) return checked.violations.map((v) => ({ ...v, path: ['callbackUrl'] }));
    const problem = targetProblem(url, this.#o.allowLoopback);
    if (problem) return [{ path: ['callbackUrl'], ...problem }];
    if (!this.secretOf(owner)) {
      return [
        {
          path: ['callbackUrl'],
          code: 'WEBHOOK_SECRET_MISSING',
          message: 'your client has no webhook signing secret (CLIENT_WEBHOOK_SECRETS): ask the operator for one',
        },
      ];
    }
    return [];
  }

  /** The deliveries a change from `before` to `after` causes: none, or one to the task's URL. */
  deliveriesFor(before: Task, after: Task, now: Date): WebhookDelivery[] {
    if (before.status === after.status) return [];
    const endpoint = this.#o.endpoints.get(after.owner);
    const url = after.callbackUrl ?? endpoint?.url ?? null;
    if (!url || !endpoint) return [];
    const eventType = EVENT_OF_STATUS[after.status] ?? 'task.updated';
    const at = now.toISOString();
    return [
      {
        id: randomUUID(),
        owner: after.owner,
        taskId: after.id,
        eventType,
        url,
        payload: JSON.stringify({ type: eventType, timestamp: after.updatedAt, data: this.#present(after) }),
        status: 'PENDING',
        attempts: 0,
        failures: 0,
        lastResponseStatus: null,
        lastError: null,
        lastAttemptAt: null,
        nextAttemptAt: at,
        createdAt: at,
        deliveredAt: null,
      },
    ];
  }

  /**
   * The task as the API shows it (`GenerationTask`'s fields but `history`): nothing internal (no
   * owner, webhook token, idempotency key, provider reference or input).
   */
  #present(task: Task) {
    const { id, typename } = this.#o.identify(task);
    return {
      __typename: typename,
      id,
      provider: task.provider,
      kind: task.kind,
      status: task.status,
      version: task.version,
      livemode: task.livemode,
      progress: task.progress === null ? null : { fraction: task.progress, estimated: task.progressEstimated },
      queuePosition: task.queuePosition,
      estimatedCompletionAt: task.estimatedCompletionAt,
      video: this.#o.presentVideo ? this.#o.presentVideo(task) : task.video,
      error: task.error,
      cost: { ...task.cost, charged: task.charged },
      createdAt: task.createdAt,
      updatedAt: task.updatedAt,
      startedAt: task.startedAt,
      completedAt: task.completedAt,
    };
  }

  /** When to try again after the `failures`-th failed attempt in a row; null once the attempts are spent. */
  retryAt(failures: number, now: Date): string | null {
    const { baseSeconds, maxSeconds, maxAttempts } = this.#o.retry;
    if (failures >= maxAttempts) return null;
    const seconds = Math.min(maxSeconds, baseSeconds * 5 ** (failures - 1) * (0.8 + 0.4 * this.#random()));
    return new Date(now.getTime() + seconds * 1000).toISOString();
  }
}
