import type { CounterSnapshot } from './http/counters.ts';
import type { Fault } from './http/faults.ts';

/** What the sandbox makes a key's next job do (Room AI has no documented test scenarios). */
export type Outcome = 'success' | 'fail' | 'slow';

/**
 * Test and demo controls of one emulator, in-process. The same controls are served over HTTP
 * under `/__sandbox/` (see admin-http.ts).
 */
export interface SandboxAdmin {
  /** Requests per route key (e.g. `'GET /v1/tasks/:id'`) and per API key (or `anonymous`). */
  counters(): CounterSnapshot;
  /** Answers per route key and HTTP status (`{'POST /v1/…': {'202': 5}}`), since the last reset. */
  answers(): CounterSnapshot;
  /** The most tasks each key had in flight at once (queued or processing), since the last reset. */
  peakInFlight(): Record<string, number>;
  resetCounters(): void;
  /** The route keys that counters and faults use. */
  routes(): string[];
  /** Replaces the fault of one route. Throws on an unknown route key. */
  setFault(route: string, fault: Fault): void;
  clearFaults(): void;
  faults(): Record<string, Fault>;
  /** Sets the credits (VibePeak) or tokens (Room AI) of a key. Throws on an unknown key. */
  setBalance(apiKey: string, balance: number): void;
  balance(apiKey: string): number | undefined;
  /** Queues the outcome of that key's next job (first in, first out). VibePeak test keys use `test_scenario` instead. */
  queueOutcome(apiKey: string, outcome: Outcome): void;
  /** Ends a running task or job now, with its planned outcome or the one given. False when unknown or already ended. */
  completeNow(id: string, outcome?: 'success' | 'fail'): boolean;
  /**
   * Deletes a succeeded job's output files, as the provider does when its links expire: its result
   * URLs (`/media/…?job=<id>`, `?task=<id>`) answer 404 from then on. False when unknown or not succeeded.
   */
  deleteMedia(id: string): boolean;
}
