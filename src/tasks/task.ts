import type { ProviderCost, ProviderDescriptor, ProviderId, TaskFailure, TaskStatus, TaskVideo } from './provider.ts';

/** The gateway's record of one generation. Dates are ISO 8601 strings so a task is plain JSON. */

/** What a task generates: its provider descriptor's `kind`, e.g. `FLYTHROUGH_VIDEO`. */
export type TaskKind = string;
export type EventSource = 'SUBMIT' | 'POLL' | 'WEBHOOK' | 'REFRESH' | 'DEADLINE' | 'RECOVERY' | 'QUEUE' | 'CANCEL';

export type TaskCost = Omit<ProviderCost, 'freeInTestMode'>;

export interface TaskEvent {
  status: TaskStatus;
  source: EventSource;
  at: string;
  /** A short note for people, e.g. the failure code. */
  detail: string | null;
}

/** A task; `I` is its provider's input, as that provider's own folder reads it. */
export interface Task<I = unknown> {
  id: string;
  provider: ProviderId;
  kind: TaskKind;
  /** The create input, as validated by the provider's rules. */
  input: I;
  /** The gateway client that created the task; other clients never see it. */
  owner: string;
  /**
   * Where this task's outgoing webhooks go instead of its client's endpoint (`callbackUrl` of the
   * create mutation). Absent in tasks recorded before webhooks out existed: read it as null.
   */
  callbackUrl?: string | null;
  providerRef: string | null;
  livemode: boolean;
  status: TaskStatus;
  /** 0..1, never moving backwards. */
  progress: number | null;
  progressEstimated: boolean;
  queuePosition: number | null;
  estimatedCompletionAt: string | null;
  startedAt: string | null;
  /**
   * When the provider accepted it; before that it waited in our queue for a free slot of the
   * provider account (see `history`). Absent in tasks recorded before the queue existed.
   */
  submittedAt?: string | null;
  completedAt: string | null;
  video: TaskVideo | null;
  error: TaskFailure | null;
  cost: TaskCost;
  /** Whether the provider has charged for this task (so far). */
  charged: boolean;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every persisted change; subscribers and writers use it to order and guard updates. */
  version: number;
  history: TaskEvent[];
}

/** Internal scheduling and secrets, kept out of the public task. */
export interface TaskRuntime {
  webhookToken: string | null;
  idempotencyKey: string | null;
  /** What the idempotency key was first used with (sha-256 of the canonical input); empty without a key. */
  inputHash: string;
  nextPollAt: string | null;
  pollFailures: number;
  deadlineAt: string;
}

/** What a request costs with a key of this `livemode`: test keys of some providers never charge. */
export function costOf(descriptor: Pick<ProviderDescriptor, 'cost'>, livemode: boolean): TaskCost {
  const { freeInTestMode, ...cost } = descriptor.cost;
  return freeInTestMode && !livemode ? { ...cost, amount: 0 } : cost;
}

/** What a new task's caller decides; everything else starts empty. */
export type NewTaskSpec = Pick<Task, 'id' | 'owner' | 'livemode' | 'input' | 'callbackUrl'> & {
  descriptor: ProviderDescriptor;
  providerRef?: string | null;
  now: Date;
};

/** A task as it is recorded before the provider has answered: QUEUED, nothing known yet, version 0. */
export function newTask(spec: NewTaskSpec): Task {
  const { now, providerRef = null, descriptor, callbackUrl = null, ...rest } = spec;
  return {
    ...rest,
    callbackUrl,
    provider: descriptor.id,
    kind: descriptor.kind,
    providerRef,
    status: 'QUEUED',
    progress: null,
    progressEstimated: false,
    queuePosition: null,
    estimatedCompletionAt: null,
    startedAt: null,
    completedAt: null,
    video: null,
    error: null,
    cost: costOf(descriptor, spec.livemode),
    charged: false,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 0,
    history: [],
  };
}
