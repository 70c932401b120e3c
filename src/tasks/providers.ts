import type { RoomAiClient } from '../upstream/roomai/client.ts';
import type { Provider, TaskSnapshot } from '../upstream/snapshot.ts';
import type { VibePeakClient } from '../upstream/vibepeak/client.ts';

export type ProviderMode = 'LIVE' | 'TEST' | 'SANDBOX';

export interface ProviderInfo {
  provider: Provider;
  /** SANDBOX: the in-process emulator; TEST: a provider test key; LIVE: real generations, real charges. */
  mode: ProviderMode;
  livemode: boolean;
  /** Whether the provider is given a webhook URL (else status arrives by polling alone). */
  webhooks: boolean;
  /** Photos the provider can fetch, to try it with: the emulator's own in sandbox mode, else none. */
  samplePhotoUrls: string[];
}

export interface ProvidersOptions {
  roomai: RoomAiClient;
  vibepeak: VibePeakClient;
  sandbox: Record<Provider, boolean>;
  /** `PUBLIC_URL`: where real providers can reach this gateway; undefined when they cannot (polling only). */
  publicUrl: string | undefined;
  /** The gateway's own address, known once it listens: good enough for the in-process sandbox only. */
  localUrl: () => string | undefined;
  /** The secret VibePeak signs webhooks with; without one we give VibePeak no webhook URL. */
  vibepeakWebhookSecret: string | undefined;
  samplePhotoUrls?: Partial<Record<Provider, string[]>>;
}

/** The configured provider clients and what the gateway tells each about itself. */
export class Providers {
  readonly roomai: RoomAiClient;
  readonly vibepeak: VibePeakClient;
  readonly vibepeakWebhookSecret: string | undefined;
  readonly #options: ProvidersOptions;

  constructor(options: ProvidersOptions) {
    this.roomai = options.roomai;
    this.vibepeak = options.vibepeak;
    this.vibepeakWebhookSecret = options.vibepeakWebhookSecret;
    this.#options = options;
  }

  get(provider: Provider): { livemode: boolean; fetchStatus(ref: string): Promise<TaskSnapshot> } {
    return provider === 'ROOM_AI' ? this.roomai : this.vibepeak;
  }

  /** Where `provider` can reach us: `PUBLIC_URL`, or for a sandboxed provider our local address. */
  #baseFor(provider: Provider): string | undefined {
    return this.#options.publicUrl ?? (this.#options.sandbox[provider] ? this.#options.localUrl() : undefined);
  }

  /** Room AI's webhooks are unsigned: the unguessable per-task token in the URL authenticates them. */
  roomaiWebhookUrl(token: string): string | null {
    const base = this.#baseFor('ROOM_AI');
    return base ? `${base}/webhooks/roomai/${token}` : null;
  }

  /** VibePeak requires HTTPS; the sandbox also accepts our local http address. */
  vibepeakWebhookUrl(): string | null {
    const base = this.#baseFor('VIBEPEAK');
    if (!base || !this.vibepeakWebhookSecret) return null;
    if (!base.startsWith('https://') && !this.#options.sandbox.VIBEPEAK) return null;
    return `${base}/webhooks/vibepeak`;
  }

  info(): ProviderInfo[] {
    const { sandbox } = this.#options;
    const mode = (p: Provider, livemode: boolean): ProviderMode => (sandbox[p] ? 'SANDBOX' : livemode ? 'LIVE' : 'TEST');
    return [
      {
        provider: 'ROOM_AI',
        mode: mode('ROOM_AI', this.roomai.livemode),
        livemode: this.roomai.livemode,
        webhooks: this.roomaiWebhookUrl('x') !== null,
        samplePhotoUrls: this.#options.samplePhotoUrls?.ROOM_AI ?? [],
      },
      {
        provider: 'VIBEPEAK',
        mode: mode('VIBEPEAK', this.vibepeak.livemode),
        livemode: this.vibepeak.livemode,
        webhooks: this.vibepeakWebhookUrl() !== null,
        samplePhotoUrls: this.#options.samplePhotoUrls?.VIBEPEAK ?? [],
      },
    ];
  }

  /** Aborts upstream requests in flight and closes every connection. */
  async destroy(): Promise<void> {
    await Promise.all([this.roomai.destroy(), this.vibepeak.destroy()]);
  }
}
