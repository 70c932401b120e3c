/**
 * The gateway's own view of a provider task at one moment, whatever provider and however it was
 * seen (submit answer, status poll, webhook). Upstream clients produce these; `applySnapshot` in
 * tasks/ is the only consumer that changes state.
 */

export type Provider = 'ROOM_AI' | 'VIBEPEAK';
export type TaskStatus = 'QUEUED' | 'PROCESSING' | 'SUCCEEDED' | 'FAILED';
export const TERMINAL_STATUSES: ReadonlySet<TaskStatus> = new Set(['SUCCEEDED', 'FAILED']);

/** How far along the status model a status is; snapshots never move a task backwards. */
export const STATUS_RANK: Record<TaskStatus, number> = { QUEUED: 0, PROCESSING: 1, SUCCEEDED: 2, FAILED: 2 };

export interface TaskVideo {
  url: string;
  coverImageUrl: string | null;
  durationSeconds: number | null;
  resolution: string | null;
  expiresAt: string | null;
}

export interface TaskFailure {
  /** Our normalized code, e.g. GENERATION_FAILED, IMAGE_PROCESSING_FAILED, PROVIDER_TIMEOUT. */
  code: string;
  message: string;
  providerCode: string | null;
  /** Whether submitting the same input again may succeed. */
  retryable: boolean;
}

export interface TaskSnapshot {
  status: TaskStatus;
  /** Percent done as the provider reported it, 0..1; null when it reports none. */
  providerProgress: number | null;
  queuePosition: number | null;
  /** ISO 8601. */
  estimatedCompletionAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  video: TaskVideo | null;
  error: TaskFailure | null;
  /** Seconds the provider asks us to wait before asking again. */
  pollAfterSeconds: number | null;
}

export function emptySnapshot(status: TaskStatus): TaskSnapshot {
  return {
    status,
    providerProgress: null,
    queuePosition: null,
    estimatedCompletionAt: null,
    startedAt: null,
    completedAt: null,
    video: null,
    error: null,
    pollAfterSeconds: null,
  };
}

/** What a provider answered to a submit: its reference for the task and the first snapshot. */
export interface SubmitResult {
  providerRef: string;
  livemode: boolean;
  snapshot: TaskSnapshot;
}

/** A webhook delivery, authenticated and parsed: which task it is about and what it claims. */
export interface WebhookEvent {
  providerRef: string;
  snapshot: TaskSnapshot;
}
