import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../log.ts';
import { UpstreamConcurrencyLimitError, UpstreamError, UpstreamNotFoundError, UpstreamRateLimitedError, UpstreamUnavailableError } from '../upstream/errors.ts';
import { applySnapshot } from './apply-snapshot.ts';
import { estimateProgress } from './progress.ts';
import { photoViolations, type PhotoInspector } from './photos.ts';
import type { PollSchedule } from './schedule.ts';
import {
  BudgetExceededError,
  IdempotencyKeyReusedError,
  TaskNotCancellableError,
  TaskNotFoundError,
  ValidationFailedError,
  WebhookDeliveryNotFoundError,
  clientErrorFrom,
} from './errors.ts';
import { queueOrder, type AdmissionRule, type QueueEntry } from './queue.ts';
import { BudgetGuardError, ledgerEntriesFor, periodOf, summarize, type Budget, type LedgerEntry, type UsageGroup, type UsageRow } from './spend.ts';
import type { OutboundWebhooks } from './outbound-webhooks.ts';
import {
  TERMINAL_STATUSES,
  emptySnapshot,
  type ConnectedProvider,
  type ProviderId,
  type SubmitResult,
  type TaskSnapshot,
  type WebhookEvent,
} from './provider.ts';
import type { Providers } from './providers.ts';
import { RateLimitedError, type RateLimiter, type RateRule } from './rate-limits.ts';
import { validateWith, type Violation } from './violations.ts';
import { DuplicateKeyError, type LeasedTask, type PageCursor, type StoredTask, type TaskFilter, type TaskStore } from './store.ts';
import { costOf, newTask, type EventSource, type Task, type TaskCost, type TaskKind, type TaskRuntime } from './task.ts';
import type { DeliveryCursor, WebhookDelivery } from './webhook-deliveries.ts';

/** Told of every persisted change, after it is persisted. */
export type TaskPublisher = (task: Task) => void;

export interface TaskServiceOptions {
  store: TaskStore;
  providers: Providers;
  publish: TaskPublisher;
  logger: Logger;
  /** A refresh within this long of the last upstream read it caused returns the stored task. @default 1_000 */
  refreshMinIntervalMs?: number;
  /** When each task is read next. */
  schedule: PollSchedule;
  /** Checks every photo before any credit is spent; none when absent. */
  photos?: PhotoInspector;
  /** Per-client limits on submits (what provider accounts are charged for) and subscription starts. */
  rateLimits?: { limiter: RateLimiter; submits: RateRule; subscriptions: RateRule };
  /** Outgoing webhooks: which changes queue deliveries in the store's outbox. None when absent. */
  webhooks?: OutboundWebhooks;
  /** Each client's budgets (none: unlimited). */
  budgets?: (owner: string) => readonly Budget[];
  /** How long a concurrency limit learned from a provider's 429 is trusted before it is probed again. @default 15 min */
  learnedLimitMs?: number;
  now?: () => Date;
}

export class TaskService {
  readonly #store: TaskStore;
  readonly #providers: Providers;
  readonly #publish: TaskPublisher;
  readonly #log: Logger;
  readonly #options: TaskServiceOptions;
  readonly #now: () => Date;
  readonly #scheduled = new Set<(at: Date) => void>();
  readonly #queued = new Set<() => void>();

  constructor(options: TaskServiceOptions) {
    this.#store = options.store;
    this.#providers = options.providers;
    this.#publish = options.publish;
    this.#log = options.logger;
    this.#options = options;
    this.#now = options.now ?? (() => new Date());
  }

  /**
   * Told the time of every next poll this service writes, so that the poller can wake for a task
   * due before its current sleep ends without asking the store. Returns the unsubscribe function.
   */
  onScheduled(listener: (at: Date) => void): () => void {
    this.#scheduled.add(listener);
    return () => this.#scheduled.delete(listener);
  }

  /**
   * Told whenever this service queues webhook deliveries (a change, a redelivery), so the dispatcher
   * sends them at once instead of at its next look. Returns the unsubscribe function.
   */
  onDeliveriesQueued(listener: () => void): () => void {
    this.#queued.add(listener);
    return () => this.#queued.delete(listener);
  }

  #tellQueued(): void {
    for (const listener of this.#queued) listener();
  }

  #tellScheduled(nextPollAt: string | null): void {
    if (nextPollAt === null || this.#scheduled.size === 0) return;
    const at = new Date(nextPollAt);
    for (const listener of this.#scheduled) listener(at);
  }

  /** What the gateway tells clients about each provider (`Query.providers`). */
  providerInfo() {
    return this.#providers.info();
  }

  /** What a request to `provider` would cost with the configured key. */
  estimateCost(provider: ProviderId): TaskCost {
    const { descriptor, adapter } = this.#providers.get(provider);
    return costOf(descriptor, adapter.livemode);
  }

  /**
   * Checks `input` against the provider's rules, the idempotency key's form and the callback URL,
   * reporting every broken rule at once (paths start at the argument: `input`, `idempotencyKey`,
   * `callbackUrl`, `priority`), then creates the task. `priority` orders the client's own tasks
   * while they wait in our queue (higher first). Nothing reaches the provider unless every rule holds.
   */
  create(owner: string, provider: ProviderId, input: unknown, idempotencyKey: string | null, callbackUrl: string | null = null, priority = 0): Promise<Task> {
    const connected = this.#providers.get(provider);
    const violations: Violation[] = [];
    const checked = validateWith(connected.descriptor.input, input);
    if (!checked.ok) violations.push(...checked.violations.map((v) => ({ ...v, path: ['input', ...v.path] })));
    if (idempotencyKey !== null && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      violations.push({ path: ['idempotencyKey'], code: 'INVALID_IDEMPOTENCY_KEY', message: 'must be 1 to 255 printable ASCII characters without spaces' });
    }
    if (callbackUrl !== null) violations.push(...this.#callbackUrlViolations(owner, callbackUrl));
    if (!Number.isInteger(priority) || priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
      violations.push({ path: ['priority'], code: 'PRIORITY_OUT_OF_RANGE', message: `must be a whole number from ${MIN_PRIORITY} to ${MAX_PRIORITY}` });
    }
    if (!checked.ok || violations.length > 0) throw new ValidationFailedError(violations);
    return this.#create(owner, connected, checked.value, idempotencyKey, callbackUrl, priority);
  }

  #callbackUrlViolations(owner: string, url: string): Violation[] {
    const { webhooks } = this.#options;
    if (webhooks) return webhooks.callbackUrlViolations(owner, url);
    return [{ path: ['callbackUrl'], code: 'WEBHOOK_SECRET_MISSING', message: 'this gateway sends no webhooks' }];
  }

  /**
   * Admits one more subscription of `owner` under its rate limit.
   * @throws RateLimitedError
   */
  admitSubscription(owner: string): Promise<void> {
    return this.#rateLimit(owner, 'subscriptions');
  }

  async #rateLimit(owner: string, what: 'submits' | 'subscriptions'): Promise<void> {
    const limits = this.#options.rateLimits;
    if (!limits) return;
    const decision = await limits.limiter.take(`${what}:${owner}`, limits[what]);
    if (!decision.allowed) throw new RateLimitedError(what, limits[what], decision.retryAfterSeconds);
  }

  /**
   * Records the task first, then submits it, so a task the provider accepted is never unknown to us.
   * When the provider account has no free slot (its plan's limit, configured or learned), the task
   * waits in our queue instead, QUEUED with its `queuePosition`, and is submitted when a slot frees.
   * A submit the provider refuses removes the record (nothing was created) and throws a ClientError.
   * With an idempotency key, a retry with the same input returns the same task and submits nothing.
   */
  async #create(
    owner: string,
    provider: ConnectedProvider,
    input: unknown,
    idempotencyKey: string | null,
    callbackUrl: string | null,
    priority: number,
  ): Promise<Task> {
    const { descriptor, adapter } = provider;
    // Only an idempotency key is ever compared with the input it was first used with (the callback
    // URL included: the same key with another URL is another request).
    const inputHash = idempotencyKey ? hashInput(descriptor.kind, input, callbackUrl) : '';
    if (idempotencyKey) {
      const existing = await this.#settledByIdempotencyKey(owner, idempotencyKey, inputHash);
      if (existing) return existing;
    }
    // Photos a provider could not use are refused now, before a credit or an allowance is spent.
    const photos = this.#options.photos;
    if (photos) {
      const violations = await photoViolations(photos, descriptor.photos(input), descriptor.photoFloor, provider.localNetwork, owner);
      if (violations.length > 0) throw new ValidationFailedError(violations, 'A photo cannot be used; see violations. Nothing was sent to the provider.');
    }
    await this.#rateLimit(owner, 'submits');
    const now = this.#now();
    const id = randomUUID();
    const webhookToken = randomBytes(24).toString('base64url');
    const task = newTask({ id, owner, livemode: adapter.livemode, now, descriptor, input, callbackUrl });
    const runtime: TaskRuntime = {
      webhookToken,
      idempotencyKey,
      inputHash,
      // Looked at once the submit cannot still be in flight: if the process (or replica) that
      // submits it dies first, the poller of any replica takes it up (`poll`: it then waits, of
      // unknown outcome, for the provider's report). A task that waits in our queue has no look
      // scheduled until it is admitted.
      nextPollAt: new Date(now.getTime() + SUBMIT_GRACE_MS).toISOString(),
      pollFailures: 0,
      deadlineAt: new Date(now.getTime() + provider.deadlineSeconds * 1000).toISOString(),
    };
    const budgets = this.#budgetGuards(owner, task, now);
    let admission: 'ADMITTED' | 'WAITING';
    try {
      // If it must wait, its history says so from the start.
      const waiting: Task = { ...task, history: [{ status: 'QUEUED', source: 'QUEUE', at: now.toISOString(), detail: 'WAITING_FOR_PROVIDER_SLOT' }] };
      admission = await this.#store.enqueue(task, runtime, priority, budgets, this.#admissionRule(provider, now), waiting);
    } catch (err) {
      // Two concurrent requests with one idempotency key: the loser answers with the winner's task.
      if (idempotencyKey && err instanceof DuplicateKeyError) {
        const existing = await this.#settledByIdempotencyKey(owner, idempotencyKey, inputHash);
        if (existing) return existing;
        // The winner's submit was refused and its record removed: this request goes ahead on its own.
        return this.#create(owner, provider, input, idempotencyKey, callbackUrl, priority);
      }
      if (err instanceof BudgetGuardError) {
        const { budget } = err.guard;
        throw new BudgetExceededError(budget, err.use, task.cost.amount, periodOf(budget.period, now).end.toISOString());
      }
      throw err;
    }
    if (admission === 'ADMITTED') {
      return this.#submit({ task, runtime }, 'CREATE', { taskId: id, account: descriptor.id, owner, priority, seq: 0, enqueuedAt: task.createdAt });
    }

    this.#log.info('task waits in the queue for a slot of the provider account', { taskId: id, provider: descriptor.id, owner });
    await this.#reposition(descriptor.id);
    // A slot may have freed meanwhile (or another replica's task ended): admission decides, fairly.
    await this.admitWaiting(descriptor.id);
    return (await this.#store.get(id))?.task ?? task;
  }

  /**
   * Submits a task that holds a slot of its provider account: at its creation (`CREATE`: the caller
   * waits for the provider's answer) or when our queue admits it (`QUEUE`: in the background).
   * - Accepted: the provider's reference and first state are recorded (with its charge).
   * - Outcome unknown (timed out, cut off): kept QUEUED until the provider reports it (`#submitOutcomeUnknown`).
   * - The provider is at capacity or rate limited (429), or, for a queued task, unavailable: the
   *   task goes back to wait in our queue, keeping its place, and the account is held for a while.
   * - Refused: at creation the record is removed and the client gets the error; a queued task,
   *   whose creation was already answered, ends FAILED with the provider's reason.
   */
  async #submit(stored: StoredTask, mode: 'CREATE' | 'QUEUE', entry: QueueEntry): Promise<Task> {
    const { task, runtime } = stored;
    const provider = this.#providers.get(task.provider);
    const { descriptor, adapter } = provider;
    let submitted: SubmitResult;
    try {
      const webhookUrl = runtime.webhookToken === null ? null : this.#providers.webhookUrl(descriptor.id, runtime.webhookToken);
      submitted = await adapter.submit(task.input, webhookUrl);
    } catch (err) {
      if (err instanceof UpstreamError && err.outcomeUnknown) {
        // The provider may have created (and charged for) it: keep the record and its idempotency
        // key, so nothing accepted is lost and a retry with the key cannot submit and charge twice;
        // the provider's webhook to this task's URL links it.
        this.#log.error('submit outcome unknown; waiting for the provider to report the task', {
          taskId: task.id,
          provider: descriptor.id,
          code: err.code,
          httpStatus: err.httpStatus,
        });
        return this.#submitOutcomeUnknown(stored, 'SUBMIT');
      }
      const busy = err instanceof UpstreamConcurrencyLimitError || err instanceof UpstreamRateLimitedError;
      if (err instanceof UpstreamError && (busy || (mode === 'QUEUE' && err.retryable))) return this.#backToQueue(stored, entry, err);
      if (mode === 'CREATE') {
        await this.#store.delete(task.id);
        if (err instanceof UpstreamError) {
          this.#log.warn('provider refused a submit', {
            taskId: task.id,
            provider: descriptor.id,
            code: err.code,
            providerCode: err.providerCode,
            httpStatus: err.httpStatus,
          });
          throw clientErrorFrom(err, descriptor);
        }
        throw err;
      }
      const refusal = err instanceof UpstreamError ? clientErrorFrom(err, descriptor) : null;
      this.#log.warn('provider refused a queued task', { taskId: task.id, provider: descriptor.id, code: refusal?.code, err: refusal ? undefined : err });
      return this.apply(
        stored,
        failure(
          refusal?.code ?? 'SUBMIT_FAILED',
          refusal ? `The provider refused the task when its turn came: ${refusal.message}` : 'The task could not be submitted.',
          false,
          err instanceof UpstreamError ? (err.providerCode ?? null) : null,
        ),
        'SUBMIT',
      );
    }
    return this.apply(stored, submitted.snapshot, 'SUBMIT', { providerRef: submitted.providerRef, livemode: submitted.livemode });
  }

  /**
   * A submit the provider answered "busy": the task waits in our queue again, keeping its place, and
   * the account takes no submit for a while (the provider's `Retry-After`, else a few seconds). A
   * 429 for the plan's concurrency also teaches the account's limit (the provider's `details.limit`,
   * else what was in flight without this task).
   */
  async #backToQueue(stored: StoredTask, entry: QueueEntry, err: UpstreamError): Promise<Task> {
    const { task } = stored;
    const now = this.#now();
    const retryAfter = err instanceof UpstreamRateLimitedError || err instanceof UpstreamUnavailableError ? (err.retryAfterSeconds ?? 0) : 0;
    // A concurrency 429 needs little hold: the learned limit keeps the account from more until a task ends.
    const holdMs = retryAfter > 0 ? retryAfter * 1000 : err instanceof UpstreamConcurrencyLimitError ? CAPACITY_HOLD_MS : BUSY_HOLD_MS;
    let learned: number | null = null;
    if (err instanceof UpstreamConcurrencyLimitError) {
      const account = (await this.#store.accounts(now)).find((a) => a.account === task.provider);
      learned = err.limit ?? Math.max(1, (err.inFlight ?? account?.inFlight ?? 2) - 1);
    }
    await this.#store.holdAccount(task.provider, new Date(now.getTime() + holdMs), learned, now);
    const detail =
      err instanceof UpstreamConcurrencyLimitError
        ? 'PROVIDER_AT_CAPACITY'
        : err instanceof UpstreamRateLimitedError
          ? 'PROVIDER_RATE_LIMITED'
          : 'PROVIDER_UNAVAILABLE';
    this.#log.warn('provider busy; the task waits in the queue again', {
      taskId: task.id,
      provider: task.provider,
      code: err.code,
      learnedLimit: learned ?? undefined,
    });
    const at = now.toISOString();
    let current = task;
    let waiting: Task | null = null;
    // Admitted and unsubmitted, the task has no other writer; a lost race is read again all the same.
    for (let attempt = 0; attempt < 3 && !waiting; attempt++) {
      const next: Task = {
        ...current,
        version: current.version + 1,
        updatedAt: at,
        history: [...current.history, { status: current.status, source: 'QUEUE', at, detail }],
      };
      if (await this.#store.update(next, current.version, { nextPollAt: null, pollFailures: 0 }, null, [], { requeue: entry })) waiting = next;
      else current = (await this.#store.get(task.id))?.task ?? current;
    }
    if (!waiting) throw new Error(`task ${task.id}: could not put it back in the queue`);
    this.#publish(waiting);
    await this.#reposition(task.provider);
    this.#tellSlots(task.provider, new Date(now.getTime() + holdMs));
    return (await this.#store.get(task.id))?.task ?? waiting;
  }

  /** What admission needs to know of a provider account now. */
  #admissionRule(provider: ConnectedProvider, now: Date): AdmissionRule {
    return {
      configuredLimit: provider.concurrency,
      learnedSince: new Date(now.getTime() - (this.#options.learnedLimitMs ?? LEARNED_LIMIT_MS)),
      now,
      graceUntil: new Date(now.getTime() + SUBMIT_GRACE_MS).toISOString(),
      deadlineAt: new Date(now.getTime() + provider.deadlineSeconds * 1000).toISOString(),
    };
  }

  /**
   * Admits what waits in `provider`'s queue while its account has free slots, and submits each one
   * in the background. Any replica may call it at any time: the store's lock per account keeps the
   * account within its limit. Returns how many were admitted.
   */
  async admitWaiting(provider: ProviderId): Promise<number> {
    const connected = this.#providers.get(provider);
    const now = this.#now();
    const admitted = await this.#store.admit(provider, this.#admissionRule(connected, now), ADMIT_BATCH);
    if (admitted.length === 0) return 0;
    for (const { stored, entry } of admitted) {
      const waitedSeconds = (now.getTime() - Date.parse(entry.enqueuedAt)) / 1000;
      this.#log.info('task admitted from the queue', { taskId: stored.task.id, provider, waitedSeconds: Math.round(waitedSeconds * 10) / 10 });
      for (const listener of this.#admittedListeners) listener(provider, waitedSeconds);
      this.#tellScheduled(stored.runtime.nextPollAt);
      const submit: Promise<unknown> = this.#submit(stored, 'QUEUE', entry)
        .catch((err) => this.#log.error('submit of a queued task failed', { taskId: stored.task.id, err }))
        .finally(() => this.#submitting.delete(submit));
      this.#submitting.add(submit);
    }
    await this.#reposition(provider);
    return admitted.length;
  }

  /**
   * Writes each waiting task's place in `provider`'s queue (1 = next) where it changed, and
   * publishes it. A task admitted meanwhile is left alone; one another writer changed is read again.
   */
  async #reposition(provider: ProviderId): Promise<void> {
    const order = queueOrder(await this.#store.queueOf(provider)).slice(0, MAX_POSITIONS);
    for (const [i, id] of order.entries()) {
      const position = i + 1;
      for (let attempt = 0; attempt < 3; attempt++) {
        const stored = await this.#store.get(id);
        if (stored?.task.status !== 'QUEUED' || stored.task.queuePosition === position) break;
        const { task } = stored;
        const next: Task = { ...task, queuePosition: position, version: task.version + 1, updatedAt: this.#now().toISOString() };
        if (await this.#store.updateWaiting(next, task.version)) {
          this.#publish(next);
          break;
        }
      }
    }
  }

  /**
   * Cancels one of `owner`'s tasks while it waits in our queue: at once, never submitted, never
   * charged (its reservation is released).
   * @throws TaskNotFoundError
   * @throws TaskNotCancellableError when it has ended, or is already at the provider (neither
   *   provider has a cancel endpoint: it runs on there and is charged as usual).
   */
  async cancel(owner: string, id: string): Promise<Task> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const stored = await this.#store.get(id);
      if (!stored || stored.task.owner !== owner) throw new TaskNotFoundError(id);
      const { task } = stored;
      const { descriptor } = this.#providers.get(task.provider);
      if (TERMINAL_STATUSES.has(task.status)) throw new TaskNotCancellableError('ALREADY_ENDED', task, descriptor.name);
      const now = this.#now();
      const at = now.toISOString();
      const cancelled: Task = {
        ...task,
        status: 'CANCELLED',
        queuePosition: null,
        progress: null,
        completedAt: at,
        version: task.version + 1,
        updatedAt: at,
        history: [...task.history, { status: 'CANCELLED', source: 'CANCEL', at, detail: null }],
      };
      const deliveries = this.#options.webhooks?.deliveriesFor(task, cancelled, now) ?? [];
      if (await this.#store.cancelWaiting(cancelled, task.version, deliveries)) {
        this.#log.info('task cancelled while waiting in the queue', { taskId: id, provider: task.provider, owner });
        this.#publish(cancelled);
        if (deliveries.length > 0) this.#tellQueued();
        await this.#reposition(task.provider);
        return cancelled;
      }
      const fresh = await this.#store.get(id);
      // Unchanged yet no longer waiting: admitted, so at the provider (or about to be).
      if (fresh && fresh.task.version === task.version) throw new TaskNotCancellableError('AT_PROVIDER', task, descriptor.name);
    }
    throw new Error(`task ${id}: too many concurrent updates`);
  }

  /** The budgets a new task must fit in: the owner's for its unit, with the start of each one's period. */
  #budgetGuards(owner: string, task: Task, now: Date) {
    if (task.cost.amount <= 0) return [];
    return (this.#options.budgets?.(owner) ?? [])
      .filter((b) => b.unit === task.cost.unit)
      .map((budget) => ({ budget, since: periodOf(budget.period, now).start.toISOString() }));
  }

  /** Each of `owner`'s budgets as it stands now: spent in its period, held by unfinished tasks, left. */
  async budgets(owner: string) {
    const now = this.#now();
    return Promise.all(
      (this.#options.budgets?.(owner) ?? []).map(async (budget) => {
        const { start, end } = periodOf(budget.period, now);
        const use = await this.#store.budgetUse(owner, budget.unit, start.toISOString());
        return {
          ...budget,
          ...use,
          remaining: Math.max(0, budget.limit - use.spent - use.reserved),
          periodStart: start.toISOString(),
          resetsAt: end.toISOString(),
        };
      }),
    );
  }

  /**
   * What `owner` was charged in [from, to), summed by `groupBy` (the unit always kept apart), with
   * the entries' total per unit.
   * @throws ValidationFailedError when the range is empty or longer than 366 days.
   */
  async usage(owner: string, from: Date, to: Date, groupBy: readonly UsageGroup[]): Promise<{ rows: UsageRow[]; totals: UsageRow[] }> {
    const violations: Violation[] = [];
    if (!(from.getTime() < to.getTime())) violations.push({ path: ['to'], code: 'RANGE_EMPTY', message: 'must be after `from`' });
    else if (to.getTime() - from.getTime() > 366 * 86_400_000)
      violations.push({ path: ['to'], code: 'RANGE_TOO_LONG', message: 'must be at most 366 days after `from`' });
    if (violations.length > 0) throw new ValidationFailedError(violations);
    const entries: LedgerEntry[] = await this.#store.ledger(owner, from.toISOString(), to.toISOString());
    return { rows: summarize(entries, groupBy), totals: summarize(entries, []) };
  }

  /** Submits of admitted tasks running in the background. */
  readonly #submitting = new Set<Promise<unknown>>();

  /** Resolves once the submits of admitted tasks now in flight have settled (a stop waits for them). */
  async submitsSettled(): Promise<void> {
    await Promise.all(this.#submitting);
  }

  readonly #admittedListeners = new Set<(provider: ProviderId, waitedSeconds: number) => void>();
  readonly #chargeListeners = new Set<(entry: LedgerEntry) => void>();
  readonly #slotListeners = new Set<(provider: ProviderId, at: Date) => void>();

  /** Told of every task our queue admits, with how long it waited (metrics). */
  onAdmitted(listener: (provider: ProviderId, waitedSeconds: number) => void): () => void {
    this.#admittedListeners.add(listener);
    return () => this.#admittedListeners.delete(listener);
  }

  /** Told of every ledger entry this process commits (metrics). */
  onCharged(listener: (entry: LedgerEntry) => void): () => void {
    this.#chargeListeners.add(listener);
    return () => this.#chargeListeners.delete(listener);
  }

  /** Told when a provider account may have a free slot at `at` (a task ended, a hold ends), so the queue admits without waiting for its sweep. */
  onSlotFreed(listener: (provider: ProviderId, at: Date) => void): () => void {
    this.#slotListeners.add(listener);
    return () => this.#slotListeners.delete(listener);
  }

  #tellSlots(provider: ProviderId, at: Date): void {
    for (const listener of this.#slotListeners) listener(provider, at);
  }

  /**
   * The task an idempotency key already names, once its submit has settled: a retry that races the
   * first request waits for the provider's answer to it rather than return a task that may yet be
   * refused (and removed). Null when there is none, or the first request was refused meanwhile.
   */
  async #settledByIdempotencyKey(owner: string, key: string, inputHash: string): Promise<Task | null> {
    const deadline = Date.now() + SUBMIT_SETTLE_MS;
    for (;;) {
      const existing = await this.#store.findByIdempotencyKey(owner, key);
      if (!existing) return null;
      if (existing.runtime.inputHash !== inputHash) throw new IdempotencyKeyReusedError(key);
      if (existing.task.providerRef || TERMINAL_STATUSES.has(existing.task.status) || isSubmitUnknown(existing.task) || Date.now() > deadline) {
        return existing.task;
      }
      await sleep(25);
    }
  }

  /**
   * Applies a snapshot through `applySnapshot`, persists it (retrying on a concurrent writer) with
   * the webhook deliveries it causes, then publishes. Schedules the next poll: from the provider's
   * guidance when it gave some, else from the configured interval; none once the task is terminal.
   */
  async apply(
    stored: StoredTask,
    snapshot: TaskSnapshot,
    source: EventSource,
    opts: { expectedVersion?: number; nextPollAt?: string | null; leaseOwner?: string; providerRef?: string; livemode?: boolean } = {},
  ): Promise<Task> {
    let current = stored;
    for (let attempt = 0; attempt < 5; attempt++) {
      const now = this.#now();
      // `providerRef` links a task to the provider's (its submit's answer, or its report of a task
      // whose submit outcome was unknown): written even if the snapshot changes nothing else.
      const linking = opts.providerRef !== undefined && current.task.providerRef === null && !TERMINAL_STATUSES.has(current.task.status);
      const base = linking ? this.#linked(current.task, opts.providerRef!, opts.livemode, now) : current.task;
      const applied = applySnapshot(base, snapshot, source, now, this.#typicalProcessingMs(base));
      const changed = applied.changed || linking;
      const task = applied.changed || !linking ? applied.task : { ...applied.task, version: applied.task.version + 1, updatedAt: now.toISOString() };
      const terminal = TERMINAL_STATUSES.has(task.status);
      const nextPollAt = terminal
        ? null
        : opts.nextPollAt !== undefined
          ? opts.nextPollAt
          : this.#options.schedule.first(task.provider, snapshot.pollAfterSeconds, now);
      if (!changed) {
        // Only the poller moves the schedule of an unchanged task (and releases its own lease); a
        // webhook or refresh that changed nothing leaves a poll in flight undisturbed.
        if (source === 'POLL' || source === 'DEADLINE') {
          await this.#store.schedule(task.id, task.version, nextPollAt, 0, opts.leaseOwner ?? null);
          this.#tellScheduled(nextPollAt);
        }
        return task;
      }
      const expected = opts.expectedVersion ?? current.task.version;
      // Computed from the state this write replaces, so a lost race (re-read, re-applied) queues none twice.
      const deliveries = this.#options.webhooks?.deliveriesFor(current.task, task, now) ?? [];
      const ledger = ledgerEntriesFor(current.task, task, this.#providers.has(task.provider) ? this.#providers.get(task.provider).account : task.provider, now);
      if (await this.#store.update(task, expected, { nextPollAt, pollFailures: 0 }, opts.leaseOwner ?? null, deliveries, { ledger })) {
        this.#publish(task);
        this.#tellScheduled(nextPollAt);
        if (deliveries.length > 0) this.#tellQueued();
        for (const entry of ledger) for (const listener of this.#chargeListeners) listener(entry);
        // A task that ends frees a slot of its provider account: the queue may admit the next one.
        if (terminal) this.#tellSlots(task.provider, now);
        if (terminal) this.#learn(task);
        if (terminal) this.#log.info('task finished', { taskId: task.id, provider: task.provider, status: task.status, source, error: task.error?.code });
        return task;
      }
      const fresh = await this.#store.get(task.id);
      if (!fresh) throw new TaskNotFoundError(task.id);
      current = fresh;
      opts = { ...opts, expectedVersion: undefined };
    }
    throw new Error(`task ${stored.task.id}: too many concurrent updates`);
  }

  /**
   * A task as the provider's accepting it makes it: its reference, when it was submitted, its mode
   * and cost as the provider answered; a task that waited in our queue gets a SUBMITTED event, so
   * its history shows where the time went.
   */
  #linked(task: Task, providerRef: string, livemode: boolean | undefined, now: Date): Task {
    const at = now.toISOString();
    const descriptor = this.#providers.has(task.provider) ? this.#providers.get(task.provider).descriptor : null;
    const mode = livemode ?? task.livemode;
    return {
      ...task,
      providerRef,
      submittedAt: task.submittedAt ?? at,
      livemode: mode,
      cost: descriptor ? costOf(descriptor, mode) : task.cost,
      queuePosition: null,
      history:
        task.history.length > 0
          ? [...task.history, { status: task.status, source: 'SUBMIT', at, detail: isSubmitUnknown(task) ? 'LINKED' : 'SUBMITTED' }]
          : task.history,
    };
  }

  /**
   * How long a task like this one takes to process: learned from the last ones of its provider and
   * mode that succeeded here, else the provider's typical duration (scaled like the sandbox's clock
   * for an emulated provider).
   */
  #typicalProcessingMs(task: Task): number | undefined {
    if (!this.#providers.has(task.provider)) return undefined;
    const key = this.#durationKey(task);
    return this.#learnedMs.get(key) ?? this.#typicalMs(task);
  }

  #typicalMs(task: Task): number {
    const { descriptor, guidanceScale } = this.#providers.get(task.provider);
    return descriptor.typicalProcessingMs(task.input) * guidanceScale;
  }

  /** Tasks of one provider whose typical durations are the same (e.g. one mode) are alike. */
  #durationKey(task: Task): string {
    return `${task.provider}:${this.#typicalMs(task)}`;
  }

  /** Recent processing times (ms) per provider and mode, each a moving average of those that succeeded. */
  readonly #learnedMs = new Map<string, number>();

  #learn(task: Task): void {
    if (task.status !== 'SUCCEEDED' || !task.startedAt || !task.completedAt || !this.#providers.has(task.provider)) return;
    const ms = Date.parse(task.completedAt) - Date.parse(task.startedAt);
    if (!(ms > 0)) return;
    const key = this.#durationKey(task);
    const before = this.#learnedMs.get(key);
    this.#learnedMs.set(key, before === undefined ? ms : before * 0.7 + ms * 0.3);
  }

  /**
   * The progress estimate of a running task now, from its stored state and no upstream read: for
   * subscribers between polls. Null when there is nothing to estimate (the provider reports its own
   * progress, the task is queued or has ended). The caller keeps it from moving backwards.
   */
  estimatedProgress(task: Task, now: Date = this.#now()): number | null {
    if (task.status !== 'PROCESSING' || (task.progress !== null && !task.progressEstimated)) return null;
    const snapshot = { ...emptySnapshot(task.status), queuePosition: task.queuePosition };
    return estimateProgress(snapshot, task.estimatedCompletionAt, task.startedAt, now, this.#typicalProcessingMs(task));
  }

  /** Reads the provider's current state of a task now, outside the poll schedule. */
  async refresh(owner: string, id: string, kind?: TaskKind): Promise<Task> {
    const stored = await this.#store.get(id);
    if (!stored || stored.task.owner !== owner || (kind && stored.task.kind !== kind)) throw new TaskNotFoundError(id);
    if (TERMINAL_STATUSES.has(stored.task.status) || !stored.task.providerRef) return stored.task;
    try {
      return await this.#readNow(stored, 'REFRESH');
    } catch (err) {
      if (err instanceof UpstreamError) throw clientErrorFrom(err, this.#providers.get(stored.task.provider).descriptor, 'refresh');
      throw err;
    }
  }

  /**
   * Confirms what an unsigned webhook claims with a status read of the provider, through the same
   * one-read-per-interval gate as `refresh`. A delivery inside the interval is answered from the
   * stored state and followed by one read when the interval ends, so the last delivery is always
   * confirmed by a read made after it arrived. Null, without a read, while the task's polls back off
   * after failures: the poller reads it when the back-off ends.
   * @throws UpstreamError when the read fails.
   */
  async confirm(stored: StoredTask): Promise<Task | null> {
    const { runtime } = stored;
    if (runtime.pollFailures > 0 && runtime.nextPollAt && Date.parse(runtime.nextPollAt) > this.#now().getTime()) return null;
    return this.#readNow(stored, 'WEBHOOK', true);
  }

  readonly #reads = new Map<string, { at: number; pending: Promise<Task> | null; trailing: boolean }>();
  readonly #trailingReads = new Set<NodeJS.Timeout>();

  get #readIntervalMs(): number {
    return this.#options.refreshMinIntervalMs ?? 1_000;
  }

  /**
   * One status read outside the schedule, applied with `source`. However often it is asked for, a
   * task costs at most one upstream read per interval: concurrent callers share one read, and one
   * just after it gets the stored state (and, with `trailing`, a read when the interval ends).
   */
  #readNow(stored: StoredTask, source: EventSource, trailing = false): Promise<Task> {
    const id = stored.task.id;
    const recent = this.#reads.get(id);
    if (recent && (recent.pending || Date.now() - recent.at < this.#readIntervalMs)) {
      if (trailing && !recent.trailing) {
        recent.trailing = true;
        if (!recent.pending) this.#scheduleTrailingRead(id, recent.at + this.#readIntervalMs - Date.now(), source);
      }
      return recent.pending ?? Promise.resolve(stored.task);
    }
    const entry: { at: number; pending: Promise<Task> | null; trailing: boolean } = { at: Date.now(), pending: null, trailing: false };
    entry.pending = this.#read(stored, source).finally(() => {
      entry.at = Date.now();
      entry.pending = null;
      if (entry.trailing) this.#scheduleTrailingRead(id, this.#readIntervalMs, source);
    });
    this.#reads.set(id, entry);
    if (this.#reads.size > 10_000) this.#reads.delete(this.#reads.keys().next().value!);
    return entry.pending;
  }

  #scheduleTrailingRead(id: string, delayMs: number, source: EventSource): void {
    const timer = setTimeout(
      () => {
        this.#trailingReads.delete(timer);
        this.#reads.delete(id);
        void this.#store
          .get(id)
          .then((fresh) => (fresh?.task.providerRef && !TERMINAL_STATUSES.has(fresh.task.status) ? this.#readNow(fresh, source) : null))
          .catch((err) => this.#log.warn('follow-up status read failed; the poller will read it', { taskId: id, code: (err as UpstreamError).code }));
      },
      Math.max(0, delayMs),
    );
    timer.unref();
    this.#trailingReads.add(timer);
  }

  /** Cancels follow-up reads not yet made (the poller reads those tasks in its time). */
  close(): void {
    for (const timer of this.#trailingReads) clearTimeout(timer);
    this.#trailingReads.clear();
  }

  async #read(stored: StoredTask, source: EventSource): Promise<Task> {
    let snapshot: TaskSnapshot;
    try {
      snapshot = await this.#providers.get(stored.task.provider).adapter.fetchStatus(stored.task.providerRef!);
    } catch (err) {
      if (!(err instanceof UpstreamNotFoundError)) throw err;
      snapshot = lostTask(err.providerCode ?? null);
    }
    return this.apply(stored, snapshot, source, { nextPollAt: stored.runtime.nextPollAt });
  }

  /** The ids of the connected providers, in registration order. */
  providerIds(): ProviderId[] {
    return this.#providers.all().map((p) => p.descriptor.id);
  }

  /** Leases up to `limit` of `provider`'s tasks due for a poll, for `leaseMs`, to `owner`, each with the time it fell due. */
  leaseDue(provider: ProviderId, limit: number, leaseMs: number, owner: string): Promise<LeasedTask[]> {
    return this.#store.leaseDue(this.#now(), limit, leaseMs, owner, provider);
  }

  /** When the next poll of any of `providers`' tasks falls due; null when none is scheduled. */
  nextDueAt(providers: ProviderId[]): Promise<Date | null> {
    return this.#store.nextDueAt(providers);
  }

  /**
   * One scheduled status read of a leased task and what follows from it: the deadline, an
   * interrupted submit, the provider's answer, or a back-off after a failed read (exponential, with
   * jitter, never shorter than the provider's `Retry-After`). Returns the outcome, for metrics;
   * never throws.
   */
  async poll(stored: StoredTask, leaseOwner: string): Promise<string> {
    const { task, runtime } = stored;
    const { schedule } = this.#options;
    const now = this.#now();
    try {
      // Still no provider reference after the submit grace: its submit's outcome is unknown (whoever
      // submitted it died mid-submit, or its answer was lost). It must not end as a retryable
      // timeout: `#submitOutcomeUnknown` ends it at its deadline, not retryable.
      if (!task.providerRef) {
        await this.#submitOutcomeUnknown(stored, 'RECOVERY', leaseOwner);
        return 'submit_unknown';
      }
      if (now.getTime() > Date.parse(runtime.deadlineAt)) {
        await this.apply(stored, failure('PROVIDER_TIMEOUT', 'The provider did not finish this video in time.', true), 'DEADLINE', { leaseOwner });
        return 'deadline';
      }
      const snapshot = await this.#providers.get(task.provider).adapter.fetchStatus(task.providerRef);
      const nextPollAt = schedule.next(task.provider, snapshot.pollAfterSeconds, now);
      await this.apply(stored, snapshot, 'POLL', { nextPollAt, leaseOwner });
      return 'ok';
    } catch (err) {
      if (err instanceof UpstreamNotFoundError) {
        await this.apply(stored, lostTask(err.providerCode ?? null), 'POLL', { leaseOwner }).catch((e) =>
          this.#log.error('could not record a lost task', { taskId: task.id, err: e }),
        );
        return 'not_found';
      }
      const failures = runtime.pollFailures + 1;
      const retryAfter = err instanceof UpstreamRateLimitedError || err instanceof UpstreamUnavailableError ? (err.retryAfterSeconds ?? 0) : 0;
      const backoff = schedule.backoff(task.provider, failures, retryAfter, now);
      this.#log.warn('poll failed; backing off', {
        taskId: task.id,
        provider: task.provider,
        code: err instanceof UpstreamError ? err.code : undefined,
        err: err instanceof UpstreamError ? undefined : err,
        failures,
        retryInSeconds: Math.round(backoff.seconds * 10) / 10,
      });
      await this.#store
        .schedule(task.id, task.version, backoff.at, failures, leaseOwner)
        .catch((e) => this.#log.error('could not reschedule a poll', { taskId: task.id, err: e }));
      return err instanceof UpstreamError ? err.code : 'error';
    }
  }

  /**
   * At start: tasks recorded but never answered by the provider (the process died mid-submit) are
   * marked as of unknown outcome (see `#submitOutcomeUnknown`), never advertised as safe to submit
   * again. Only those created before `createdBefore`, so that a submit in progress (this process's
   * since it started, or another replica's) is left alone.
   */
  async recoverUnansweredSubmissions(createdBefore: Date): Promise<number> {
    const stale = await this.#store.interruptedSubmissions(createdBefore);
    for (const stored of stale) await this.#submitOutcomeUnknown(stored, 'RECOVERY');
    return stale.filter((s) => !isSubmitUnknown(s.task)).length;
  }

  /**
   * A task whose submit may or may not have reached the provider (its answer was lost, or the
   * process died mid-submit). It may exist and be charged, so it is never offered as safe to submit
   * again: it stays QUEUED, with a `SUBMIT_OUTCOME_UNKNOWN` event in its history, until the
   * provider's webhook to the task's own URL links it (`link`). At its deadline, or at once when the
   * provider has no webhook URL to report it at, it ends FAILED `SUBMIT_OUTCOME_UNKNOWN`, not
   * retryable.
   */
  async #submitOutcomeUnknown(stored: StoredTask, source: EventSource, leaseOwner?: string): Promise<Task> {
    const { task, runtime } = stored;
    const now = this.#now();
    const reportable = runtime.webhookToken !== null && this.#providers.webhookUrl(task.provider, runtime.webhookToken) !== null;
    if (!reportable || now.getTime() >= Date.parse(runtime.deadlineAt)) {
      return this.apply(
        stored,
        failure(
          SUBMIT_OUTCOME_UNKNOWN,
          'The provider never answered the submit nor reported the task: it may exist and be charged. Check with the provider before submitting again.',
          false,
        ),
        source,
        { leaseOwner },
      );
    }
    if (isSubmitUnknown(task)) {
      await this.#store.schedule(task.id, task.version, runtime.deadlineAt, 0, leaseOwner ?? null);
      return task;
    }
    const at = now.toISOString();
    const marked: Task = {
      ...task,
      version: task.version + 1,
      updatedAt: at,
      history: [...task.history, { status: task.status, source, at, detail: SUBMIT_OUTCOME_UNKNOWN }],
    };
    if (await this.#store.update(marked, task.version, { nextPollAt: runtime.deadlineAt, pollFailures: 0 }, leaseOwner ?? null)) {
      this.#publish(marked);
      this.#tellScheduled(runtime.deadlineAt);
      return marked;
    }
    // Changed meanwhile (e.g. the provider's webhook linked it): that state stands.
    return (await this.#store.get(task.id))?.task ?? task;
  }

  /**
   * Links a task whose submit outcome was unknown to the provider's task, reported by the provider's
   * webhook at the task's own URL (its token proves the provider got this task's submit). A signed
   * delivery is applied as it is; an unsigned one is confirmed by a status read of the reported task.
   */
  async link(stored: StoredTask, event: WebhookEvent): Promise<Task> {
    const { adapter } = this.#providers.get(stored.task.provider);
    const snapshot = event.verified ? event.snapshot : await adapter.fetchStatus(event.providerRef);
    this.#log.warn('linked a task whose submit outcome was unknown to the task the provider reported', {
      taskId: stored.task.id,
      provider: stored.task.provider,
    });
    return this.apply(stored, snapshot, 'WEBHOOK', { providerRef: event.providerRef });
  }

  getMany(ids: readonly string[], owner: string): Promise<(Task | null)[]> {
    return this.#store.getMany(ids, owner);
  }

  list(owner: string, filter: TaskFilter, first: number, after: PageCursor | null) {
    return this.#store.list(owner, filter, first, after);
  }

  /** One page of an owner's webhook deliveries (of one task, with `taskId`), newest first. */
  webhookDeliveries(owner: string, taskId: string | null, first: number, after: DeliveryCursor | null) {
    return this.#store.listDeliveries(owner, taskId, first, after);
  }

  /** One of an owner's webhook deliveries; null when there is none for it. */
  webhookDelivery(owner: string, id: string): Promise<WebhookDelivery | null> {
    return this.#store.getDelivery(id, owner);
  }

  /**
   * Sends one of an owner's deliveries again, with the same `webhook-id` and body: queued now, with
   * a fresh retry schedule, whatever its status.
   * @throws WebhookDeliveryNotFoundError when the owner has no delivery with this id.
   */
  async redeliverWebhook(owner: string, id: string): Promise<WebhookDelivery> {
    const delivery = await this.#store.requeueDelivery(id, owner, this.#now());
    if (!delivery) throw new WebhookDeliveryNotFoundError(id);
    this.#log.info('webhook redelivery queued', { deliveryId: id, taskId: delivery.taskId, owner });
    this.#tellQueued();
    return delivery;
  }

  /** An owner's tasks changed after `since`, oldest change first, one page (`CHANGES_PAGE`) at a time. */
  changedSince(owner: string, since: string): Promise<Task[]> {
    return this.#store.changedSince(owner, since, CHANGES_PAGE);
  }
}

/** A snapshot that ends a task FAILED with our own code. */
export function failure(code: string, message: string, retryable: boolean, providerCode: string | null = null): TaskSnapshot {
  return { ...emptySnapshot('FAILED'), error: { code, message, providerCode, retryable } };
}

/** The provider no longer knows the task (answered not-found to a status read). */
export function lostTask(providerCode: string | null): TaskSnapshot {
  return failure('PROVIDER_LOST_TASK', 'The provider no longer knows this task.', true, providerCode);
}

/** The failure code, and history detail, of a task whose submit may or may not have reached the provider. */
export const SUBMIT_OUTCOME_UNKNOWN = 'SUBMIT_OUTCOME_UNKNOWN';

/** Whether the task waits, with an unknown submit outcome, for the provider to report it. */
export function isSubmitUnknown(task: Task): boolean {
  return task.providerRef === null && task.history.some((e) => e.detail === SUBMIT_OUTCOME_UNKNOWN);
}

/** How long a submit can be in flight at most (connect + headers + body timeouts, and then some). */
export const SUBMIT_GRACE_MS = 120_000;

/** How long a provider account takes no submit after it answered "busy" (rate limited, unavailable) without a `Retry-After`. */
const BUSY_HOLD_MS = 5_000;

/** The same after a 429 for the plan's concurrency. */
const CAPACITY_HOLD_MS = 1_000;

/** How long a concurrency limit learned from a 429 is trusted before the account is probed above it again. */
export const LEARNED_LIMIT_MS = 15 * 60_000;

/** Tasks admitted at most per call of `admitWaiting`. */
const ADMIT_BATCH = 25;

/** Waiting tasks whose positions are kept up to date (the rest keep theirs until they move up). */
const MAX_POSITIONS = 1_000;

/** The range of `priority` a create may ask for. */
export const MIN_PRIORITY = -10;
export const MAX_PRIORITY = 10;

/** Changes a resync reads per page. */
export const CHANGES_PAGE = 1_000;

/** Longest a retry waits for a racing first request's submit: beyond the upstream timeouts. */
const SUBMIT_SETTLE_MS = 45_000;

/** What an idempotency key may be: printable ASCII without spaces, like Stripe's. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** Without a callback URL the hash is what it was before callback URLs existed (null members are left out). */
function hashInput(kind: string, input: unknown, callbackUrl: string | null): string {
  return createHash('sha256').update(canonicalJson({ kind, input, callbackUrl })).digest('hex');
}

/** JSON with sorted keys and without null or undefined members, so equal inputs hash equally. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
