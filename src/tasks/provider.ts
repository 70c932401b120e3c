import type { z } from 'zod';
import type { PhotoFloor } from './photos.ts';

/**
 * What the domain asks of a provider, whichever it is: a descriptor (what it makes, what it costs,
 * how long it takes), the rules of its input, and an adapter that submits, reads status and parses
 * webhooks. Each provider's folder under `src/providers/` implements this; nothing in `tasks/`
 * knows which providers exist.
 *
 * A `TaskSnapshot` is the gateway's own view of a provider task at one moment, however it was seen
 * (submit answer, status poll, webhook); `applySnapshot` is the only consumer that changes state.
 */

/** A provider's id, as stored on tasks and shown in the `Provider` enum, e.g. `ROOM_AI`. */
export type ProviderId = string;
export type TaskStatus = 'QUEUED' | 'PROCESSING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
export const TERMINAL_STATUSES: ReadonlySet<TaskStatus> = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);

/** How far along the status model a status is; snapshots never move a task backwards. */
export const STATUS_RANK: Record<TaskStatus, number> = { QUEUED: 0, PROCESSING: 1, SUCCEEDED: 2, FAILED: 2, CANCELLED: 2 };

export interface TaskVideo {
  url: string;
  coverImageUrl: string | null;
  durationSeconds: number | null;
  resolution: string | null;
  expiresAt: string | null;
}

export interface TaskFailure {
  /** Our normalized code, e.g. GENERATION_FAILED, IMAGE_PROCESSING_FAILED, PROVIDER_TIMEOUT. */
  code: string;
  message: string;
  providerCode: string | null;
  /** Whether submitting the same input again may succeed. */
  retryable: boolean;
}

export interface TaskSnapshot {
  status: TaskStatus;
  /** Percent done as the provider reported it, 0..1; null when it reports none. */
  providerProgress: number | null;
  queuePosition: number | null;
  /** ISO 8601. */
  estimatedCompletionAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  video: TaskVideo | null;
  error: TaskFailure | null;
  /** Seconds the provider asks us to wait before asking again. */
  pollAfterSeconds: number | null;
}

export function emptySnapshot(status: TaskStatus): TaskSnapshot {
  return {
    status,
    providerProgress: null,
    queuePosition: null,
    estimatedCompletionAt: null,
    startedAt: null,
    completedAt: null,
    video: null,
    error: null,
    pollAfterSeconds: null,
  };
}

/** What a provider answered to a submit: its reference for the task and the first snapshot. */
export interface SubmitResult {
  providerRef: string;
  livemode: boolean;
  snapshot: TaskSnapshot;
}

/** What a provider charges for one generation. */
export interface ProviderCost {
  amount: number;
  /** The `CostUnit` enum value, e.g. `TOKENS`. */
  unit: string;
  chargedWhen: 'ON_SUCCESS' | 'ON_CREATION';
  refundedOnFailure: boolean;
  /** Whether a test key's tasks are free. */
  freeInTestMode: boolean;
}

/** What the domain knows of a provider before connecting to it. */
export interface ProviderDescriptor<I = unknown> {
  id: ProviderId;
  /** For people, e.g. `Room AI`. */
  name: string;
  /** The path segment of its webhook URLs: `/webhooks/<slug>/<token>`. */
  slug: string;
  /** The task kind it generates (`TaskKind` enum value), e.g. `FLYTHROUGH_VIDEO`. */
  kind: string;
  cost: ProviderCost;
  /** What its balance is counted in, for messages: `tokens`, `credits`. */
  balanceUnit: string;
  /** The rules of its create input, checked before any upstream call. */
  input: z.ZodType<I>;
  /** How long a task of this input typically processes, for estimated progress. */
  typicalProcessingMs(input: I): number;
  /** The photo URLs of an input, each with its path in the input (checked before any credit is spent). */
  photos(input: I): { path: string[]; url: string }[];
  /** The provider's documented minimum photo size, if it has one. */
  photoFloor?: PhotoFloor;
}

/** A webhook delivery as it arrived: the raw body and the headers (lower-case names). */
export interface WebhookDelivery {
  headers: Record<string, string | undefined>;
  body: string;
}

/** A webhook delivery, parsed: which task it is about and what it claims. */
export interface WebhookEvent {
  providerRef: string;
  snapshot: TaskSnapshot;
  /** True when the provider's signature was verified: the snapshot is its word. Otherwise a hint, confirmed by a status read. */
  verified: boolean;
}

/** A delivery the provider's rules refuse: bad or missing signature, stale timestamp, a body not of its shape. */
export class WebhookRejectedError extends Error {
  override name = 'WebhookRejectedError';
  readonly reason: string;
  constructor(reason: string) {
    super(`webhook rejected: ${reason}`);
    this.reason = reason;
  }
}

/** One provider account, connected: what the task service calls. */
export interface ProviderAdapter<I = unknown> {
  /** Whether the key creates real, charged tasks. */
  readonly livemode: boolean;
  /** Starts a generation; `webhookUrl` is the task's own, or null when the provider cannot reach us. */
  submit(input: I, webhookUrl: string | null): Promise<SubmitResult>;
  fetchStatus(providerRef: string): Promise<TaskSnapshot>;
  /** @throws WebhookRejectedError */
  parseWebhook(delivery: WebhookDelivery): WebhookEvent;
  /** Whether the provider accepts `url` as a webhook URL (e.g. https only). */
  acceptsWebhookUrl(url: string): boolean;
  /** Aborts requests in flight and closes connections. */
  destroy(): Promise<void>;
}

/** A provider as the running gateway has it: descriptor, adapter, and how it is configured. */
export interface ConnectedProvider<I = unknown> {
  descriptor: ProviderDescriptor<I>;
  adapter: ProviderAdapter<I>;
  /** True when it is the in-process emulator. */
  sandbox: boolean;
  /** Photos it can fetch, to try it with (the emulator's own; none for a real provider). */
  samplePhotoUrls: string[];
  /** Seconds between status reads; undefined follows the provider's own guidance. */
  pollIntervalSeconds: number | undefined;
  /** Multiplies the provider's guidance: the sandbox's time scale for an emulator, else 1. */
  guidanceScale: number;
  /** A task not finished this long after its creation is ended FAILED (PROVIDER_TIMEOUT). */
  deadlineSeconds: number;
  /** The provider runs on this machine or a private network (the sandbox): it may fetch photos at private addresses. */
  localNetwork: boolean;
  /** The provider account, as the ledger names it: a fingerprint of its key, never the key. */
  account: string;
  /** Tasks the account may have in flight at once, when configured; null: learned from the provider's 429s. */
  concurrency: number | null;
}
