import type { ProviderInfo } from '../tasks/providers.ts';
import { builder } from './builder.ts';
import { ProviderEnum } from './enums.ts';
import { registeredEstimateFields } from './provider-api.ts';
import { CostRef } from './task.ts';

const ProviderModeEnum = builder.enumType('ProviderMode', {
  description: 'How the gateway reaches a provider.',
  values: {
    LIVE: { description: 'The real provider with a live key: real videos, real charges.' },
    TEST: { description: 'The real provider with a test key: no charges, sample videos.' },
    SANDBOX: { description: "The gateway's built-in emulator (no provider key configured): nothing leaves this machine." },
  } as const,
});

const ProviderInfoRef = builder.objectRef<ProviderInfo>('ProviderInfo').implement({
  description: 'A provider and how this gateway is connected to it.',
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, resolve: (p) => p.provider, description: 'Which provider this is.' }),
    mode: t.field({ type: ProviderModeEnum, resolve: (p) => p.mode, description: 'Live, test or sandbox: decides whether tasks are real and charged.' }),
    livemode: t.exposeBoolean('livemode', { description: 'Whether tasks are real and charged.' }),
    webhooks: t.exposeBoolean('webhooks', { description: 'Whether the provider notifies the gateway; if not, status arrives by polling alone.' }),
    samplePhotoUrls: t.field({
      type: ['URL'],
      description: "Photos this provider can fetch, to try it with: the sandbox emulator's own room photos (at least 1280×720). Empty for real providers.",
      resolve: (p) => p.samplePhotoUrls,
    }),
  }),
});

/** One field per provider, as each provider's schema registered it (`addEstimateField`). */
const EstimateCostInput = builder.inputType('EstimateCostInput', {
  description: 'The request to price: exactly one of the fields.',
  isOneOf: true,
  fields: (t) => Object.fromEntries(registeredEstimateFields().map((f) => [f.name, t.field({ type: f.input, description: f.description })])),
});

builder.queryFields((t) => ({
  providers: t.field({
    type: [ProviderInfoRef],
    description: 'Each provider and whether it is live, in test mode, or the built-in sandbox.',
    resolve: (_, __, ctx) => ctx.tasks.providerInfo(),
  }),
  estimateCost: t.field({
    type: CostRef,
    description: 'What a request would cost with the configured key, before you submit it.',
    args: { input: t.arg({ type: EstimateCostInput, required: true, description: 'The request to price; exactly one of its fields.' }) },
    resolve: (_, { input }, ctx) => {
      // A one-of input: exactly one field is set, and it names the provider to price.
      const field = registeredEstimateFields().find((f) => (input as Record<string, unknown>)[f.name] != null)!;
      return ctx.tasks.estimateCost(field.provider);
    },
  }),
}));
