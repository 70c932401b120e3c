import type { ProviderId, TaskStatus } from './provider.ts';
import type { AccountState, AdmissionRule, QueueEntry, QueueSnapshot } from './queue.ts';
import type { BudgetGuard, BudgetUse, LedgerEntry } from './spend.ts';
import type { Task, TaskKind, TaskRuntime } from './task.ts';
import type { DeliveryCursor, WebhookDelivery } from './webhook-deliveries.ts';

/**
 * Where tasks live: the contract every engine implements (`src/store/`: SQLite embedded, Postgres
 * for replicas). One conformance suite (`test/store/`) runs against each engine.
 *
 * Scheduling rules that every engine keeps:
 * - Writes are optimistic: `update` and `schedule` name the version they read.
 * - A poll is leased (`leaseDue`): a leased task's next poll moves to the lease's end, so it is
 *   polled by one poller at a time (one process, or one replica of many) and falls due again by
 *   itself if that poller dies. Only the lease's holder releases it.
 * - Outgoing webhooks have an outbox: the deliveries a change causes are written by the same
 *   `update`, in the same transaction, so a change is never recorded without them (nor they without
 *   it). Due deliveries are leased like polls (`leaseDeliveries`).
 */
export interface TaskStore {
  /** `sqlite` or `postgres`, for logs and metrics. */
  readonly engine: string;
  /** Records a new task. Throws `DuplicateKeyError` when its idempotency key (per owner) is taken. */
  insert(task: Task, runtime: TaskRuntime): Promise<void>;
  /**
   * Writes `task` if the stored version is still `expectedVersion`, with its next poll; releases the
   * lease when `leaseOwner` holds it; inserts `deliveries` (the outbox) in the same transaction.
   * Returns false, and writes nothing, when another writer got there first.
   */
  update(
    task: Task,
    expectedVersion: number,
    schedule: { nextPollAt: string | null; pollFailures: number },
    leaseOwner?: string | null,
    deliveries?: readonly WebhookDelivery[],
    effects?: UpdateEffects,
  ): Promise<boolean>;
  /**
   * Sets the next poll of a task a poll left unchanged (or found failing) and releases the caller's
   * lease. The time is only written while the task is still at `expectedVersion` and unfinished, so
   * a poll that raced a webhook cannot re-arm a finished task.
   */
  schedule(id: string, expectedVersion: number, nextPollAt: string | null, pollFailures: number, leaseOwner: string | null): Promise<void>;
  delete(id: string): Promise<void>;
  get(id: string): Promise<StoredTask | null>;
  /** Tasks by id, in the order asked, null where missing or owned by someone else. */
  getMany(ids: readonly string[], owner: string): Promise<(Task | null)[]>;
  findByIdempotencyKey(owner: string, key: string): Promise<StoredTask | null>;
  findByProviderRef(provider: ProviderId, ref: string): Promise<StoredTask | null>;
  findByWebhookToken(token: string): Promise<StoredTask | null>;
  /** One page of an owner's tasks, newest first. */
  list(owner: string, filter: TaskFilter, first: number, after: PageCursor | null): Promise<{ tasks: Task[]; hasNextPage: boolean }>;
  /** An owner's tasks changed after `since` (oldest change first, at most `limit`): what a subscriber missed while events could not reach it. */
  changedSince(owner: string, since: string, limit: number): Promise<Task[]>;
  /** Leases up to `limit` of `provider`'s tasks whose poll is due, for `leaseMs`, each with the time it fell due. */
  leaseDue(now: Date, limit: number, leaseMs: number, leaseOwner: string, provider: ProviderId): Promise<LeasedTask[]>;
  /** The earliest next poll among `providers`' tasks (a leased task's counts from its lease's end). */
  nextDueAt(providers: readonly ProviderId[]): Promise<Date | null>;
  /** Unfinished tasks whose submission never recorded a provider reference, created before `olderThan`. */
  interruptedSubmissions(olderThan: Date): Promise<StoredTask[]>;
  // --- outgoing webhooks: the outbox ---
  /**
   * Leases up to `limit` PENDING deliveries whose next attempt is due at `now`, earliest first, for
   * `leaseMs`: their next attempt moves to the lease's end, so a sender that dies mid-attempt leaves
   * them due again by themselves, and replicas leasing at once take different ones.
   */
  leaseDeliveries(now: Date, limit: number, leaseMs: number, leaseOwner: string): Promise<WebhookDelivery[]>;
  /**
   * Records an attempt's outcome (the delivery's status, counters, last answer, next attempt) and
   * releases the lease, only while `leaseOwner` still holds it. Returns false when it does not (the
   * lease lapsed and was taken, or a redelivery broke it): the outcome is then dropped.
   */
  recordDelivery(delivery: WebhookDelivery, leaseOwner: string): Promise<boolean>;
  /** The earliest next attempt of a PENDING delivery (a leased one's counts from its lease's end); null when none is pending. */
  nextDeliveryAt(): Promise<Date | null>;
  /** One of `owner`'s deliveries; null when missing, not a uuid, or another owner's. */
  getDelivery(id: string, owner: string): Promise<WebhookDelivery | null>;
  /** One page of `owner`'s deliveries, of one task with `taskId`, newest first (ties by id). */
  listDeliveries(
    owner: string,
    taskId: string | null,
    first: number,
    after: DeliveryCursor | null,
  ): Promise<{ deliveries: WebhookDelivery[]; hasNextPage: boolean }>;
  /**
   * Queues one of `owner`'s deliveries again, whatever its status: PENDING, due at `now`, its retry
   * schedule started over (`failures` 0), any lease broken. Null when missing or another owner's.
   */
  requeueDelivery(id: string, owner: string, now: Date): Promise<WebhookDelivery | null>;
  /** Deletes up to `limit` finished (DELIVERED or FAILED) deliveries created before `before`; returns how many. */
  pruneDeliveries(before: Date, limit: number): Promise<number>;
  // --- our queue in front of each provider account, budgets and the spend ledger ---
  /**
   * Records a new task, like `insert`, and decides in the same transaction (under the account's
   * lock) whether it may go to the provider now: yes when the account is not held, nobody waits
   * before it and a slot is free under `rule`; else it waits in the queue (no poll scheduled) with
   * `priority`, recorded as `waiting` (the task with its history saying so) when given. Each of
   * `budgets` must hold with the task's cost reserved, or nothing is recorded.
   * @throws DuplicateKeyError like `insert`
   * @throws BudgetGuardError naming the first budget the task would exceed
   */
  enqueue(
    task: Task,
    runtime: TaskRuntime,
    priority: number,
    budgets: readonly BudgetGuard[],
    rule: AdmissionRule,
    waiting?: Task,
  ): Promise<'ADMITTED' | 'WAITING'>;
  /**
   * Moves waiting tasks of `account` out of its queue while a slot is free (round robin across
   * clients, then priority, then arrival), scheduling each one's next look at `rule.graceUntil`.
   * The caller submits what it returns. Under a lock per account: replicas admitting at once never
   * exceed the limit between them.
   */
  admit(account: ProviderId, rule: AdmissionRule, max: number): Promise<{ stored: StoredTask; entry: QueueEntry }[]>;
  /** The account's waiting tasks and its clients' last turns, to number positions. */
  queueOf(account: ProviderId): Promise<QueueSnapshot>;
  /**
   * Ends a task that still waits in the queue: takes it out and writes `cancelled` (expected at
   * `expectedVersion`) in one transaction. False, with nothing written, when it no longer waits
   * (admitted meanwhile) or another write got there first.
   */
  cancelWaiting(cancelled: Task, expectedVersion: number, deliveries?: readonly WebhookDelivery[]): Promise<boolean>;
  /**
   * Writes a waiting task's document (its position, its history) if it is still at `expectedVersion`
   * and still waits in the queue; nothing else of it (its next look stays as admission set it).
   */
  updateWaiting(task: Task, expectedVersion: number): Promise<boolean>;
  /**
   * Holds an account: no admission before `until` (a provider's 429 `Retry-After`); with
   * `learnedLimit`, also records the concurrency limit the provider answered with, as of `now`.
   */
  holdAccount(account: ProviderId, until: Date, learnedLimit: number | null, now: Date): Promise<void>;
  /** Each account's waiting and in-flight tasks, learned limit and hold: for metrics and admission timing. */
  accounts(learnedSince: Date): Promise<AccountState[]>;
  /** What `owner` has charged in `unit` since `since`, and what its unfinished uncharged tasks hold. */
  budgetUse(owner: string, unit: string, since: string): Promise<BudgetUse>;
  /** `owner`'s ledger entries in [from, to), oldest first. */
  ledger(owner: string, from: string, to: string): Promise<LedgerEntry[]>;
  /** How many tasks there are of each provider and status (pairs without tasks left out), from an index: for metrics. */
  countByStatus(): Promise<TaskCount[]>;
  /** Resolves when the store answers a trivial query (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** What else an `update` writes in its transaction, only if the task's write happens. */
export interface UpdateEffects {
  /** Charges (and refunds) the change causes. A second CHARGE of one task is dropped. */
  ledger?: readonly LedgerEntry[];
  /** Puts the task back in its account's queue (a provider answered it was busy), keeping its place. */
  requeue?: QueueEntry;
}

export interface TaskFilter {
  provider?: ProviderId | null | undefined;
  status?: TaskStatus[] | null | undefined;
  kind?: TaskKind | null | undefined;
}

export interface PageCursor {
  createdAt: string;
  id: string;
}

export interface StoredTask {
  task: Task;
  runtime: TaskRuntime;
}

/** A task `leaseDue` leased: as stored (its next poll now the lease's end), and when its poll fell due. */
export interface LeasedTask extends StoredTask {
  /** The next poll time the task had before it was leased (ISO 8601). */
  dueAt: string;
}

export interface TaskCount {
  provider: ProviderId;
  status: TaskStatus;
  count: number;
}

/** A unique key is taken: the (owner, idempotency key) pair, a provider reference or a webhook token. */
export class DuplicateKeyError extends Error {
  override name = 'DuplicateKeyError';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);
