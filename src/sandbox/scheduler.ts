/**
 * Every timer the sandbox starts goes through one `Scheduler`, so `stop()` can cancel them all:
 * task completions, webhook retries, injected latency and blocking Room AI requests.
 * Timers are unref'd: a forgotten sandbox never keeps a process alive.
 */
export class Scheduler {
  #timers = new Set<NodeJS.Timeout>();
  #stopped = new AbortController();

  /** Aborted by `stop()`; long waits listen to it. */
  get signal(): AbortSignal {
    return this.#stopped.signal;
  }

  /** Runs `fn` after `delayMs` (clamped to 0..2^31-1) unless the scheduler stops first. */
  after(delayMs: number, fn: () => void): void {
    if (this.#stopped.signal.aborted) return;
    const timer = setTimeout(
      () => {
        this.#timers.delete(timer);
        fn();
      },
      Math.min(Math.max(0, delayMs), 2 ** 31 - 1),
    );
    timer.unref();
    this.#timers.add(timer);
  }

  /** Resolves after `delayMs`; rejects with an AbortError when the scheduler stops first. */
  sleep(delayMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const signal = this.#stopped.signal;
      if (signal.aborted) return reject(signal.reason);
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      this.after(delayMs, () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      });
    });
  }

  stop(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#stopped.abort(new DOMException('The sandbox stopped', 'AbortError'));
  }
}
