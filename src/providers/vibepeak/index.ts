import { concurrencyLimit, optionalString, optionalUrl, positive } from '../../config-env.ts';
import { connection, type ProviderPackage } from '../package.ts';
import { VibePeakClient } from './client.ts';
import { propertyVideoInput, type PropertyVideoInput } from './input.ts';
import { defineSchema } from './schema.ts';

/** Typical processing times [seed]: 3–5 minutes, longer for the staging modes. */
const TYPICAL_PROCESSING_MS: Record<string, number> = { no_modify: 4 * 60_000, change_decoration: 6 * 60_000, furnish: 6 * 60_000 };

/** VibePeak "Living Property Video": 1 to 9 photos become one narrated, staged video (docs/provider-contracts.md §2). */
export const vibePeak: ProviderPackage<PropertyVideoInput> = {
  descriptor: {
    id: 'VIBEPEAK',
    name: 'VibePeak',
    slug: 'vibepeak',
    kind: 'PROPERTY_VIDEO',
    cost: { amount: 10, unit: 'CREDITS', chargedWhen: 'ON_CREATION', refundedOnFailure: false, freeInTestMode: true },
    balanceUnit: 'credits',
    input: propertyVideoInput,
    typicalProcessingMs: (input) => TYPICAL_PROCESSING_MS[input.modificationMode ?? 'no_modify'] ?? TYPICAL_PROCESSING_MS.no_modify!,
    photos: (input) => input.photos.map((p, i) => ({ path: ['photos', String(i), 'url'], url: p.url })),
    // The HD floor [docs]: long side ≥ 1280 px, short side ≥ 720 px.
    photoFloor: { longSide: 1280, shortSide: 720 },
  },
  typename: 'PropertyVideoTask',
  description: 'VibePeak "Living Property Video": 1 to 9 photos to a narrated, staged video.',
  kindDescription: 'A VibePeak narrated property video.',
  unitDescription: 'VibePeak credits.',

  env: {
    VIBEPEAK_API_KEY: optionalString,
    VIBEPEAK_BASE_URL: optionalUrl,
    VIBEPEAK_WEBHOOK_SECRET: optionalString,
    POLL_VIBEPEAK_INTERVAL_SECONDS: positive.optional(),
    VIBEPEAK_CONCURRENCY: concurrencyLimit,
    VIBEPEAK_DEADLINE_SECONDS: positive.default(20 * 60),
  },
  settings(env, _gateway, problem) {
    const apiKey = env.VIBEPEAK_API_KEY as string | undefined;
    const webhookSecret = env.VIBEPEAK_WEBHOOK_SECRET as string | undefined;
    if (env.VIBEPEAK_BASE_URL && !apiKey) problem('VIBEPEAK_API_KEY: required when VIBEPEAK_BASE_URL is set');
    return {
      apiKey,
      baseUrl: apiKey ? ((env.VIBEPEAK_BASE_URL as string | undefined) ?? 'https://api.vibepeak.ai') : undefined,
      sandbox: !apiKey,
      pollIntervalSeconds: env.POLL_VIBEPEAK_INTERVAL_SECONDS as number | undefined,
      deadlineSeconds: env.VIBEPEAK_DEADLINE_SECONDS as number,
      concurrency: env.VIBEPEAK_CONCURRENCY as number | undefined,
      secrets: [apiKey, webhookSecret].filter((s): s is string => s !== undefined),
      extra: { webhookSecret },
    };
  },
  connect(settings, { sandbox, sandboxTimeScale }) {
    const emulator = settings.sandbox ? sandbox!.vibepeak : null;
    const apiKey = settings.apiKey ?? emulator!.keys.test;
    const adapter = new VibePeakClient({
      baseUrl: settings.baseUrl ?? emulator!.baseUrl,
      apiKey,
      // The emulator signs with its own per-key secret; VIBEPEAK_WEBHOOK_SECRET is the real key's.
      webhookSecret: emulator ? emulator.webhookSecret(apiKey) : settings.extra.webhookSecret,
    });
    return connection(vibePeak.descriptor, adapter, settings, emulator, sandboxTimeScale, apiKey);
  },
  graphiqlExample: (photoUrl) => ({
    operation: 'CreatePropertyVideo.graphql',
    variables: {
      input: {
        photos: [{ url: photoUrl, roomType: 'living_room' }],
        voice: { voiceId: 'EXAVITQu4vr4xnSDxMaL', language: 'en' },
        modificationMode: 'no_modify',
        // 65 to 85 characters for one photo.
        script: 'Welcome to this bright family home. The open living room is full of light and calm.',
        backgroundMusic: true,
        subtitle: { preset: 'classic' },
      },
    },
  }),
  schema: (api, descriptor) => defineSchema(api, descriptor),
};
