import { concurrencyLimit, optionalString, optionalUrl, positive } from '../../config-env.ts';
import { connection, type ProviderPackage } from '../package.ts';
import { RoomAiClient } from './client.ts';
import { flythroughInput, type FlythroughInput } from './input.ts';
import { defineSchema } from './schema.ts';

/** Room AI "Video AI": one room photo and a design style become a 3D flythrough (docs/provider-contracts.md §1). */
export const roomAi: ProviderPackage<FlythroughInput> = {
  descriptor: {
    id: 'ROOM_AI',
    name: 'Room AI',
    slug: 'roomai',
    kind: 'FLYTHROUGH_VIDEO',
    cost: { amount: 10, unit: 'TOKENS', chargedWhen: 'ON_SUCCESS', refundedOnFailure: true, freeInTestMode: false },
    balanceUnit: 'tokens',
    input: flythroughInput,
    // Up to 2–3 minutes [docs]; used only when it reports no percent.
    typicalProcessingMs: () => 150_000,
    photos: (input) => [{ path: ['photoUrl'], url: input.photoUrl }],
  },
  typename: 'FlythroughVideoTask',
  description: 'Room AI "Video AI": one room photo to a 3D flythrough video.',
  kindDescription: 'A Room AI flythrough of one room.',
  unitDescription: 'Room AI tokens.',

  env: {
    ROOMAI_API_KEY: optionalString,
    ROOMAI_BASE_URL: optionalUrl,
    POLL_ROOMAI_INTERVAL_SECONDS: positive.default(10),
    ROOMAI_CONCURRENCY: concurrencyLimit,
    ROOMAI_DEADLINE_SECONDS: positive.default(15 * 60),
  },
  settings(env, { publicUrl }, problem) {
    const apiKey = env.ROOMAI_API_KEY as string | undefined;
    if (env.ROOMAI_BASE_URL && !apiKey) problem('ROOMAI_API_KEY: required when ROOMAI_BASE_URL is set');
    // Room AI answers at once only when given a webhook URL; without one /generate blocks for minutes.
    if (apiKey && !publicUrl) problem('PUBLIC_URL: required when ROOMAI_API_KEY is set (Room AI works asynchronously only with a webhook URL it can reach)');
    return {
      apiKey,
      baseUrl: apiKey ? ((env.ROOMAI_BASE_URL as string | undefined) ?? 'https://roomai.com/api/v1') : undefined,
      sandbox: !apiKey,
      pollIntervalSeconds: env.POLL_ROOMAI_INTERVAL_SECONDS as number,
      deadlineSeconds: env.ROOMAI_DEADLINE_SECONDS as number,
      concurrency: env.ROOMAI_CONCURRENCY as number | undefined,
      secrets: apiKey ? [apiKey] : [],
      extra: {},
    };
  },
  connect(settings, { sandbox, sandboxTimeScale }) {
    const emulator = settings.sandbox ? sandbox!.roomai : null;
    const apiKey = settings.apiKey ?? emulator!.keys.test;
    const adapter = new RoomAiClient({ baseUrl: settings.baseUrl ?? emulator!.baseUrl, apiKey });
    return connection(roomAi.descriptor, adapter, settings, emulator, sandboxTimeScale, apiKey);
  },
  graphiqlExample: (photoUrl) => ({
    operation: 'CreateFlythroughVideo.graphql',
    variables: { input: { photoUrl, style: 'Modern', prompt: 'cinematic walkthrough with warm lighting' } },
  }),
  schema: (api, descriptor) => defineSchema(api, descriptor),
};
