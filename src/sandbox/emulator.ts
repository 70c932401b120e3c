import type { Logger } from '../log.ts';
import type { SandboxAdmin } from './admin.ts';
import type { ProviderDialect } from './http/provider-error.ts';
import { ProviderServer, routeKey, type Route } from './http/server.ts';
import type { Job } from './jobs.ts';
import { ProviderState } from './provider-state.ts';
import type { Scheduler } from './scheduler.ts';
import { deliverWebhook, type WebhookMessage } from './webhooks.ts';

export interface EmulatorOptions {
  /** Multiplies every contract duration (durations.ts). */
  timeScale: number;
  stateDir: string | undefined;
  scheduler: Scheduler;
  logger: Logger;
}

export interface EmulatorSpec<T extends Job> {
  /** Persisted state file name. */
  name: string;
  balances: Record<string, number>;
  dialect: ProviderDialect;
  routes: Route[];
  /** Provider side effects of a job's end (e.g. Room AI charges tokens on success). */
  onEnd?(job: T): void;
  /** The webhook of an ended job that has a `webhookUrl`. */
  webhookFor(job: T): WebhookMessage;
}

/**
 * What both emulators are made of: the shared state and admin controls, a `ProviderServer`
 * around the provider's routes, and webhook delivery when a job ends.
 */
export class Emulator<T extends Job> {
  readonly state: ProviderState<T>;
  readonly admin: SandboxAdmin;
  readonly server: ProviderServer;
  /** `http://host:port`, known once listening. */
  origin = '';
  #options: EmulatorOptions;
  #spec: EmulatorSpec<T>;

  constructor(options: EmulatorOptions, spec: EmulatorSpec<T>) {
    this.#options = options;
    this.#spec = spec;
    this.state = new ProviderState<T>({
      name: spec.name,
      balances: spec.balances,
      stateDir: options.stateDir,
      scheduler: options.scheduler,
      onEnd: (job) => {
        spec.onEnd?.(job);
        this.#sendWebhook(job);
      },
    });
    this.admin = this.state.createAdmin(spec.routes.map(routeKey));
    this.server = new ProviderServer({
      dialect: spec.dialect,
      routes: spec.routes,
      admin: this.admin,
      counters: this.state.counters,
      faults: this.state.faults,
      scheduler: options.scheduler,
      logger: options.logger,
      mediaDeleted: (id) => this.state.jobs.get(id)?.mediaDeleted === true,
    });
  }

  async listen(host: string, port: number): Promise<string> {
    this.origin = await this.server.listen(host, port);
    // Deliveries cut short by a previous stop go out again (receivers expect duplicates).
    for (const job of this.state.jobs.all()) if (job.settled && job.webhook === 'pending') this.#sendWebhook(job);
    this.state.jobs.settleDue();
    return this.origin;
  }

  close(): Promise<void> {
    return this.server.close();
  }

  #sendWebhook(job: T): void {
    if (!job.webhookUrl) return;
    void deliverWebhook(this.#spec.webhookFor(job), this.#options).then((delivered) => {
      if (this.#options.scheduler.signal.aborted) return;
      job.webhook = delivered ? 'delivered' : 'failed';
      this.state.save();
    });
  }
}
