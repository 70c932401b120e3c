/**
 * Every duration the sandbox emulates, in contract seconds, in one place. Each is multiplied by
 * the sandbox's `timeScale` (SANDBOX_TIME_SCALE; 0.1 by default, so a live VibePeak task takes
 * about 25 s and a demo stays in the tens of seconds; tests use far smaller values).
 */

/** VibePeak live tasks: "typically 3 to 5 minutes, longer for change_decoration and furnish" [seed]. */
export const VIBEPEAK_LIVE = {
  queuedSeconds: 20,
  /** Processing is `processingBaseSeconds + perImageSeconds × images` (1 image: 190 s, 9: 270 s). */
  processingBaseSeconds: 180,
  perImageSeconds: 10,
  /** Applied to processing for `change_decoration` and `furnish` (virtual staging). */
  stagingFactor: 1.5,
} as const;

/**
 * VibePeak test mode: "success completes in a few seconds" [choice], i.e. 6 s at the default
 * scale, so the README's curl walkthrough sees queued, processing and completed.
 */
export const VIBEPEAK_TEST = {
  queuedSeconds: 10,
  processingSeconds: 50,
} as const;

/** Room AI video: "up to 2–3 minutes" [seed]. Jobs start processing at once. */
export const ROOMAI = {
  processingSeconds: 150,
} as const;

/** `slow` (VibePeak test scenario, or a queued sandbox outcome): both phases take this many times longer. */
export const SLOW_FACTOR = 3;

/** Webhook deliveries: first try plus up to `maxRetries`, backing off `baseDelaySeconds × 2^n`. */
export const WEBHOOK_RETRY = {
  maxRetries: 3,
  baseDelaySeconds: 2,
  /** Floor of a scaled retry delay, so a tiny timeScale does not hammer the receiver. */
  minDelayMs: 25,
  /** Per attempt (not scaled): VibePeak expects a 2xx within 30 s [docs]. */
  timeoutMs: 10_000,
} as const;

/** Converts contract seconds to wall-clock milliseconds at the given scale. */
export function scaled(seconds: number, timeScale: number): number {
  return Math.round(seconds * 1000 * timeScale);
}
