import type { ConnectedProvider, ProviderId } from './provider.ts';

/** SANDBOX: the in-process emulator; TEST: a provider test key; LIVE: real generations, real charges. */
export type ProviderMode = 'LIVE' | 'TEST' | 'SANDBOX';

export interface ProviderInfo {
  provider: ProviderId;
  mode: ProviderMode;
  livemode: boolean;
  /** Whether the provider is given a webhook URL (else status arrives by polling alone). */
  webhooks: boolean;
  /** Photos the provider can fetch, to try it with: the emulator's own in sandbox mode, else none. */
  samplePhotoUrls: string[];
}

export interface ProvidersOptions {
  providers: ConnectedProvider[];
  /** `PUBLIC_URL`: where real providers can reach this gateway; undefined when they cannot (polling only). */
  publicUrl: string | undefined;
  /** The gateway's own address, known once it listens: good enough for the in-process sandbox only. */
  localUrl: () => string | undefined;
}

/** The connected providers, by id, and where each can reach this gateway. */
export class Providers {
  readonly #byId: ReadonlyMap<ProviderId, ConnectedProvider>;
  readonly #bySlug: ReadonlyMap<string, ConnectedProvider>;
  readonly #options: ProvidersOptions;

  constructor(options: ProvidersOptions) {
    this.#byId = new Map(options.providers.map((p) => [p.descriptor.id, p]));
    this.#bySlug = new Map(options.providers.map((p) => [p.descriptor.slug, p]));
    this.#options = options;
  }

  /** Every connected provider, in registration order. */
  all(): ConnectedProvider[] {
    return [...this.#byId.values()];
  }

  /** @throws for an id no provider is registered under (a task of a provider since removed). */
  get(id: ProviderId): ConnectedProvider {
    const provider = this.#byId.get(id);
    if (!provider) throw new Error(`no provider ${id} is configured`);
    return provider;
  }

  has(id: ProviderId): boolean {
    return this.#byId.has(id);
  }

  /** The provider whose webhooks arrive at `/webhooks/<slug>/…`. */
  bySlug(slug: string): ConnectedProvider | undefined {
    return this.#bySlug.get(slug);
  }

  /**
   * The webhook URL of one task: `<base>/webhooks/<slug>/<token>`, the unguessable token naming the
   * task. Null when the provider cannot reach us: no `PUBLIC_URL` (the local address serves the
   * in-process sandbox only), or a URL the provider does not accept.
   */
  webhookUrl(id: ProviderId, token: string): string | null {
    const provider = this.get(id);
    const base = this.#options.publicUrl ?? (provider.sandbox ? this.#options.localUrl() : undefined);
    if (!base) return null;
    const url = `${base}/webhooks/${provider.descriptor.slug}/${token}`;
    return provider.adapter.acceptsWebhookUrl(url) || provider.sandbox ? url : null;
  }

  info(): ProviderInfo[] {
    return this.all().map((p) => ({
      provider: p.descriptor.id,
      mode: p.sandbox ? 'SANDBOX' : p.adapter.livemode ? 'LIVE' : 'TEST',
      livemode: p.adapter.livemode,
      webhooks: this.webhookUrl(p.descriptor.id, 'probe') !== null,
      samplePhotoUrls: p.samplePhotoUrls,
    }));
  }

  /** Aborts upstream requests in flight and closes every connection. */
  async destroy(): Promise<void> {
    await Promise.all(this.all().map((p) => p.adapter.destroy()));
  }
}
