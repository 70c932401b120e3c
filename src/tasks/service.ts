import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../log.ts';
import { UpstreamError, UpstreamNotFoundError } from '../upstream/errors.ts';
import type { FlythroughInput } from '../upstream/roomai/input.ts';
import type { PropertyVideoInput } from '../upstream/vibepeak/input.ts';
import { TERMINAL_STATUSES, emptySnapshot, type Provider, type SubmitResult, type TaskSnapshot } from '../upstream/snapshot.ts';
import { applySnapshot } from './apply-snapshot.ts';
import type { PollSchedule } from './schedule.ts';
import { IdempotencyKeyReusedError, TaskNotFoundError, clientErrorFrom } from './errors.ts';
import type { Providers } from './providers.ts';
import { DuplicateKeyError, type PageCursor, type StoredTask, type TaskFilter, type TaskStore } from './store.ts';
import { costOf, newTask, type EventSource, type Task, type TaskKind, type TaskRuntime } from './task.ts';

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
  deadlineSeconds: Record<Provider, number>;
  now?: () => Date;
}

type NewTask =
  | { provider: 'ROOM_AI'; kind: 'FLYTHROUGH_VIDEO'; input: FlythroughInput }
  | { provider: 'VIBEPEAK'; kind: 'PROPERTY_VIDEO'; input: PropertyVideoInput };

export class TaskService {
  readonly #store: TaskStore;
  readonly #providers: Providers;
  readonly #publish: TaskPublisher;
  readonly #log: Logger;
  readonly #options: TaskServiceOptions;
  readonly #now: () => Date;
  readonly #scheduled = new Set<(at: Date) => void>();

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

  #tellScheduled(nextPollAt: string | null): void {
    if (nextPollAt === null || this.#scheduled.size === 0) return;
    const at = new Date(nextPollAt);
    for (const listener of this.#scheduled) listener(at);
  }

  /** What the gateway tells clients about each provider (`Query.providers`). */
  providerInfo() {
    return this.#providers.info();
  }

  /** Whether `provider`'s key creates real, charged tasks. */
  livemode(provider: Provider): boolean {
    return this.#providers.get(provider).livemode;
  }

  createFlythrough(owner: string, input: FlythroughInput, idempotencyKey: string | null): Promise<Task> {
    return this.#create(owner, { provider: 'ROOM_AI', kind: 'FLYTHROUGH_VIDEO', input }, idempotencyKey);
  }

  createPropertyVideo(owner: string, input: PropertyVideoInput, idempotencyKey: string | null): Promise<Task> {
    return this.#create(owner, { provider: 'VIBEPEAK', kind: 'PROPERTY_VIDEO', input }, idempotencyKey);
  }

  /**
   * Records the task first, then submits it, so a task the provider accepted is never unknown to us.
   * A submit the provider refuses removes the record (nothing was created) and throws a ClientError.
   * With an idempotency key, a retry with the same input returns the same task and submits nothing.
   */
  async #create(owner: string, spec: NewTask, idempotencyKey: string | null): Promise<Task> {
    // Only an idempotency key is ever compared with the input it was first used with.
    const inputHash = idempotencyKey ? hashInput(spec) : '';
    if (idempotencyKey) {
      const existing = await this.#settledByIdempotencyKey(owner, idempotencyKey, inputHash);
      if (existing) return existing;
    }
    const client = this.#providers.get(spec.provider);
    const now = this.#now();
    const id = randomUUID();
    const webhookToken = spec.provider === 'ROOM_AI' ? randomBytes(24).toString('base64url') : null;
    const task = newTask({ id, owner, livemode: client.livemode, now, ...spec });
    const runtime: TaskRuntime = {
      webhookToken,
      idempotencyKey,
      inputHash,
      // Looked at once the submit cannot still be in flight: if the process (or replica) that
      // submits it dies first, the poller of any replica ends it (see `Poller.pollOne`).
      nextPollAt: new Date(now.getTime() + SUBMIT_GRACE_MS).toISOString(),
      pollFailures: 0,
      deadlineAt: new Date(now.getTime() + this.#options.deadlineSeconds[spec.provider] * 1000).toISOString(),
    };
    try {
      await this.#store.insert(task, runtime);
    } catch (err) {
      // Two concurrent requests with one idempotency key: the loser answers with the winner's task.
      if (idempotencyKey && err instanceof DuplicateKeyError) {
        const existing = await this.#settledByIdempotencyKey(owner, idempotencyKey, inputHash);
        if (existing) return existing;
        // The winner's submit was refused and its record removed: this request goes ahead on its own.
        return this.#create(owner, spec, idempotencyKey);
      }
      throw err;
    }

    let submitted: SubmitResult;
    try {
      submitted =
        spec.provider === 'ROOM_AI'
          ? await this.#providers.roomai.submit(spec.input, this.#providers.roomaiWebhookUrl(webhookToken!))
          : await this.#providers.vibepeak.submit(spec.input, this.#providers.vibepeakWebhookUrl());
    } catch (err) {
      if (err instanceof UpstreamError && err.outcomeUnknown) {
        // The provider may have created (and charged for) it: keep the record and its idempotency
        // key, so nothing accepted is lost and a retry with the key cannot submit and charge twice.
        this.#log.error('submit outcome unknown; task kept as FAILED', { taskId: id, provider: spec.provider, code: err.code, httpStatus: err.httpStatus });
        return this.apply(
          { task, runtime },
          failure(
            'SUBMIT_OUTCOME_UNKNOWN',
            'The provider did not answer the submit; it may have started (and charged for) this video. Check with the provider before submitting again.',
            false,
          ),
          'SUBMIT',
          { expectedVersion: 0 },
        );
      }
      await this.#store.delete(id);
      if (err instanceof UpstreamError) {
        this.#log.warn('provider refused a submit', {
          taskId: id,
          provider: spec.provider,
          code: err.code,
          providerCode: err.providerCode,
          httpStatus: err.httpStatus,
        });
        throw clientErrorFrom(err);
      }
      throw err;
    }

    const accepted: Task = { ...task, providerRef: submitted.providerRef, livemode: submitted.livemode, cost: costOf(spec.provider, submitted.livemode) };
    return this.apply({ task: accepted, runtime }, submitted.snapshot, 'SUBMIT', { expectedVersion: 0 });
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
      if (existing.task.providerRef || TERMINAL_STATUSES.has(existing.task.status) || Date.now() > deadline) return existing.task;
      await sleep(25);
    }
  }

  /**
   * Applies a snapshot through `applySnapshot`, persists it (retrying on a concurrent writer), then
   * publishes. Schedules the next poll: from the provider's guidance when it gave some, else from
   * the configured interval; none once the task is terminal.
   */
  async apply(
    stored: StoredTask,
    snapshot: TaskSnapshot,
    source: EventSource,
    opts: { expectedVersion?: number; nextPollAt?: string | null; leaseOwner?: string } = {},
  ): Promise<Task> {
    let current = stored;
    for (let attempt = 0; attempt < 5; attempt++) {
      const now = this.#now();
      const { task, changed } = applySnapshot(current.task, snapshot, source, now);
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
      // The first write of a new task also records its provider reference, so it is persisted with version 0 expected.
      if (await this.#store.update(task, expected, { nextPollAt, pollFailures: 0 }, opts.leaseOwner ?? null)) {
        this.#publish(task);
        this.#tellScheduled(nextPollAt);
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

  /** Reads the provider's current state of a task now, outside the poll schedule. */
  async refresh(owner: string, id: string, kind?: TaskKind): Promise<Task> {
    const stored = await this.#store.get(id);
    if (!stored || stored.task.owner !== owner || (kind && stored.task.kind !== kind)) throw new TaskNotFoundError(id);
    if (TERMINAL_STATUSES.has(stored.task.status) || !stored.task.providerRef) return stored.task;
    // However often clients ask, a task costs at most one upstream read per interval: concurrent
    // refreshes share one read, and one just after it gets the stored state.
    const recent = this.#refreshes.get(id);
    if (recent && (recent.pending || Date.now() - recent.at < (this.#options.refreshMinIntervalMs ?? 1_000))) {
      return recent.pending ?? stored.task;
    }
    const pending = this.#refreshNow(stored).finally(() => this.#refreshes.set(id, { at: Date.now(), pending: null }));
    this.#refreshes.set(id, { at: Date.now(), pending });
    if (this.#refreshes.size > 10_000) this.#refreshes.delete(this.#refreshes.keys().next().value!);
    return pending;
  }

  readonly #refreshes = new Map<string, { at: number; pending: Promise<Task> | null }>();

  async #refreshNow(stored: StoredTask): Promise<Task> {
    let snapshot: TaskSnapshot;
    try {
      snapshot = await this.#providers.get(stored.task.provider).fetchStatus(stored.task.providerRef!);
    } catch (err) {
      if (err instanceof UpstreamNotFoundError) snapshot = lostTask(err.providerCode ?? null);
      else if (err instanceof UpstreamError) throw clientErrorFrom(err, 'refresh');
      else throw err;
    }
    return this.apply(stored, snapshot, 'REFRESH', { nextPollAt: stored.runtime.nextPollAt });
  }

  /**
   * At start: a task recorded but never answered by the provider (the process died mid-submit)
   * ends FAILED, retryable, rather than waiting forever. Older than `graceMs` so that another
   * replica's submit in progress is left alone.
   */
  async recoverInterruptedSubmissions(graceMs = SUBMIT_GRACE_MS): Promise<number> {
    const stale = await this.#store.interruptedSubmissions(new Date(this.#now().getTime() - graceMs));
    for (const stored of stale) await this.endInterruptedSubmission(stored);
    return stale.length;
  }

  /** Ends a task whose submit never recorded the provider's answer (its process died mid-submit). */
  endInterruptedSubmission(stored: StoredTask, leaseOwner?: string): Promise<Task> {
    return this.apply(stored, failure('SUBMIT_INTERRUPTED', 'The gateway stopped while submitting this task; submit it again.', true), 'RECOVERY', {
      leaseOwner,
    });
  }

  getMany(ids: readonly string[], owner: string): Promise<(Task | null)[]> {
    return this.#store.getMany(ids, owner);
  }

  list(owner: string, filter: TaskFilter, first: number, after: PageCursor | null) {
    return this.#store.list(owner, filter, first, after);
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

/** How long a submit can be in flight at most (connect + headers + body timeouts, and then some). */
export const SUBMIT_GRACE_MS = 120_000;

/** Changes a resync reads per page. */
export const CHANGES_PAGE = 1_000;

/** Longest a retry waits for a racing first request's submit: beyond the upstream timeouts. */
const SUBMIT_SETTLE_MS = 45_000;

function hashInput(spec: NewTask): string {
  return createHash('sha256')
    .update(canonicalJson({ kind: spec.kind, input: spec.input }))
    .digest('hex');
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
