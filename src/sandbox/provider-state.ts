import type { Outcome, SandboxAdmin } from './admin.ts';
import { Counters } from './http/counters.ts';
import { FaultTable } from './http/faults.ts';
import { JobStore, type Job } from './jobs.ts';
import type { Scheduler } from './scheduler.ts';
import { StateFile } from './state-file.ts';

export interface ProviderStateOptions<T extends Job> {
  /** File name of the persisted state (`<stateDir>/<name>.json`). */
  name: string;
  /** The keys this emulator knows, with their starting balance (credits or tokens). */
  balances: Record<string, number>;
  stateDir: string | undefined;
  scheduler: Scheduler;
  /** Runs once per job when it ends. */
  onEnd(job: T): void;
}

interface Persisted<T> {
  balances: Record<string, number>;
  jobs: T[];
}

/**
 * What both emulators keep: balances per key, jobs, queued outcomes, counters and faults, and
 * the admin controls over them. Provider modules add their own routes and wire formats.
 */
export class ProviderState<T extends Job> {
  readonly counters = new Counters();
  readonly faults = new FaultTable();
  readonly jobs: JobStore<T>;
  #balances: Map<string, number>;
  #outcomes = new Map<string, Outcome[]>();
  #file: StateFile<Persisted<T>>;

  constructor(options: ProviderStateOptions<T>) {
    this.#file = new StateFile(options.stateDir, options.name);
    const saved = this.#file.load();
    this.#balances = new Map(Object.entries({ ...options.balances, ...saved?.balances }));
    this.jobs = new JobStore<T>({ scheduler: options.scheduler, onEnd: options.onEnd, changed: () => this.save() });
    if (saved) this.jobs.restore(saved.jobs);
  }

  isKnownKey(apiKey: string): boolean {
    return this.#balances.has(apiKey);
  }

  balance(apiKey: string): number | undefined {
    return this.#balances.get(apiKey);
  }

  /** Takes `amount` from the key's balance, never below zero. */
  charge(apiKey: string, amount: number): void {
    this.#balances.set(apiKey, Math.max(0, (this.#balances.get(apiKey) ?? 0) - amount));
    this.save();
  }

  /** The key's next queued outcome, or `success`. */
  takeOutcome(apiKey: string): Outcome {
    return this.#outcomes.get(apiKey)?.shift() ?? 'success';
  }

  save(): void {
    this.#file.save({ balances: Object.fromEntries(this.#balances), jobs: this.jobs.all() });
  }

  createAdmin(routeKeys: string[]): SandboxAdmin {
    const knownRoute = (route: string) => {
      if (!routeKeys.includes(route)) throw new Error(`Unknown route key "${route}"; known: ${routeKeys.join(', ')}`);
    };
    const knownKey = (apiKey: string) => {
      if (!this.isKnownKey(apiKey)) throw new Error(`Unknown sandbox key "${apiKey}"`);
    };
    return {
      counters: () => this.counters.snapshot(),
      answers: () => this.counters.answers(),
      peakInFlight: () => this.counters.peakInFlight(),
      resetCounters: () => this.counters.reset(),
      routes: () => [...routeKeys],
      setFault: (route, fault) => {
        knownRoute(route);
        this.faults.set(route, fault);
      },
      clearFaults: () => this.faults.clear(),
      faults: () => this.faults.list(),
      setBalance: (apiKey, balance) => {
        knownKey(apiKey);
        this.#balances.set(apiKey, balance);
        this.save();
      },
      balance: (apiKey) => this.balance(apiKey),
      queueOutcome: (apiKey, outcome) => {
        knownKey(apiKey);
        this.#outcomes.set(apiKey, [...(this.#outcomes.get(apiKey) ?? []), outcome]);
      },
      completeNow: (id, outcome) => this.jobs.completeNow(id, outcome),
      deleteMedia: (id) => {
        const job = this.jobs.get(id);
        if (!job?.settled || job.outcome !== 'success') return false;
        job.mediaDeleted = true;
        this.save();
        return true;
      },
    };
  }
}
