/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Overlays on the video: a watermark, a text, or both. */
export type BrandingInput = {
  /** A text overlay. */
  text?: BrandingTextInput | null | undefined;
  /** A logo overlay. */
  watermark?: WatermarkInput | null | undefined;
};

/** A line of text laid over the video, e.g. "Powered by …". */
export type BrandingTextInput = {
  /** #RRGGBB. */
  color?: string | null | undefined;
  /** The text to show; 1 to 200 characters. */
  content: string;
  /** A font family name, e.g. `Inter`; 1 to 100 characters. */
  font?: string | null | undefined;
  /** Where the text sits. */
  position?: ElementPosition | null | undefined;
  /** 1 to 100. */
  size?: number | null | undefined;
};

/** When a provider takes its charge. */
export type ChargedWhen =
  /** When the task is accepted, whatever its outcome. */
  | 'ON_CREATION'
  /** Only when the video is delivered. */
  | 'ON_SUCCESS';

/** What a provider charges in. */
export type CostUnit =
  /** VibePeak credits. */
  | 'CREDITS'
  /** Room AI tokens. */
  | 'TOKENS';

/** One room photo and, optionally, a style and instructions. */
export type CreateFlythroughVideoInput = {
  /** A public http(s) URL of the room photo. Wide-angle photos give more dramatic flythroughs. */
  photoUrl: string;
  /** Free-text instructions, e.g. "cinematic walkthrough with warm lighting". At most 1000 characters. */
  prompt?: string | null | undefined;
  /** A design style applied during the flythrough. */
  style?: FlythroughStyle | null | undefined;
};

/** Photos of one property and how to turn them into a narrated video. */
export type CreatePropertyVideoInput = {
  /** Ambient music mixed under the narration. */
  backgroundMusic?: boolean | null | undefined;
  /** Logo and text overlays; none when omitted. */
  branding?: BrandingInput | null | undefined;
  /** Defaults to NO_MODIFY. */
  modificationMode?: ModificationMode | null | undefined;
  /** 1 to 9 photos; each becomes a scene of about 3 seconds. */
  photos: Array<PropertyPhotoInput>;
  /** The narration: 65 to 85 characters per photo (1 photo: 65–85, 3: 195–255, 9: 585–765). Letters, spaces and . , ! ? ' " - : ; ( ) only: spell numbers out. */
  script: string;
  /** Word-level animated subtitles of the narration; none when omitted. */
  subtitle?: SubtitleInput | null | undefined;
  /** Honoured with test keys only; ignored with live keys. */
  testScenario?: TestScenario | null | undefined;
  /** The narration voice. */
  voice: NarrationVoiceInput;
};

/** Where a branding overlay sits on the frame. */
export type ElementPosition =
  /** The bottom-left corner. */
  | 'BOTTOM_LEFT'
  /** The bottom-right corner. */
  | 'BOTTOM_RIGHT'
  /** The middle of the frame. */
  | 'CENTER'
  /** The top-left corner. */
  | 'TOP_LEFT'
  /** The top-right corner. */
  | 'TOP_RIGHT';

/** How the gateway learned of a change. */
export type EventSource =
  /** A `cancelTask` mutation, while the task still waited in our queue. */
  | 'CANCEL'
  /** The provider did not finish in time; the gateway ended the task. */
  | 'DEADLINE'
  /** A scheduled status read. */
  | 'POLL'
  /** The gateway's own queue in front of the provider account: the task waits for a free slot (detail WAITING_FOR_PROVIDER_SLOT), or went back to wait after the provider answered it was busy (PROVIDER_AT_CAPACITY, PROVIDER_RATE_LIMITED, PROVIDER_UNAVAILABLE). */
  | 'QUEUE'
  /** Found at start-up: the submit was interrupted or the provider lost the task. */
  | 'RECOVERY'
  /** A `refreshTask` mutation. */
  | 'REFRESH'
  /** The provider's answer to the submit. */
  | 'SUBMIT'
  /** A notification from the provider. */
  | 'WEBHOOK';

/** A design style Room AI applies during the flythrough. */
export type FlythroughStyle =
  /** Of the moment: mixed materials and bold accents. */
  | 'CONTEMPORARY'
  /** Exposed brick, metal and raw materials. */
  | 'INDUSTRIAL'
  /** Organic shapes, tapered legs, 1950s–60s pieces. */
  | 'MID_CENTURY_MODERN'
  /** Few pieces, uncluttered surfaces, a restrained palette. */
  | 'MINIMALIST'
  /** Clean lines, neutral colours, current furniture. */
  | 'MODERN'
  /** Light wood, white walls, soft textiles. */
  | 'SCANDINAVIAN';

/** How VibePeak treats the rooms: NO_MODIFY keeps them and adds people; CHANGE_DECORATION modernises furniture and decor; FURNISH furnishes empty rooms. The last two take longer. */
export type ModificationMode =
  /** Modernise the furniture and decor (virtual restyling). Takes longer. */
  | 'CHANGE_DECORATION'
  /** Add furniture to empty rooms (virtual staging). Takes longer. */
  | 'FURNISH'
  /** Keep the rooms as photographed and add realistic people. The default and the fastest. */
  | 'NO_MODIFY';

/** The text-to-speech voice that reads the script. */
export type NarrationVoiceInput = {
  /** A language code, e.g. `en`. */
  language: string;
  /** A VibePeak voice id, e.g. `EXAVITQu4vr4xnSDxMaL`. An unknown id, or a voice not shared with the account, is a ValidationError from the provider. */
  voiceId: string;
};

/** One photo of the property; it becomes one scene of the video. */
export type PropertyPhotoInput = {
  /** What the photo shows; optional, helps the provider process it. */
  roomType?: RoomType | null | undefined;
  /** A public http(s) URL. At least 1280×720 (long side ≥ 1280, short side ≥ 720) or the provider rejects it. */
  url: string;
};

/** The AI provider that runs a generation. */
export type Provider =
  /** Room AI "Video AI": one room photo to a 3D flythrough video. */
  | 'ROOM_AI'
  /** VibePeak "Living Property Video": 1 to 9 photos to a narrated, staged video. */
  | 'VIBEPEAK';

/** How the gateway reaches a provider. */
export type ProviderMode =
  /** The real provider with a live key: real videos, real charges. */
  | 'LIVE'
  /** The gateway's built-in emulator (no provider key configured): nothing leaves this machine. */
  | 'SANDBOX'
  /** The real provider with a test key: no charges, sample videos. */
  | 'TEST';

/** What a property photo shows; helps the provider process it. */
export type RoomType =
  /** A bathroom. */
  | 'BATHROOM'
  /** A bedroom. */
  | 'BEDROOM'
  /** A dining room. */
  | 'DINING_ROOM'
  /** The outside of the property: facade, garden, view. */
  | 'EXTERIOR'
  /** A kitchen. */
  | 'KITCHEN'
  /** A living room or lounge. */
  | 'LIVING_ROOM'
  /** A home office or study. */
  | 'OFFICE'
  /** Any other space. */
  | 'OTHER';

/** Word-level animated subtitles: give a `preset` or `styles`, not both. */
export type SubtitleInput = {
  /** A ready-made look. Not together with `styles`. */
  preset?: SubtitlePreset | null | undefined;
  /** Granular styling. Not together with `preset`. */
  styles?: SubtitleStylesInput | null | undefined;
};

/** Where subtitles sit on the frame. */
export type SubtitlePosition =
  /** Along the bottom edge. */
  | 'BOTTOM'
  /** In the middle of the frame. */
  | 'CENTER'
  /** Along the top edge. */
  | 'TOP';

/** A ready-made subtitle look. */
export type SubtitlePreset =
  /** A heavier, more prominent look. */
  | 'BOLD'
  /** The standard look (the preset shown in VibePeak's documentation). */
  | 'CLASSIC'
  /** Highlights each word as it is spoken. */
  | 'KARAOKE'
  /** A lighter, less obtrusive look. */
  | 'MINIMAL';

/** Granular subtitle styling. */
export type SubtitleStylesInput = {
  /** #RRGGBB. */
  color?: string | null | undefined;
  /** A font family name, e.g. `Inter`; 1 to 100 characters. */
  font?: string | null | undefined;
  /** 8 to 200. */
  fontSize?: number | null | undefined;
  /** The colour of the word being spoken, #RRGGBB. */
  highlightColor?: string | null | undefined;
  /** Where the subtitles sit. */
  position?: SubtitlePosition | null | undefined;
};

/** Narrows a task list; all given fields must match. */
export type TaskFilter = {
  /** Only tasks of this kind. */
  kind?: TaskKind | null | undefined;
  /** Only tasks run by this provider. */
  provider?: Provider | null | undefined;
  /** Any of these statuses. */
  status?: Array<TaskStatus> | null | undefined;
};

/** What a task generates. */
export type TaskKind =
  /** A Room AI flythrough of one room. */
  | 'FLYTHROUGH_VIDEO'
  /** A VibePeak narrated property video. */
  | 'PROPERTY_VIDEO';

/** Where a task is in its life, the same for every provider. SUCCEEDED, FAILED and CANCELLED are final. */
export type TaskStatus =
  /** Cancelled by `cancelTask` while it waited in the gateway's queue: never sent to the provider, never charged. */
  | 'CANCELLED'
  /** Ended without a video: `error` says why. */
  | 'FAILED'
  /** The provider is generating the video. */
  | 'PROCESSING'
  /** Accepted, waiting to start. */
  | 'QUEUED'
  /** Done: `video` is set. */
  | 'SUCCEEDED';

/** With a VibePeak test key only: SUCCESS completes with a watermarked sample, FAIL fails with a public-safe error, SLOW completes noticeably later. Ignored with live keys. */
export type TestScenario =
  /** The task fails with a sanitised, public-safe error, to exercise your failure handling. */
  | 'FAIL'
  /** Like SUCCESS, but noticeably later: to exercise progress and waiting. */
  | 'SLOW'
  /** The task completes with a watermarked sample video. The default. */
  | 'SUCCESS';

/** A logo image laid over the video. */
export type WatermarkInput = {
  /** 0 to 100. */
  opacity?: number | null | undefined;
  /** Where the logo sits. */
  position?: ElementPosition | null | undefined;
  /** 1 to 100. */
  size?: number | null | undefined;
  /** Your logo, a public http(s) URL. */
  url: string;
};

/** Where a webhook delivery is. */
export type WebhookDeliveryStatus =
  /** Your endpoint answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed (or the URL was refused): no more are made. Fix the endpoint, then `redeliverWebhook`. */
  | 'FAILED'
  /** Waiting for its next attempt (`nextAttemptAt`), or being sent now. */
  | 'PENDING';

/** What a webhook tells: the `type` of its body. */
export type WebhookEventType =
  /** `task.cancelled`: the task was cancelled while it waited in the gateway's queue; never charged. */
  | 'TASK_CANCELLED'
  /** `task.failed`: the task ended without a video; `data.error` says why. */
  | 'TASK_FAILED'
  /** `task.succeeded`: the task ended with its video. */
  | 'TASK_SUCCEEDED'
  /** `task.updated`: the task changed status and still runs (QUEUED → PROCESSING). */
  | 'TASK_UPDATED';

export type CreateFlythroughVideoMutationVariables = Exact<{
  input: CreateFlythroughVideoInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateFlythroughVideoMutation = { createFlythroughVideo:
    | { __typename: 'BudgetExceededError', code: string, message: string }
    | { __typename: 'ConcurrencyLimitError', code: string, message: string }
    | { __typename: 'CreateFlythroughVideoSuccess', task: { id: string, status: TaskStatus, photoUrl: string, style: FlythroughStyle | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen } } }
    | { __typename: 'IdempotencyKeyReusedError', code: string, message: string }
    | { __typename: 'InsufficientBalanceError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ path: Array<string>, code: string, message: string }> }
   };

export type CreatePropertyVideoMutationVariables = Exact<{
  input: CreatePropertyVideoInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreatePropertyVideoMutation = { createPropertyVideo:
    | { __typename: 'BudgetExceededError', code: string, message: string }
    | { __typename: 'ConcurrencyLimitError', limit: number | null, inFlight: number | null, code: string, message: string }
    | { __typename: 'CreatePropertyVideoSuccess', task: { id: string, status: TaskStatus, livemode: boolean, modificationMode: ModificationMode, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, charged: boolean | null }, photos: Array<{ url: string, roomType: RoomType | null }> } }
    | { __typename: 'IdempotencyKeyReusedError', code: string, message: string }
    | { __typename: 'InsufficientBalanceError', required: number | null, balance: number | null, code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ path: Array<string>, code: string, message: string }> }
   };

export type ProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersQuery = { providers: Array<{ provider: Provider, mode: ProviderMode, livemode: boolean, webhooks: boolean, samplePhotoUrls: Array<string> }> };

export type RedeliverWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type RedeliverWebhookMutation = { redeliverWebhook:
    | { __typename: 'RedeliverWebhookSuccess', delivery: { id: string, webhookId: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null } }
    | { __typename: 'WebhookDeliveryNotFoundError', code: string, message: string }
   };

export type RefreshTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type RefreshTaskMutation = { refreshTask:
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'RefreshTaskSuccess', task:
        | { __typename: 'FlythroughVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, queuePosition: number | null, estimatedCompletionAt: string | null, createdAt: string, updatedAt: string, startedAt: string | null, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
        | { __typename: 'PropertyVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, queuePosition: number | null, estimatedCompletionAt: string | null, createdAt: string, updatedAt: string, startedAt: string | null, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
       }
    | { __typename: 'TaskNotFoundError', code: string, message: string }
   };

export type TaskQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskQuery = { task:
    | { __typename: 'FlythroughVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, queuePosition: number | null, estimatedCompletionAt: string | null, createdAt: string, updatedAt: string, startedAt: string | null, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
    | { __typename: 'PropertyVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, queuePosition: number | null, estimatedCompletionAt: string | null, createdAt: string, updatedAt: string, startedAt: string | null, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
   | null };

type TaskFields_FlythroughVideoTask_Fragment = { __typename: 'FlythroughVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, queuePosition: number | null, estimatedCompletionAt: string | null, createdAt: string, updatedAt: string, startedAt: string | null, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> };

type TaskFields_PropertyVideoTask_Fragment = { __typename: 'PropertyVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, queuePosition: number | null, estimatedCompletionAt: string | null, createdAt: string, updatedAt: string, startedAt: string | null, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> };

export type TaskFieldsFragment =
  | TaskFields_FlythroughVideoTask_Fragment
  | TaskFields_PropertyVideoTask_Fragment
;

export type TaskUpdatesSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TaskUpdatesSubscription = { task:
    | { __typename: 'FlythroughVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, queuePosition: number | null, estimatedCompletionAt: string | null, createdAt: string, updatedAt: string, startedAt: string | null, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
    | { __typename: 'PropertyVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, queuePosition: number | null, estimatedCompletionAt: string | null, createdAt: string, updatedAt: string, startedAt: string | null, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
   };

export type TasksQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TaskFilter | null | undefined;
}>;


export type TasksQuery = { tasks: { edges: Array<{ cursor: string, node:
        | { __typename: 'FlythroughVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, queuePosition: number | null, estimatedCompletionAt: string | null, createdAt: string, updatedAt: string, startedAt: string | null, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
        | { __typename: 'PropertyVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, queuePosition: number | null, estimatedCompletionAt: string | null, createdAt: string, updatedAt: string, startedAt: string | null, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
       }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UploadPhotoMutationVariables = Exact<{
  file: File;
}>;


export type UploadPhotoMutation = { uploadPhoto:
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'UploadPhotoSuccess', photo: { id: string, url: string, expiresAt: string, contentType: string, width: number, height: number, byteSize: number } }
    | { __typename: 'ValidationError', code: string, message: string, violations: Array<{ path: Array<string>, code: string, message: string }> }
   };

export type WebhookDeliveriesQueryVariables = Exact<{
  taskId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { edges: Array<{ node: { id: string, webhookId: string, eventType: WebhookEventType, url: string, status: WebhookDeliveryStatus, attempts: number, lastResponseStatus: number | null, lastError: string | null, lastAttemptAt: string | null, nextAttemptAt: string | null, createdAt: string, deliveredAt: string | null, task:
          | { id: string, status: TaskStatus }
          | { id: string, status: TaskStatus }
         | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export const TaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"chargedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOnFailure"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const CreateFlythroughVideoDocument = {"__meta__":{"hash":"sha256:9c485f6ab5204a35734a7cce02e32922527ff9a0be4d9c22df6a6378cd47b944"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFlythroughVideo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlythroughVideoInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFlythroughVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlythroughVideoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"chargedWhen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"style"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFlythroughVideoMutation, CreateFlythroughVideoMutationVariables>;
export const CreatePropertyVideoDocument = {"__meta__":{"hash":"sha256:0186805471c673726e174faa2e6249737d0893964f06830537bcc96330ab99e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePropertyVideo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPropertyVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"chargedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"roomType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modificationMode"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConcurrencyLimitError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"inFlight"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalanceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePropertyVideoMutation, CreatePropertyVideoMutationVariables>;
export const ProvidersDocument = {"__meta__":{"hash":"sha256:a4d084f5afc7ac1f209cdb7dfe9231ef1daeacd087c31846917df4a7e32c07d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"webhooks"}},{"kind":"Field","name":{"kind":"Name","value":"samplePhotoUrls"}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const RedeliverWebhookDocument = {"__meta__":{"hash":"sha256:925cf9fb1d1e27f58c155a41a4d4646808f50a13af171fd3108b647db8aa61ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RedeliverWebhookSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const RefreshTaskDocument = {"__meta__":{"hash":"sha256:932e6133eac294857af47e7bb5de1b54a72b7dcf405acbc8db2d153aa710b9f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshTaskSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"chargedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOnFailure"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<RefreshTaskMutation, RefreshTaskMutationVariables>;
export const TaskDocument = {"__meta__":{"hash":"sha256:0105c586c170b7a407fadac4f04d687f0431cd52839632ff9eb85e07cf922c0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"chargedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOnFailure"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<TaskQuery, TaskQueryVariables>;
export const TaskUpdatesDocument = {"__meta__":{"hash":"sha256:bf8f92702c06666c303f6c7bdbfea49ea6bd253987f889da872ae89aadcf25b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"chargedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOnFailure"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<TaskUpdatesSubscription, TaskUpdatesSubscriptionVariables>;
export const TasksDocument = {"__meta__":{"hash":"sha256:230a44bfc8de556459d56e8079266c266f0413c133a66447755b56521aec5eb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"chargedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOnFailure"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<TasksQuery, TasksQueryVariables>;
export const UploadPhotoDocument = {"__meta__":{"hash":"sha256:98d3d66849aecbd65ec68beeb8c2f5207ff4c0f7004dae38c6437e609af68a1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadPhoto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"File"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadPhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UploadPhotoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UploadPhotoMutation, UploadPhotoMutationVariables>;
export const WebhookDeliveriesDocument = {"__meta__":{"hash":"sha256:b905d00b137da7bc92d69a17c3cf4e0052ba7aae895c610cdd3b69c5a7e2e1dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;