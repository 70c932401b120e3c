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

/** The calendar period of a budget, in UTC. */
export type BudgetPeriod =
  /** A UTC day. */
  | 'DAY'
  /** A UTC calendar month. */
  | 'MONTH';

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

/** The request to price: exactly one of the fields. */
export type EstimateCostInput =
  {   /** Price a Room AI flythrough: the input you would pass to `createFlythroughVideo`. */
  flythroughVideo: CreateFlythroughVideoInput; propertyVideo?: never; }
  |  { flythroughVideo?: never;   /** Price a VibePeak property video: the input you would pass to `createPropertyVideo`. */
  propertyVideo: CreatePropertyVideoInput; };

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

/** Where the gateway's copy of a video is. */
export type MediaCopyStatus =
  /** Copied: the video's URLs serve the gateway's copy. */
  | 'COPIED'
  /** Deleted after the retention (`MEDIA_RETENTION_DAYS`). */
  | 'EXPIRED'
  /** Every attempt failed (see `lastError`): the video's URLs relay the provider's files while the provider keeps them. */
  | 'FAILED'
  /** Being copied, or waiting for its next attempt: the video's URLs relay the provider's files meanwhile. */
  | 'PENDING';

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

/** Why a task cannot be cancelled. */
export type NotCancellableReason =
  /** It has already ended (SUCCEEDED, FAILED or CANCELLED). */
  | 'ALREADY_ENDED'
  /** It is already at the provider, which offers no way to cancel it (neither Room AI nor VibePeak does): it runs on there, and is charged as the provider charges. Only tasks still waiting in the gateway's queue can be cancelled. */
  | 'AT_PROVIDER';

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

/** What usage rows are summed by. The unit is always kept apart (credits and tokens do not add up). */
export type UsageGroup =
  /** One row per UTC day. */
  | 'DAY'
  /** One row per provider. */
  | 'PROVIDER'
  /** One row per unit (always applied). */
  | 'UNIT';

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

export type ApolloCreateFlythroughMutationVariables = Exact<{
  input: CreateFlythroughVideoInput;
}>;


export type ApolloCreateFlythroughMutation = { createFlythroughVideo:
    | { __typename: 'BudgetExceededError', code: string, message: string }
    | { __typename: 'ConcurrencyLimitError', code: string, message: string }
    | { __typename: 'CreateFlythroughVideoSuccess', task: { id: string, status: TaskStatus } }
    | { __typename: 'IdempotencyKeyReusedError', code: string, message: string }
    | { __typename: 'InsufficientBalanceError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type ErrorsReadQueuedQueryVariables = Exact<{
  id: string | number;
}>;


export type ErrorsReadQueuedQuery = { task:
    | { status: TaskStatus, queuePosition: number | null, submittedAt: string | null, history: Array<{ status: TaskStatus, source: EventSource, detail: string | null }> }
    | { status: TaskStatus, queuePosition: number | null, submittedAt: string | null, history: Array<{ status: TaskStatus, source: EventSource, detail: string | null }> }
   | null };

export type ErrorsCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type ErrorsCancelMutation = { cancelTask:
    | { __typename: 'CancelTaskSuccess', task:
        | { status: TaskStatus }
        | { status: TaskStatus }
       }
    | { __typename: 'TaskNotCancellableError', code: string }
    | { __typename: 'TaskNotFoundError', code: string }
   };

export type ErrorsReadFailedQueryVariables = Exact<{
  id: string | number;
}>;


export type ErrorsReadFailedQuery = { task:
    | { status: TaskStatus, error: { code: string, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, detail: string | null }> }
    | { status: TaskStatus, error: { code: string, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, detail: string | null }> }
   | null };

type ApiTaskFields_FlythroughVideoTask_Fragment = { __typename: 'FlythroughVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, createdAt: string, updatedAt: string, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> };

type ApiTaskFields_PropertyVideoTask_Fragment = { __typename: 'PropertyVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, createdAt: string, updatedAt: string, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> };

export type ApiTaskFieldsFragment =
  | ApiTaskFields_FlythroughVideoTask_Fragment
  | ApiTaskFields_PropertyVideoTask_Fragment
;

export type ApiCreatePropertyMutationVariables = Exact<{
  input: CreatePropertyVideoInput;
  key?: string | null | undefined;
}>;


export type ApiCreatePropertyMutation = { createPropertyVideo:
    | { __typename: 'BudgetExceededError', code: string, message: string }
    | { __typename: 'ConcurrencyLimitError', code: string, message: string, provider: Provider, limit: number | null, inFlight: number | null }
    | { __typename: 'CreatePropertyVideoSuccess', task: { __typename: 'PropertyVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, createdAt: string, updatedAt: string, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> } }
    | { __typename: 'IdempotencyKeyReusedError', code: string, message: string, idempotencyKey: string }
    | { __typename: 'InsufficientBalanceError', code: string, message: string, provider: Provider, required: number | null, balance: number | null }
    | { __typename: 'ProviderRejectedError', code: string, message: string, provider: Provider, providerCode: string | null }
    | { __typename: 'ProviderUnavailableError', code: string, message: string, provider: Provider, retryAfterSeconds: number | null }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, violations: Array<{ path: Array<string>, code: string, message: string }> }
   };

export type ApiCreateFlythroughMutationVariables = Exact<{
  input: CreateFlythroughVideoInput;
  key?: string | null | undefined;
}>;


export type ApiCreateFlythroughMutation = { createFlythroughVideo:
    | { __typename: 'BudgetExceededError', code: string, message: string }
    | { __typename: 'ConcurrencyLimitError', code: string, message: string, provider: Provider, limit: number | null, inFlight: number | null }
    | { __typename: 'CreateFlythroughVideoSuccess', task: { __typename: 'FlythroughVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, createdAt: string, updatedAt: string, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> } }
    | { __typename: 'IdempotencyKeyReusedError', code: string, message: string, idempotencyKey: string }
    | { __typename: 'InsufficientBalanceError', code: string, message: string, provider: Provider, required: number | null, balance: number | null }
    | { __typename: 'ProviderRejectedError', code: string, message: string, provider: Provider, providerCode: string | null }
    | { __typename: 'ProviderUnavailableError', code: string, message: string, provider: Provider, retryAfterSeconds: number | null }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, violations: Array<{ path: Array<string>, code: string, message: string }> }
   };

export type ApiTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiTaskQuery = { task:
    | { __typename: 'FlythroughVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, createdAt: string, updatedAt: string, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
    | { __typename: 'PropertyVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, createdAt: string, updatedAt: string, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
   | null };

export type ApiNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiNodeQuery = { node:
    | { __typename: 'FlythroughVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, createdAt: string, updatedAt: string, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
    | { __typename: 'Photo', id: string }
    | { __typename: 'PropertyVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, createdAt: string, updatedAt: string, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
    | { __typename: 'WebhookDelivery', id: string }
   | null };

export type ApiTasksQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TaskFilter | null | undefined;
}>;


export type ApiTasksQuery = { tasks: { edges: Array<{ cursor: string, node:
        | { __typename: 'FlythroughVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, createdAt: string, updatedAt: string, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
        | { __typename: 'PropertyVideoTask', id: string, provider: Provider, kind: TaskKind, status: TaskStatus, livemode: boolean, createdAt: string, updatedAt: string, completedAt: string | null, progress: { fraction: number, estimated: boolean } | null, cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null }, video: { url: string, coverImageUrl: string | null, durationSeconds: number | null, resolution: string | null, expiresAt: string | null } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
       }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ApiRefreshMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiRefreshMutation = { refreshTask:
    | { __typename: 'ProviderRejectedError' }
    | { __typename: 'ProviderUnavailableError' }
    | { __typename: 'RefreshTaskSuccess', task:
        | { id: string, status: TaskStatus }
        | { id: string, status: TaskStatus }
       }
    | { __typename: 'TaskNotFoundError', id: string, code: string, message: string }
   };

export type MutationsFlythroughFieldsQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsFlythroughFieldsQuery = { task:
    | { photoUrl: string, style: FlythroughStyle | null, prompt: string | null }
    | Record<PropertyKey, never>
   | null };

export type MutationsPropertyFieldsQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsPropertyFieldsQuery = { task:
    | { script: string, modificationMode: ModificationMode, testScenario: TestScenario | null, photos: Array<{ url: string }>, voice: { voiceId: string, language: string } }
    | Record<PropertyKey, never>
   | null };

export type MutationsTaskAndNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsTaskAndNodeQuery = { task:
    | { id: string }
    | { id: string }
   | null, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ProvidersModesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersModesQuery = { providers: Array<{ provider: Provider, mode: ProviderMode, livemode: boolean, webhooks: boolean }> };

export type ProvidersEstimateQueryVariables = Exact<{
  i: EstimateCostInput;
}>;


export type ProvidersEstimateQuery = { estimateCost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean, charged: boolean | null } };

export type ProvidersCreatePricedMutationVariables = Exact<{
  i: CreatePropertyVideoInput;
}>;


export type ProvidersCreatePricedMutation = { createPropertyVideo:
    | { __typename: 'BudgetExceededError' }
    | { __typename: 'ConcurrencyLimitError' }
    | { __typename: 'CreatePropertyVideoSuccess', task: { cost: { amount: number, unit: CostUnit, chargedWhen: ChargedWhen, refundedOnFailure: boolean } } }
    | { __typename: 'IdempotencyKeyReusedError' }
    | { __typename: 'InsufficientBalanceError' }
    | { __typename: 'ProviderRejectedError' }
    | { __typename: 'ProviderUnavailableError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ValidationError' }
   };

export type SecretsProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type SecretsProvidersQuery = { providers: Array<{ provider: Provider, mode: ProviderMode, livemode: boolean, webhooks: boolean }> };

export type SecretsProviderNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type SecretsProviderNamesQuery = { providers: Array<{ provider: Provider }> };

export type SecretsEstimateQueryVariables = Exact<{
  i: EstimateCostInput;
}>;


export type SecretsEstimateQuery = { estimateCost: { amount: number, unit: CostUnit } };

export type SecretsTooManyTasksQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type SecretsTooManyTasksQuery = { tasks: { edges: Array<{ cursor: string }> } };

export type SecretsWatchSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type SecretsWatchSubscription = { task:
    | { id: string, status: TaskStatus, video: { url: string } | null, error: { message: string } | null }
    | { id: string, status: TaskStatus, video: { url: string } | null, error: { message: string } | null }
   };

export type TenancyCreateFlythroughMutationVariables = Exact<{
  i: CreateFlythroughVideoInput;
}>;


export type TenancyCreateFlythroughMutation = { createFlythroughVideo:
    | { __typename: 'BudgetExceededError' }
    | { __typename: 'ConcurrencyLimitError' }
    | { __typename: 'CreateFlythroughVideoSuccess' }
    | { __typename: 'IdempotencyKeyReusedError' }
    | { __typename: 'InsufficientBalanceError' }
    | { __typename: 'ProviderRejectedError' }
    | { __typename: 'ProviderUnavailableError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ValidationError' }
   };

export type TenancyProviderNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyProviderNamesQuery = { providers: Array<{ provider: Provider }> };

export type TenancyTaskIdSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TenancyTaskIdSubscription = { task:
    | { id: string }
    | { id: string }
   };

export type TenancyTaskStatusSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TenancyTaskStatusSubscription = { task:
    | { id: string, status: TaskStatus }
    | { id: string, status: TaskStatus }
   };

export type TenancyTasksStatusSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TenancyTasksStatusSubscription = { tasks:
    | { id: string, status: TaskStatus }
    | { id: string, status: TaskStatus }
   };

export type EdgeRefreshMutationVariables = Exact<{
  id: string | number;
}>;


export type EdgeRefreshMutation = { refreshTask:
    | { __typename: 'ProviderRejectedError', code: string }
    | { __typename: 'ProviderUnavailableError', code: string }
    | { __typename: 'RefreshTaskSuccess' }
    | { __typename: 'TaskNotFoundError', code: string }
   };

export type EdgeReadQueryVariables = Exact<{
  id: string | number;
}>;


export type EdgeReadQuery = { task:
    | { id: string }
    | { id: string }
   | null };

export type EdgeCreateFlythroughMutationVariables = Exact<{
  i: CreateFlythroughVideoInput;
}>;


export type EdgeCreateFlythroughMutation = { createFlythroughVideo:
    | { __typename: 'BudgetExceededError' }
    | { __typename: 'ConcurrencyLimitError' }
    | { __typename: 'CreateFlythroughVideoSuccess' }
    | { __typename: 'IdempotencyKeyReusedError' }
    | { __typename: 'InsufficientBalanceError' }
    | { __typename: 'ProviderRejectedError' }
    | { __typename: 'ProviderUnavailableError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ValidationError', code: string, violations: Array<{ path: Array<string>, code: string }> }
   };

export type EdgeCreatePropertyMutationVariables = Exact<{
  i: CreatePropertyVideoInput;
}>;


export type EdgeCreatePropertyMutation = { createPropertyVideo:
    | { __typename: 'BudgetExceededError' }
    | { __typename: 'ConcurrencyLimitError' }
    | { __typename: 'CreatePropertyVideoSuccess' }
    | { __typename: 'IdempotencyKeyReusedError' }
    | { __typename: 'InsufficientBalanceError' }
    | { __typename: 'ProviderRejectedError' }
    | { __typename: 'ProviderUnavailableError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ValidationError', violations: Array<{ path: Array<string>, code: string }> }
   };

export type PhotoChecksPropertyMutationVariables = Exact<{
  i: CreatePropertyVideoInput;
}>;


export type PhotoChecksPropertyMutation = { createPropertyVideo:
    | { __typename: 'BudgetExceededError' }
    | { __typename: 'ConcurrencyLimitError' }
    | { __typename: 'CreatePropertyVideoSuccess' }
    | { __typename: 'IdempotencyKeyReusedError' }
    | { __typename: 'InsufficientBalanceError' }
    | { __typename: 'ProviderRejectedError' }
    | { __typename: 'ProviderUnavailableError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ValidationError', violations: Array<{ path: Array<string>, code: string, message: string }> }
   };

export type PhotoChecksFlythroughMutationVariables = Exact<{
  i: CreateFlythroughVideoInput;
}>;


export type PhotoChecksFlythroughMutation = { createFlythroughVideo:
    | { __typename: 'BudgetExceededError' }
    | { __typename: 'ConcurrencyLimitError' }
    | { __typename: 'CreateFlythroughVideoSuccess' }
    | { __typename: 'IdempotencyKeyReusedError' }
    | { __typename: 'InsufficientBalanceError' }
    | { __typename: 'ProviderRejectedError' }
    | { __typename: 'ProviderUnavailableError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ValidationError', violations: Array<{ path: Array<string>, code: string, message: string }> }
   };

export type RateLimitsCreateMutationVariables = Exact<{
  input: CreateFlythroughVideoInput;
  key?: string | null | undefined;
}>;


export type RateLimitsCreateMutation = { createFlythroughVideo:
    | { __typename: 'BudgetExceededError' }
    | { __typename: 'ConcurrencyLimitError' }
    | { __typename: 'CreateFlythroughVideoSuccess', task: { id: string } }
    | { __typename: 'IdempotencyKeyReusedError' }
    | { __typename: 'InsufficientBalanceError' }
    | { __typename: 'ProviderRejectedError' }
    | { __typename: 'ProviderUnavailableError' }
    | { __typename: 'RateLimitedError', code: string, message: string, retryAfterSeconds: number, limitPerMinute: number, burst: number }
    | { __typename: 'ValidationError' }
   };

export type RateLimitsTasksSubscriptionVariables = Exact<{
  f?: TaskFilter | null | undefined;
}>;


export type RateLimitsTasksSubscription = { tasks:
    | { id: string }
    | { id: string }
   };

export type RobustnessCreateMutationVariables = Exact<{
  i: CreatePropertyVideoInput;
}>;


export type RobustnessCreateMutation = { createPropertyVideo:
    | { __typename: 'BudgetExceededError' }
    | { __typename: 'ConcurrencyLimitError' }
    | { __typename: 'CreatePropertyVideoSuccess', task: { id: string } }
    | { __typename: 'IdempotencyKeyReusedError' }
    | { __typename: 'InsufficientBalanceError' }
    | { __typename: 'ProviderRejectedError' }
    | { __typename: 'ProviderUnavailableError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ValidationError' }
   };

export type RobustnessRefreshMutationVariables = Exact<{
  id: string | number;
}>;


export type RobustnessRefreshMutation = { refreshTask:
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string, retryAfterSeconds: number | null }
    | { __typename: 'RefreshTaskSuccess' }
    | { __typename: 'TaskNotFoundError', code: string, message: string }
   };

export type RobustnessStatusSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type RobustnessStatusSubscription = { task:
    | { status: TaskStatus }
    | { status: TaskStatus }
   };

export type RobustnessFirstTaskQueryVariables = Exact<{ [key: string]: never; }>;


export type RobustnessFirstTaskQuery = { tasks: { edges: Array<{ node:
        | { id: string }
        | { id: string }
       }> } };

export type RobustnessProviderNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type RobustnessProviderNamesQuery = { providers: Array<{ provider: Provider }> };

export type SmokeCreateMutationVariables = Exact<{
  i: CreatePropertyVideoInput;
}>;


export type SmokeCreateMutation = { createPropertyVideo:
    | { __typename: 'BudgetExceededError' }
    | { __typename: 'ConcurrencyLimitError' }
    | { __typename: 'CreatePropertyVideoSuccess', task: { id: string, status: TaskStatus } }
    | { __typename: 'IdempotencyKeyReusedError' }
    | { __typename: 'InsufficientBalanceError' }
    | { __typename: 'ProviderRejectedError' }
    | { __typename: 'ProviderUnavailableError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ValidationError' }
   };

export type SmokeReadQueryVariables = Exact<{
  id: string | number;
}>;


export type SmokeReadQuery = { task:
    | { status: TaskStatus, video: { url: string, providerUrl: string } | null }
    | { status: TaskStatus, video: { url: string, providerUrl: string } | null }
   | null };

export type GraphiqlListedQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphiqlListedQuery = { tasks: { edges: Array<{ node:
        | { __typename: 'FlythroughVideoTask', status: TaskStatus }
        | { __typename: 'PropertyVideoTask', status: TaskStatus }
       }> } };

export type DeadlineRefreshMutationVariables = Exact<{
  id: string | number;
}>;


export type DeadlineRefreshMutation = { refreshTask:
    | { __typename: 'ProviderRejectedError' }
    | { __typename: 'ProviderUnavailableError' }
    | { __typename: 'RefreshTaskSuccess' }
    | { __typename: 'TaskNotFoundError' }
   };

type LiveTaskFields_FlythroughVideoTask_Fragment = { id: string, status: TaskStatus, updatedAt: string, completedAt: string | null, queuePosition: number | null, progress: { fraction: number, estimated: boolean } | null, video: { url: string, providerUrl: string } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> };

type LiveTaskFields_PropertyVideoTask_Fragment = { id: string, status: TaskStatus, updatedAt: string, completedAt: string | null, queuePosition: number | null, progress: { fraction: number, estimated: boolean } | null, video: { url: string, providerUrl: string } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> };

export type LiveTaskFieldsFragment =
  | LiveTaskFields_FlythroughVideoTask_Fragment
  | LiveTaskFields_PropertyVideoTask_Fragment
;

export type LiveSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type LiveSubscription = { task:
    | { id: string, status: TaskStatus, updatedAt: string, completedAt: string | null, queuePosition: number | null, progress: { fraction: number, estimated: boolean } | null, video: { url: string, providerUrl: string } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
    | { id: string, status: TaskStatus, updatedAt: string, completedAt: string | null, queuePosition: number | null, progress: { fraction: number, estimated: boolean } | null, video: { url: string, providerUrl: string } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
   };

export type MineSubscriptionVariables = Exact<{
  filter?: TaskFilter | null | undefined;
}>;


export type MineSubscription = { tasks:
    | { id: string, status: TaskStatus, updatedAt: string, completedAt: string | null, queuePosition: number | null, progress: { fraction: number, estimated: boolean } | null, video: { url: string, providerUrl: string } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
    | { id: string, status: TaskStatus, updatedAt: string, completedAt: string | null, queuePosition: number | null, progress: { fraction: number, estimated: boolean } | null, video: { url: string, providerUrl: string } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
   };

export type OneQueryVariables = Exact<{
  id: string | number;
}>;


export type OneQuery = { task:
    | { id: string, status: TaskStatus, updatedAt: string, completedAt: string | null, queuePosition: number | null, progress: { fraction: number, estimated: boolean } | null, video: { url: string, providerUrl: string } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
    | { id: string, status: TaskStatus, updatedAt: string, completedAt: string | null, queuePosition: number | null, progress: { fraction: number, estimated: boolean } | null, video: { url: string, providerUrl: string } | null, error: { code: string, message: string, providerCode: string | null, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, at: string, detail: string | null }> }
   | null };

export type LiveCreatePropertyVideoMutationVariables = Exact<{
  i: CreatePropertyVideoInput;
}>;


export type LiveCreatePropertyVideoMutation = { createPropertyVideo:
    | { __typename: 'BudgetExceededError', code: string, message: string }
    | { __typename: 'ConcurrencyLimitError', code: string, message: string }
    | { __typename: 'CreatePropertyVideoSuccess', task: { id: string, status: TaskStatus } }
    | { __typename: 'IdempotencyKeyReusedError', code: string, message: string }
    | { __typename: 'InsufficientBalanceError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type LiveCreateFlythroughVideoMutationVariables = Exact<{
  i: CreateFlythroughVideoInput;
}>;


export type LiveCreateFlythroughVideoMutation = { createFlythroughVideo:
    | { __typename: 'BudgetExceededError', code: string, message: string }
    | { __typename: 'ConcurrencyLimitError', code: string, message: string }
    | { __typename: 'CreateFlythroughVideoSuccess', task: { id: string, status: TaskStatus } }
    | { __typename: 'IdempotencyKeyReusedError', code: string, message: string }
    | { __typename: 'InsufficientBalanceError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type ProgressCadenceSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ProgressCadenceSubscription = { task:
    | { status: TaskStatus, progress: { fraction: number, estimated: boolean } | null }
    | { status: TaskStatus, progress: { fraction: number, estimated: boolean } | null }
   };

type ResumeSeen_FlythroughVideoTask_Fragment = { id: string, status: TaskStatus, version: number, updatedAt: string };

type ResumeSeen_PropertyVideoTask_Fragment = { id: string, status: TaskStatus, version: number, updatedAt: string };

export type ResumeSeenFragment =
  | ResumeSeen_FlythroughVideoTask_Fragment
  | ResumeSeen_PropertyVideoTask_Fragment
;

export type ResumeReadQueryVariables = Exact<{
  id: string | number;
}>;


export type ResumeReadQuery = { task:
    | { id: string, status: TaskStatus, version: number, updatedAt: string }
    | { id: string, status: TaskStatus, version: number, updatedAt: string }
   | null };

export type ResumeTaskSubscriptionVariables = Exact<{
  id: string | number;
  after?: number | null | undefined;
}>;


export type ResumeTaskSubscription = { task:
    | { id: string, status: TaskStatus, version: number, updatedAt: string }
    | { id: string, status: TaskStatus, version: number, updatedAt: string }
   };

export type ResumeTasksSubscriptionVariables = Exact<{
  since?: string | null | undefined;
}>;


export type ResumeTasksSubscription = { tasks:
    | { id: string, status: TaskStatus, version: number, updatedAt: string }
    | { id: string, status: TaskStatus, version: number, updatedAt: string }
   };

export type SharedWithSpreadSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type SharedWithSpreadSubscription = { task:
    | { id: string, status: TaskStatus, updatedAt: string }
    | { id: string, status: TaskStatus, updatedAt: string }
   };

export type SharedRootFragment = { task:
    | { id: string, status: TaskStatus, updatedAt: string }
    | { id: string, status: TaskStatus, updatedAt: string }
   };

export type SharedWithInlineSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type SharedWithInlineSubscription = { task:
    | { id: string, status: TaskStatus, updatedAt: string }
    | { id: string, status: TaskStatus, updatedAt: string }
   };

export type SubmitCrashCreateMutationVariables = Exact<{
  input: CreateFlythroughVideoInput;
  key?: string | null | undefined;
}>;


export type SubmitCrashCreateMutation = { createFlythroughVideo:
    | { __typename: 'BudgetExceededError', code: string, message: string }
    | { __typename: 'ConcurrencyLimitError', code: string, message: string }
    | { __typename: 'CreateFlythroughVideoSuccess', task: { id: string, status: TaskStatus, error: { code: string, retryable: boolean } | null } }
    | { __typename: 'IdempotencyKeyReusedError', code: string, message: string }
    | { __typename: 'InsufficientBalanceError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type SubmitCrashReadQueryVariables = Exact<{
  id: string | number;
}>;


export type SubmitCrashReadQuery = { task:
    | { status: TaskStatus, error: { code: string, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, detail: string | null }>, video: { url: string } | null }
    | { status: TaskStatus, error: { code: string, retryable: boolean } | null, history: Array<{ status: TaskStatus, source: EventSource, detail: string | null }>, video: { url: string } | null }
   | null };

export type UnsubscribeMineSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type UnsubscribeMineSubscription = { tasks:
    | { id: string, status: TaskStatus }
    | { id: string, status: TaskStatus }
   };

export type MediaTestUploadForVideoMutationVariables = Exact<{
  file: File;
}>;


export type MediaTestUploadForVideoMutation = { uploadPhoto:
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'UploadPhotoSuccess', photo: { url: string } }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type MediaTestWatchSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type MediaTestWatchSubscription = { task:
    | { id: string, status: TaskStatus, video: { url: string, coverImageUrl: string | null, providerUrl: string, providerCoverImageUrl: string | null, expiresAt: string | null, providerExpiresAt: string | null } | null }
    | { id: string, status: TaskStatus, video: { url: string, coverImageUrl: string | null, providerUrl: string, providerCoverImageUrl: string | null, expiresAt: string | null, providerExpiresAt: string | null } | null }
   };

export type MediaTestTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type MediaTestTaskQuery = { task:
    | { status: TaskStatus, video: { url: string, coverImageUrl: string | null, providerUrl: string, providerCoverImageUrl: string | null, expiresAt: string | null, providerExpiresAt: string | null, copy: { status: MediaCopyStatus, attempts: number, lastError: string | null, copiedAt: string | null, byteSize: number | null } | null } | null }
    | { status: TaskStatus, video: { url: string, coverImageUrl: string | null, providerUrl: string, providerCoverImageUrl: string | null, expiresAt: string | null, providerExpiresAt: string | null, copy: { status: MediaCopyStatus, attempts: number, lastError: string | null, copiedAt: string | null, byteSize: number | null } | null } | null }
   | null };

export type MediaTestUploadMutationVariables = Exact<{
  file: File;
}>;


export type MediaTestUploadMutation = { uploadPhoto:
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'UploadPhotoSuccess', photo: { id: string, url: string, expiresAt: string, contentType: string, width: number, height: number, byteSize: number, sha256: string, createdAt: string } }
    | { __typename: 'ValidationError', code: string, message: string, violations: Array<{ path: Array<string>, code: string, message: string }> }
   };

export type MediaTestPhotoQueryVariables = Exact<{
  id: string | number;
}>;


export type MediaTestPhotoQuery = { photo: { id: string, url: string, contentType: string, width: number, height: number } | null, node:
    | { id: string }
    | { byteSize: number, id: string }
    | { id: string }
    | { id: string }
   | null };

export type QueueCreateMutationVariables = Exact<{
  input: CreatePropertyVideoInput;
  priority?: number | null | undefined;
}>;


export type QueueCreateMutation = { createPropertyVideo:
    | { __typename: 'BudgetExceededError', code: string, unit: CostUnit, period: BudgetPeriod, limit: number, spent: number, reserved: number, remaining: number, requested: number, resetsAt: string, message: string }
    | { __typename: 'ConcurrencyLimitError', code: string, message: string }
    | { __typename: 'CreatePropertyVideoSuccess', task: { id: string, status: TaskStatus, queuePosition: number | null, submittedAt: string | null } }
    | { __typename: 'IdempotencyKeyReusedError', code: string, message: string }
    | { __typename: 'InsufficientBalanceError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type QueueCreateFlythroughMutationVariables = Exact<{
  input: CreateFlythroughVideoInput;
}>;


export type QueueCreateFlythroughMutation = { createFlythroughVideo:
    | { __typename: 'BudgetExceededError', remaining: number, reserved: number, requested: number, code: string }
    | { __typename: 'ConcurrencyLimitError', code: string }
    | { __typename: 'CreateFlythroughVideoSuccess', task: { id: string, status: TaskStatus } }
    | { __typename: 'IdempotencyKeyReusedError', code: string }
    | { __typename: 'InsufficientBalanceError', code: string }
    | { __typename: 'ProviderRejectedError', code: string }
    | { __typename: 'ProviderUnavailableError', code: string }
    | { __typename: 'RateLimitedError', code: string }
    | { __typename: 'ValidationError', code: string }
   };

export type QueueReadQueryVariables = Exact<{
  id: string | number;
}>;


export type QueueReadQuery = { task:
    | { status: TaskStatus, queuePosition: number | null, createdAt: string, submittedAt: string | null, completedAt: string | null, video: { url: string } | null, cost: { amount: number, charged: boolean | null }, history: Array<{ status: TaskStatus, source: EventSource, detail: string | null, at: string }> }
    | { status: TaskStatus, queuePosition: number | null, createdAt: string, submittedAt: string | null, completedAt: string | null, video: { url: string } | null, cost: { amount: number, charged: boolean | null }, history: Array<{ status: TaskStatus, source: EventSource, detail: string | null, at: string }> }
   | null };

export type QueueCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type QueueCancelMutation = { cancelTask:
    | { __typename: 'CancelTaskSuccess', task:
        | { status: TaskStatus, completedAt: string | null, history: Array<{ status: TaskStatus, source: EventSource }> }
        | { status: TaskStatus, completedAt: string | null, history: Array<{ status: TaskStatus, source: EventSource }> }
       }
    | { __typename: 'TaskNotCancellableError', reason: NotCancellableReason, message: string, code: string, task:
        | { status: TaskStatus }
        | { status: TaskStatus }
       }
    | { __typename: 'TaskNotFoundError', code: string }
   };

export type QueueUsageQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy?: Array<UsageGroup> | UsageGroup | null | undefined;
}>;


export type QueueUsageQuery = { usage: { rows: Array<{ provider: Provider | null, unit: CostUnit, day: string | null, amount: number, charges: number }>, totals: Array<{ unit: CostUnit, amount: number, charges: number }> } };

export type QueueBudgetsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueBudgetsQuery = { budgets: Array<{ unit: CostUnit, period: BudgetPeriod, limit: number, spent: number, reserved: number, remaining: number, resetsAt: string }> };

export type ReplicasRefreshMutationVariables = Exact<{
  id: string | number;
}>;


export type ReplicasRefreshMutation = { refreshTask:
    | { __typename: 'ProviderRejectedError' }
    | { __typename: 'ProviderUnavailableError' }
    | { __typename: 'RefreshTaskSuccess', task:
        | { status: TaskStatus }
        | { status: TaskStatus }
       }
    | { __typename: 'TaskNotFoundError' }
   };

export type WhCreatePropertyMutationVariables = Exact<{
  input: CreatePropertyVideoInput;
  callbackUrl?: string | null | undefined;
  key?: string | null | undefined;
}>;


export type WhCreatePropertyMutation = { createPropertyVideo:
    | { __typename: 'BudgetExceededError', code: string, message: string }
    | { __typename: 'ConcurrencyLimitError', code: string, message: string }
    | { __typename: 'CreatePropertyVideoSuccess', task: { id: string, status: TaskStatus, callbackUrl: string | null } }
    | { __typename: 'IdempotencyKeyReusedError', code: string, message: string }
    | { __typename: 'InsufficientBalanceError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, violations: Array<{ path: Array<string>, code: string, message: string }> }
   };

export type WhDeliveriesQueryVariables = Exact<{
  taskId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WhDeliveriesQuery = { webhookDeliveries: { edges: Array<{ cursor: string, node: { id: string, webhookId: string, eventType: WebhookEventType, url: string, payload: string, status: WebhookDeliveryStatus, attempts: number, lastResponseStatus: number | null, lastError: string | null, lastAttemptAt: string | null, nextAttemptAt: string | null, createdAt: string, deliveredAt: string | null, task:
          | { id: string, status: TaskStatus }
          | { id: string, status: TaskStatus }
         | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WhRedeliverMutationVariables = Exact<{
  id: string | number;
}>;


export type WhRedeliverMutation = { redeliverWebhook:
    | { __typename: 'RedeliverWebhookSuccess', delivery: { id: string, webhookId: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null } }
    | { __typename: 'WebhookDeliveryNotFoundError', id: string, code: string, message: string }
   };

export type WhNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type WhNodeQuery = { node:
    | { __typename: 'FlythroughVideoTask', id: string }
    | { __typename: 'Photo', id: string }
    | { __typename: 'PropertyVideoTask', id: string }
    | { __typename: 'WebhookDelivery', status: WebhookDeliveryStatus, attempts: number, id: string }
   | null };

export type WhReplicaCreateMutationVariables = Exact<{
  input: CreatePropertyVideoInput;
}>;


export type WhReplicaCreateMutation = { createPropertyVideo:
    | { __typename: 'BudgetExceededError' }
    | { __typename: 'ConcurrencyLimitError' }
    | { __typename: 'CreatePropertyVideoSuccess', task: { id: string } }
    | { __typename: 'IdempotencyKeyReusedError' }
    | { __typename: 'InsufficientBalanceError' }
    | { __typename: 'ProviderRejectedError' }
    | { __typename: 'ProviderUnavailableError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ValidationError' }
   };

export type WhRestartDeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type WhRestartDeliveriesQuery = { webhookDeliveries: { edges: Array<{ node: { id: string, webhookId: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attempts: number, lastResponseStatus: number | null, nextAttemptAt: string | null, payload: string } }> } };

export const ApiTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"chargedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOnFailure"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<ApiTaskFieldsFragment, unknown>;
export const LiveTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"providerUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<LiveTaskFieldsFragment, unknown>;
export const ResumeSeenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeSeen"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ResumeSeenFragment, unknown>;
export const SharedRootFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedRoot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SharedRootFragment, unknown>;
export const ApolloCreateFlythroughDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApolloCreateFlythrough"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlythroughVideoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFlythroughVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlythroughVideoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApolloCreateFlythroughMutation, ApolloCreateFlythroughMutationVariables>;
export const ErrorsReadQueuedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrorsReadQueued"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]} as unknown as DocumentNode<ErrorsReadQueuedQuery, ErrorsReadQueuedQueryVariables>;
export const ErrorsCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErrorsCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelTaskSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ErrorsCancelMutation, ErrorsCancelMutationVariables>;
export const ErrorsReadFailedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrorsReadFailed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]} as unknown as DocumentNode<ErrorsReadFailedQuery, ErrorsReadFailedQueryVariables>;
export const ApiCreatePropertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiCreateProperty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPropertyVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTaskFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalanceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConcurrencyLimitError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"inFlight"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderRejectedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"chargedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOnFailure"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<ApiCreatePropertyMutation, ApiCreatePropertyMutationVariables>;
export const ApiCreateFlythroughDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiCreateFlythrough"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlythroughVideoInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFlythroughVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlythroughVideoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTaskFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalanceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConcurrencyLimitError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"inFlight"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderRejectedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"chargedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOnFailure"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<ApiCreateFlythroughMutation, ApiCreateFlythroughMutationVariables>;
export const ApiTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"chargedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOnFailure"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<ApiTaskQuery, ApiTaskQueryVariables>;
export const ApiNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"chargedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOnFailure"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<ApiNodeQuery, ApiNodeQueryVariables>;
export const ApiTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTaskFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"chargedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOnFailure"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<ApiTasksQuery, ApiTasksQueryVariables>;
export const ApiRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshTaskSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApiRefreshMutation, ApiRefreshMutationVariables>;
export const MutationsFlythroughFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationsFlythroughFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlythroughVideoTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsFlythroughFieldsQuery, MutationsFlythroughFieldsQueryVariables>;
export const MutationsPropertyFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationsPropertyFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PropertyVideoTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voiceId"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"script"}},{"kind":"Field","name":{"kind":"Name","value":"modificationMode"}},{"kind":"Field","name":{"kind":"Name","value":"testScenario"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsPropertyFieldsQuery, MutationsPropertyFieldsQueryVariables>;
export const MutationsTaskAndNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationsTaskAndNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MutationsTaskAndNodeQuery, MutationsTaskAndNodeQueryVariables>;
export const ProvidersModesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvidersModes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"webhooks"}}]}}]}}]} as unknown as DocumentNode<ProvidersModesQuery, ProvidersModesQueryVariables>;
export const ProvidersEstimateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvidersEstimate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstimateCostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimateCost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"chargedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOnFailure"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}}]}}]}}]} as unknown as DocumentNode<ProvidersEstimateQuery, ProvidersEstimateQueryVariables>;
export const ProvidersCreatePricedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvidersCreatePriced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPropertyVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"chargedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOnFailure"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvidersCreatePricedMutation, ProvidersCreatePricedMutationVariables>;
export const SecretsProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecretsProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"webhooks"}}]}}]}}]} as unknown as DocumentNode<SecretsProvidersQuery, SecretsProvidersQueryVariables>;
export const SecretsProviderNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecretsProviderNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]} as unknown as DocumentNode<SecretsProviderNamesQuery, SecretsProviderNamesQueryVariables>;
export const SecretsEstimateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecretsEstimate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstimateCostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimateCost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<SecretsEstimateQuery, SecretsEstimateQueryVariables>;
export const SecretsTooManyTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecretsTooManyTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<SecretsTooManyTasksQuery, SecretsTooManyTasksQueryVariables>;
export const SecretsWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SecretsWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SecretsWatchSubscription, SecretsWatchSubscriptionVariables>;
export const TenancyCreateFlythroughDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyCreateFlythrough"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlythroughVideoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFlythroughVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<TenancyCreateFlythroughMutation, TenancyCreateFlythroughMutationVariables>;
export const TenancyProviderNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyProviderNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]} as unknown as DocumentNode<TenancyProviderNamesQuery, TenancyProviderNamesQueryVariables>;
export const TenancyTaskIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TenancyTaskId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TenancyTaskIdSubscription, TenancyTaskIdSubscriptionVariables>;
export const TenancyTaskStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TenancyTaskStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TenancyTaskStatusSubscription, TenancyTaskStatusSubscriptionVariables>;
export const TenancyTasksStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TenancyTasksStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TenancyTasksStatusSubscription, TenancyTasksStatusSubscriptionVariables>;
export const EdgeRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EdgeRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EdgeRefreshMutation, EdgeRefreshMutationVariables>;
export const EdgeReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EdgeRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EdgeReadQuery, EdgeReadQueryVariables>;
export const EdgeCreateFlythroughDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EdgeCreateFlythrough"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlythroughVideoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFlythroughVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EdgeCreateFlythroughMutation, EdgeCreateFlythroughMutationVariables>;
export const EdgeCreatePropertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EdgeCreateProperty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPropertyVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EdgeCreatePropertyMutation, EdgeCreatePropertyMutationVariables>;
export const PhotoChecksPropertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhotoChecksProperty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPropertyVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PhotoChecksPropertyMutation, PhotoChecksPropertyMutationVariables>;
export const PhotoChecksFlythroughDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhotoChecksFlythrough"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlythroughVideoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFlythroughVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PhotoChecksFlythroughMutation, PhotoChecksFlythroughMutationVariables>;
export const RateLimitsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateLimitsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlythroughVideoInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFlythroughVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlythroughVideoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"limitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"burst"}}]}}]}}]}}]} as unknown as DocumentNode<RateLimitsCreateMutation, RateLimitsCreateMutationVariables>;
export const RateLimitsTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RateLimitsTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RateLimitsTasksSubscription, RateLimitsTasksSubscriptionVariables>;
export const RobustnessCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RobustnessCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPropertyVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RobustnessCreateMutation, RobustnessCreateMutationVariables>;
export const RobustnessRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RobustnessRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<RobustnessRefreshMutation, RobustnessRefreshMutationVariables>;
export const RobustnessStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RobustnessStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RobustnessStatusSubscription, RobustnessStatusSubscriptionVariables>;
export const RobustnessFirstTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RobustnessFirstTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RobustnessFirstTaskQuery, RobustnessFirstTaskQueryVariables>;
export const RobustnessProviderNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RobustnessProviderNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]} as unknown as DocumentNode<RobustnessProviderNamesQuery, RobustnessProviderNamesQueryVariables>;
export const SmokeCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SmokeCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPropertyVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SmokeCreateMutation, SmokeCreateMutationVariables>;
export const SmokeReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SmokeRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"providerUrl"}}]}}]}}]}}]} as unknown as DocumentNode<SmokeReadQuery, SmokeReadQueryVariables>;
export const GraphiqlListedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphiqlListed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraphiqlListedQuery, GraphiqlListedQueryVariables>;
export const DeadlineRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeadlineRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeadlineRefreshMutation, DeadlineRefreshMutationVariables>;
export const LiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Live"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"providerUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<LiveSubscription, LiveSubscriptionVariables>;
export const MineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Mine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"providerUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<MineSubscription, MineSubscriptionVariables>;
export const OneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"One"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"providerUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<OneQuery, OneQueryVariables>;
export const LiveCreatePropertyVideoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveCreatePropertyVideo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPropertyVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LiveCreatePropertyVideoMutation, LiveCreatePropertyVideoMutationVariables>;
export const LiveCreateFlythroughVideoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveCreateFlythroughVideo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlythroughVideoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFlythroughVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlythroughVideoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LiveCreateFlythroughVideoMutation, LiveCreateFlythroughVideoMutationVariables>;
export const ProgressCadenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ProgressCadence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}}]}}]}}]} as unknown as DocumentNode<ProgressCadenceSubscription, ProgressCadenceSubscriptionVariables>;
export const ResumeReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResumeRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResumeSeen"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeSeen"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ResumeReadQuery, ResumeReadQueryVariables>;
export const ResumeTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ResumeTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResumeSeen"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeSeen"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ResumeTaskSubscription, ResumeTaskSubscriptionVariables>;
export const ResumeTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ResumeTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResumeSeen"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeSeen"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ResumeTasksSubscription, ResumeTasksSubscriptionVariables>;
export const SharedWithSpreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SharedWithSpread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedRoot"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedRoot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SharedWithSpreadSubscription, SharedWithSpreadSubscriptionVariables>;
export const SharedWithInlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SharedWithInline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SharedWithInlineSubscription, SharedWithInlineSubscriptionVariables>;
export const SubmitCrashCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCrashCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlythroughVideoInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFlythroughVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlythroughVideoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitCrashCreateMutation, SubmitCrashCreateMutationVariables>;
export const SubmitCrashReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubmitCrashRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitCrashReadQuery, SubmitCrashReadQueryVariables>;
export const UnsubscribeMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"UnsubscribeMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UnsubscribeMineSubscription, UnsubscribeMineSubscriptionVariables>;
export const MediaTestUploadForVideoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MediaTestUploadForVideo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"File"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadPhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UploadPhotoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MediaTestUploadForVideoMutation, MediaTestUploadForVideoMutationVariables>;
export const MediaTestWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MediaTestWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"providerUrl"}},{"kind":"Field","name":{"kind":"Name","value":"providerCoverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"providerExpiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<MediaTestWatchSubscription, MediaTestWatchSubscriptionVariables>;
export const MediaTestTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediaTestTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"providerUrl"}},{"kind":"Field","name":{"kind":"Name","value":"providerCoverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"providerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"copy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"copiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MediaTestTaskQuery, MediaTestTaskQueryVariables>;
export const MediaTestUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MediaTestUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"File"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadPhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UploadPhotoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MediaTestUploadMutation, MediaTestUploadMutationVariables>;
export const MediaTestPhotoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediaTestPhoto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Photo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}}]}}]}}]} as unknown as DocumentNode<MediaTestPhotoQuery, MediaTestPhotoQueryVariables>;
export const QueueCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priority"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPropertyVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"priority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priority"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<QueueCreateMutation, QueueCreateMutationVariables>;
export const QueueCreateFlythroughDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueCreateFlythrough"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlythroughVideoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFlythroughVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlythroughVideoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<QueueCreateFlythroughMutation, QueueCreateFlythroughMutationVariables>;
export const QueueReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<QueueReadQuery, QueueReadQueryVariables>;
export const QueueCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelTaskSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskNotCancellableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<QueueCancelMutation, QueueCancelMutationVariables>;
export const QueueUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageGroup"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"charges"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"charges"}}]}}]}}]}}]} as unknown as DocumentNode<QueueUsageQuery, QueueUsageQueryVariables>;
export const QueueBudgetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueBudgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}}]}}]}}]} as unknown as DocumentNode<QueueBudgetsQuery, QueueBudgetsQueryVariables>;
export const ReplicasRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplicasRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshTaskSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReplicasRefreshMutation, ReplicasRefreshMutationVariables>;
export const WhCreatePropertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhCreateProperty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callbackUrl"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"URL"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPropertyVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"callbackUrl"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callbackUrl"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WhCreatePropertyMutation, WhCreatePropertyMutationVariables>;
export const WhDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WhDeliveriesQuery, WhDeliveriesQueryVariables>;
export const WhRedeliverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhRedeliver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RedeliverWebhookSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WhRedeliverMutation, WhRedeliverMutationVariables>;
export const WhNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]}}]} as unknown as DocumentNode<WhNodeQuery, WhNodeQueryVariables>;
export const WhReplicaCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhReplicaCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPropertyVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyVideoSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhReplicaCreateMutation, WhReplicaCreateMutationVariables>;
export const WhRestartDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhRestartDeliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhRestartDeliveriesQuery, WhRestartDeliveriesQueryVariables>;