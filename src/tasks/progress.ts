import type { TaskSnapshot } from '../upstream/snapshot.ts';
import type { Task } from './task.ts';

/**
 * Progress for providers that report none (VibePeak gives a queue position and an ETA only):
 * an estimate from the queue position while queued, and from elapsed time against the provider's
 * ETA (or a typical duration) while processing. The caller keeps it from moving backwards.
 */

/** Typical processing times from the contract: VibePeak 3–5 min, longer for the staging modes. */
const TYPICAL_PROCESSING_MS: Record<string, number> = {
  /** Room AI: up to 2–3 minutes (used only when it reports no percent). */
  flythrough: 150_000,
  no_modify: 4 * 60_000,
  change_decoration: 6 * 60_000,
  furnish: 6 * 60_000,
};
const QUEUED_CEILING = 0.1;
const PROCESSING_CEILING = 0.95;

export function estimateProgress(task: Task, snapshot: TaskSnapshot, eta: string | null, startedAt: string | null, now: Date): number {
  if (snapshot.status === 'QUEUED') {
    const position = snapshot.queuePosition ?? 0;
    return QUEUED_CEILING / (1 + position);
  }
  const start = startedAt ? Date.parse(startedAt) : now.getTime();
  const mode = task.kind === 'PROPERTY_VIDEO' ? (task.input.modificationMode ?? 'no_modify') : 'flythrough';
  const etaMs = eta ? Date.parse(eta) : Number.NaN;
  const expected = etaMs > start ? etaMs - start : (TYPICAL_PROCESSING_MS[mode] ?? TYPICAL_PROCESSING_MS.no_modify!);
  const elapsed = Math.max(0, now.getTime() - start);
  const fraction = elapsed / expected;
  // Linear to the ETA, then creeping towards the ceiling without reaching it while the job runs late.
  const shaped = fraction <= 1 ? fraction * 0.9 : 0.9 + 0.1 * (1 - 1 / fraction);
  return Math.min(PROCESSING_CEILING, QUEUED_CEILING + (1 - QUEUED_CEILING) * shaped);
}
