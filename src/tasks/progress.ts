import type { TaskSnapshot } from './provider.ts';

/**
 * Progress for providers that report none (some give a queue position and an ETA only): an
 * estimate from the queue position while queued, and from elapsed time against the provider's ETA
 * (or the typical duration its descriptor gives) while processing. The caller keeps it from moving
 * backwards.
 */

/** When neither the provider nor its descriptor says how long a task takes. */
export const DEFAULT_PROCESSING_MS = 4 * 60_000;
const QUEUED_CEILING = 0.1;
const PROCESSING_CEILING = 0.95;

export function estimateProgress(
  snapshot: TaskSnapshot,
  eta: string | null,
  startedAt: string | null,
  now: Date,
  typicalProcessingMs = DEFAULT_PROCESSING_MS,
): number {
  if (snapshot.status === 'QUEUED') {
    const position = snapshot.queuePosition ?? 0;
    return QUEUED_CEILING / (1 + position);
  }
  const start = startedAt ? Date.parse(startedAt) : now.getTime();
  const etaMs = eta ? Date.parse(eta) : Number.NaN;
  const expected = etaMs > start ? etaMs - start : typicalProcessingMs;
  const elapsed = Math.max(0, now.getTime() - start);
  const fraction = elapsed / expected;
  // Linear to the ETA, then creeping towards the ceiling without reaching it while the job runs late.
  const shaped = fraction <= 1 ? fraction * 0.9 : 0.9 + 0.1 * (1 - 1 / fraction);
  return Math.min(PROCESSING_CEILING, QUEUED_CEILING + (1 - QUEUED_CEILING) * shaped);
}
