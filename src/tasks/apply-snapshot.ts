import { STATUS_RANK, TERMINAL_STATUSES, type TaskSnapshot } from './provider.ts';
import { DEFAULT_PROCESSING_MS, estimateProgress } from './progress.ts';
import type { EventSource, Task } from './task.ts';

/** Progress moves of less than this are not worth a change (and a published event). */
const PROGRESS_STEP = 0.01;

/**
 * The one rule for how a task changes, whoever saw the change. Pure: returns the next task and
 * whether anything changed; the caller persists, then publishes.
 * - A terminal task never changes.
 * - A snapshot behind the task's status (a stale poll, a late webhook) is ignored.
 * - The same snapshot twice changes nothing but time-derived progress, which only moves forward.
 * - Every status change is recorded in `history` with its source and time.
 * `typicalProcessingMs` (from the provider's descriptor) paces estimated progress.
 */
export function applySnapshot(
  task: Task,
  snapshot: TaskSnapshot,
  source: EventSource,
  now: Date = new Date(),
  typicalProcessingMs = DEFAULT_PROCESSING_MS,
): { task: Task; changed: boolean } {
  if (TERMINAL_STATUSES.has(task.status)) return { task, changed: false };
  if (STATUS_RANK[snapshot.status] < STATUS_RANK[task.status]) return { task, changed: false };

  const status = snapshot.status;
  const terminal = TERMINAL_STATUSES.has(status);
  const nowIso = now.toISOString();
  const startedAt = task.startedAt ?? snapshot.startedAt ?? (status === 'PROCESSING' ? nowIso : null);
  const eta = terminal ? null : (snapshot.estimatedCompletionAt ?? task.estimatedCompletionAt);

  let progress = task.progress;
  let progressEstimated = task.progressEstimated;
  if (status === 'SUCCEEDED') {
    progress = 1;
    progressEstimated = false;
  } else if (status !== 'FAILED') {
    const reported = snapshot.providerProgress;
    const next = reported ?? estimateProgress(snapshot, eta, startedAt, now, typicalProcessingMs);
    if (progress === null || next >= progress + PROGRESS_STEP) {
      progress = next;
      progressEstimated = reported === null;
    }
  }

  const next: Task = {
    ...task,
    status,
    progress,
    progressEstimated,
    queuePosition: status === 'QUEUED' ? (snapshot.queuePosition ?? task.queuePosition) : null,
    estimatedCompletionAt: eta,
    startedAt,
    completedAt: terminal ? (snapshot.completedAt ?? nowIso) : null,
    video: snapshot.video ?? task.video,
    error: snapshot.error ?? task.error,
    // Charged only once the provider has the task (a reference): a submit of unknown outcome that
    // ends unlinked is not known to have cost anything.
    charged: task.charged || (task.providerRef !== null && task.cost.amount > 0 && (task.cost.chargedWhen === 'ON_SUCCESS' ? status === 'SUCCEEDED' : true)),
  };
  const statusChanged = status !== task.status || task.history.length === 0;
  if (statusChanged) {
    next.history = [...task.history, { status, source, at: nowIso, detail: snapshot.error?.code ?? null }];
  }
  if (!statusChanged && sameState(task, next)) return { task, changed: false };
  return { task: { ...next, version: task.version + 1, updatedAt: nowIso }, changed: true };
}

function sameState(a: Task, b: Task): boolean {
  const pick = (t: Task) => [t.progress, t.queuePosition, t.estimatedCompletionAt, t.startedAt, t.completedAt, t.video, t.error, t.charged];
  return JSON.stringify(pick(a)) === JSON.stringify(pick(b));
}
