import type { FlythroughInput } from '../upstream/roomai/input.ts';
import type { PropertyVideoInput } from '../upstream/vibepeak/input.ts';
import type { Provider, TaskFailure, TaskStatus, TaskVideo } from '../upstream/snapshot.ts';

/** The gateway's record of one generation. Dates are ISO 8601 strings so a task is plain JSON. */

export type TaskKind = 'FLYTHROUGH_VIDEO' | 'PROPERTY_VIDEO';
export type EventSource = 'SUBMIT' | 'POLL' | 'WEBHOOK' | 'REFRESH' | 'DEADLINE' | 'RECOVERY';

export interface TaskCost {
  amount: number;
  unit: 'TOKENS' | 'CREDITS';
  chargedWhen: 'ON_SUCCESS' | 'ON_CREATION';
  refundedOnFailure: boolean;
}

export interface TaskEvent {
  status: TaskStatus;
  source: EventSource;
  at: string;
  /** A short note for people, e.g. the failure code. */
  detail: string | null;
}

interface TaskBase {
  id: string;
  /** The gateway client that created the task; other clients never see it. */
  owner: string;
  providerRef: string | null;
  livemode: boolean;
  status: TaskStatus;
  /** 0..1, never moving backwards. */
  progress: number | null;
  progressEstimated: boolean;
  queuePosition: number | null;
  estimatedCompletionAt: string | null;
  startedAt: string | null;
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

export interface FlythroughTask extends TaskBase {
  provider: 'ROOM_AI';
  kind: 'FLYTHROUGH_VIDEO';
  input: FlythroughInput;
}

export interface PropertyVideoTask extends TaskBase {
  provider: 'VIBEPEAK';
  kind: 'PROPERTY_VIDEO';
  input: PropertyVideoInput;
}

export type Task = FlythroughTask | PropertyVideoTask;

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

export const PROVIDER_COST: Record<Provider, TaskCost> = {
  ROOM_AI: { amount: 10, unit: 'TOKENS', chargedWhen: 'ON_SUCCESS', refundedOnFailure: true },
  VIBEPEAK: { amount: 10, unit: 'CREDITS', chargedWhen: 'ON_CREATION', refundedOnFailure: false },
};

/** What a request costs: VibePeak test keys never charge. */
export function costOf(provider: Provider, livemode: boolean): TaskCost {
  const cost = PROVIDER_COST[provider];
  return provider === 'VIBEPEAK' && !livemode ? { ...cost, amount: 0 } : cost;
}

/** What a new task's caller decides; everything else starts empty. */
export type NewTaskSpec = Pick<Task, 'id' | 'owner' | 'livemode'> &
  ({ provider: 'ROOM_AI'; kind: 'FLYTHROUGH_VIDEO'; input: FlythroughInput } | { provider: 'VIBEPEAK'; kind: 'PROPERTY_VIDEO'; input: PropertyVideoInput }) & {
    providerRef?: string | null;
    now: Date;
  };

/** A task as it is recorded before the provider has answered: QUEUED, nothing known yet, version 0. */
export function newTask(spec: NewTaskSpec): Task {
  const { now, providerRef = null, ...rest } = spec;
  return {
    ...rest,
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
    cost: costOf(spec.provider, spec.livemode),
    charged: false,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 0,
    history: [],
  } as Task;
}
