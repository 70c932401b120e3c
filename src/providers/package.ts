import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { isLocalHost } from '../shared/addresses.ts';
import { type MediaUrls, type Sandbox, samplePhotoUrls } from '../sandbox/index.ts';
import type { ProviderSchemaApi } from '../schema/provider-api.ts';
import type { ConnectedProvider, ProviderAdapter, ProviderDescriptor } from '../tasks/provider.ts';

/**
 * One provider, whole: everything the gateway needs from a provider's folder, registered once in
 * `providers/index.ts`. The domain sees only its descriptor and adapter (`tasks/provider.ts`); the
 * rest is how it is configured, connected and shown in the schema.
 */
export interface ProviderPackage<I = never> {
  descriptor: ProviderDescriptor<I>;
  /** Its GraphQL task type, e.g. `FlythroughVideoTask` (global ids start with it). */
  typename: string;
  /** For the `Provider` enum value. */
  description: string;
  /** For the `TaskKind` enum value. */
  kindDescription: string;
  /** For its `CostUnit` enum value. */
  unitDescription: string;
  /** Its environment variables, merged into the gateway's configuration. */
  env: z.ZodRawShape;
  /** Its settings from the parsed environment; `problem` reports a broken rule as `NAME: rule`. */
  settings(env: Record<string, unknown>, gateway: { publicUrl: string | undefined }, problem: (line: string) => void): ProviderSettings;
  /** Connects with `settings`: to the real provider, or to its emulator in `sandbox`. */
  connect(settings: ProviderSettings, context: { sandbox: Sandbox | null; sandboxTimeScale: number }): ConnectedProvider<I>;
  /** GraphiQL's preloaded create mutation for it: an operation of `operations/` and its variables, with `photoUrl`. */
  graphiqlExample(photoUrl: string): { operation: string; variables: Record<string, unknown> };
  /** Adds its task type, create input and mutation, and enums to the schema. */
  schema(api: ProviderSchemaApi, descriptor: ProviderDescriptor<I>): void;
}

export interface ProviderSettings {
  /** Undefined in sandbox mode: the emulator's test key is used. */
  apiKey: string | undefined;
  baseUrl: string | undefined;
  /** True when no key was configured: the emulator runs in-process. */
  sandbox: boolean;
  /** Seconds between status reads; undefined follows the provider's guidance. */
  pollIntervalSeconds: number | undefined;
  deadlineSeconds: number;
  /** Tasks the account may have in flight at once (its plan's limit); undefined: learned from the provider's 429s. */
  concurrency: number | undefined;
  /** Values no log line may show (keys, webhook secrets). */
  secrets: string[];
  /** Whatever else the provider needs, e.g. a webhook secret. */
  extra: Record<string, string | undefined>;
}

/** The emulator of one provider, as much of it as a connection needs (`Sandbox['roomai']`, …). */
export interface EmulatorLike {
  baseUrl: string;
  media: MediaUrls;
}

/**
 * What every package's `connect` returns around its own adapter: where it runs (the emulator, or the
 * configured service), its sample photos, polling and deadline settings, whether it is on our network.
 */
export function connection<I>(
  descriptor: ProviderDescriptor<I>,
  adapter: ProviderAdapter<I>,
  settings: ProviderSettings,
  emulator: EmulatorLike | null,
  sandboxTimeScale: number,
  apiKey: string,
): ConnectedProvider<I> {
  const baseUrl = settings.baseUrl ?? emulator!.baseUrl;
  return {
    descriptor,
    adapter,
    sandbox: settings.sandbox,
    samplePhotoUrls: emulator ? samplePhotoUrls(emulator.media) : [],
    pollIntervalSeconds: settings.pollIntervalSeconds,
    guidanceScale: emulator ? sandboxTimeScale : 1,
    deadlineSeconds: settings.deadlineSeconds,
    localNetwork: emulator !== null || isLocalHost(new URL(baseUrl).hostname),
    account: accountOf(apiKey),
    concurrency: settings.concurrency ?? null,
  };
}

/** Names a provider account in the ledger without its key: `sha256:` and the first 16 hex digits of the key's hash. */
export function accountOf(apiKey: string): string {
  return `sha256:${createHash('sha256').update(apiKey).digest('hex').slice(0, 16)}`;
}
