/**
 * Outgoing webhooks: what the gateway sends to a client's backend when one of its tasks changes,
 * as records of the outbox (`TaskStore`) and the contract of whatever sends them over HTTP.
 */

/** What happened to the task: `task.updated` for a status change that does not end it. */
export type WebhookEventType = 'task.updated' | 'task.succeeded' | 'task.failed' | 'task.cancelled';

/** PENDING: waiting for its next attempt (or being sent); DELIVERED: a 2xx answer; FAILED: attempts exhausted or refused. */
export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

/** One event for one URL, and everything tried to deliver it: one row of the delivery log. */
export interface WebhookDelivery {
  /** A uuid; the `webhook-id` header is derived from it (`webhookIdOf`), the same on every attempt. */
  id: string;
  /** The client whose task changed; only it reads the delivery. */
  owner: string;
  taskId: string;
  eventType: WebhookEventType;
  url: string;
  /** The JSON body, fixed when the change was recorded: every attempt sends the same bytes. */
  payload: string;
  status: DeliveryStatus;
  /** Attempts made, redeliveries included. */
  attempts: number;
  /** Failed attempts since it was last queued: the step of its retry schedule. */
  failures: number;
  lastResponseStatus: number | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  /** While PENDING: when the next attempt is due (a leased delivery's counts from the lease's end). */
  nextAttemptAt: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

/** The `webhook-id` of a delivery: stable across retries and redeliveries, so receivers can drop duplicates. */
export function webhookIdOf(delivery: Pick<WebhookDelivery, 'id'>): string {
  return `msg_${delivery.id.replaceAll('-', '')}`;
}

/** A position in a client's delivery log (newest first). */
export interface DeliveryCursor {
  createdAt: string;
  id: string;
}

/** One signed POST to make. */
export interface WebhookRequest {
  url: string;
  webhookId: string;
  body: string;
  /** The client's `whsec_…` secret. */
  secret: string;
}

/**
 * What one attempt came to. `status` is the HTTP status when an answer came; `error` a short
 * description for the log when none did (or the target was refused); `retry` false when trying
 * again cannot help (the target is refused).
 */
export interface SendResult {
  status: number | null;
  error: string | null;
  retry: boolean;
}

/** Sends outgoing webhooks (`src/webhooks-out/http-sender.ts`). Never throws: every failure is a `SendResult`. */
export interface WebhookSender {
  send(request: WebhookRequest): Promise<SendResult>;
  /** Aborts attempts in flight and closes connections. */
  close(): Promise<void>;
}
