import {
  UpstreamConcurrencyLimitError,
  type UpstreamError,
  UpstreamInsufficientBalanceError,
  UpstreamRateLimitedError,
  UpstreamUnavailableError,
  UpstreamValidationError,
} from '../upstream/errors.ts';
import type { ProviderDescriptor, ProviderId } from './provider.ts';
import type { Budget, BudgetUse } from './spend.ts';
import type { Task } from './task.ts';
import type { Violation } from './violations.ts';

/**
 * Failures a client of the gateway can act on, each with a stable `code`. They know nothing of
 * GraphQL; the schema exposes each class as a type of the mutation's result union.
 */
export abstract class ClientError extends Error {
  abstract readonly code: string;
}

/** The input breaks one or more rules; every broken rule is listed. */
export class ValidationFailedError extends ClientError {
  readonly code = 'VALIDATION_FAILED';
  readonly violations: Violation[];
  constructor(violations: Violation[], message = 'The input is not valid; see violations.') {
    super(message);
    this.violations = violations;
  }
}

/** The provider account lacks the tokens or credits this generation costs. */
export class InsufficientBalanceError extends ClientError {
  readonly code = 'INSUFFICIENT_BALANCE';
  readonly provider: ProviderId;
  readonly required: number | null;
  readonly balance: number | null;
  constructor(provider: Pick<ProviderDescriptor, 'id' | 'name' | 'balanceUnit'>, required: number | null, balance: number | null) {
    super(`The ${provider.name} account does not have enough ${provider.balanceUnit} for this generation.`);
    this.provider = provider.id;
    this.required = required;
    this.balance = balance;
  }
}

/** The provider plan's limit of tasks in flight is reached; retry once one finishes. */
export class ConcurrencyLimitError extends ClientError {
  readonly code = 'CONCURRENCY_LIMIT';
  readonly provider: ProviderId;
  readonly limit: number | null;
  readonly inFlight: number | null;
  constructor(provider: ProviderId, limit: number | null, inFlight: number | null) {
    super(`The provider allows ${limit ?? 'no more'} tasks in flight at once; retry when one finishes.`);
    this.provider = provider;
    this.limit = limit;
    this.inFlight = inFlight;
  }
}

/** The provider is down, slow or asking us to back off; nothing was created. Retry later. */
export class ProviderUnavailableError extends ClientError {
  readonly code = 'PROVIDER_UNAVAILABLE';
  readonly provider: ProviderId;
  readonly retryAfterSeconds: number | null;
  constructor(provider: ProviderId, retryAfterSeconds: number | null, message: string) {
    super(message);
    this.provider = provider;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The provider refused the request for a reason on the gateway's side (credentials, plan); an operator must act. */
export class ProviderRejectedError extends ClientError {
  readonly code = 'PROVIDER_REJECTED';
  readonly provider: ProviderId;
  readonly providerCode: string | null;
  constructor(provider: ProviderId, providerCode: string | null, message: string) {
    super(message);
    this.provider = provider;
    this.providerCode = providerCode;
  }
}

/** The idempotency key was already used with a different input. */
export class IdempotencyKeyReusedError extends ClientError {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  readonly idempotencyKey: string;
  constructor(key: string) {
    super('This idempotency key was already used with a different input; use a new key for a new request.');
    this.idempotencyKey = key;
  }
}

/** No task with this id is visible to the caller. */
export class TaskNotFoundError extends ClientError {
  readonly code = 'TASK_NOT_FOUND';
  readonly id: string;
  constructor(id: string) {
    super('No task with this id exists for this client.');
    this.id = id;
  }
}

/** No webhook delivery with this id is visible to the caller (another client's is the same as none). */
export class WebhookDeliveryNotFoundError extends ClientError {
  readonly code = 'WEBHOOK_DELIVERY_NOT_FOUND';
  readonly id: string;
  constructor(id: string) {
    super('No webhook delivery with this id exists for this client.');
    this.id = id;
  }
}

/**
 * The client's budget for this unit and period has too little left for this generation: refused
 * before any provider call. Tasks not yet charged hold their cost (`reserved`), so racing creates
 * cannot overspend.
 */
export class BudgetExceededError extends ClientError {
  readonly code = 'BUDGET_EXCEEDED';
  readonly budget: Budget;
  readonly spent: number;
  readonly reserved: number;
  readonly requested: number;
  readonly resetsAt: string;
  constructor(budget: Budget, use: BudgetUse, requested: number, resetsAt: string) {
    const remaining = Math.max(0, budget.limit - use.spent - use.reserved);
    super(
      `Your budget of ${budget.limit} ${budget.unit} per ${budget.period.toLowerCase()} has ${remaining} left (${use.spent} spent, ${use.reserved} held by unfinished tasks); this generation costs ${requested}. Nothing was sent to the provider.`,
    );
    this.budget = budget;
    this.spent = use.spent;
    this.reserved = use.reserved;
    this.requested = requested;
    this.resetsAt = resetsAt;
  }

  get remaining(): number {
    return Math.max(0, this.budget.limit - this.spent - this.reserved);
  }
}

/** Why a task cannot be cancelled. */
export type NotCancellableReason = 'ALREADY_ENDED' | 'AT_PROVIDER';

/**
 * A task that cannot be cancelled: it has ended, or it is already at a provider that has no cancel
 * endpoint (it runs on there, and is charged as usual). The gateway never pretends to cancel.
 */
export class TaskNotCancellableError extends ClientError {
  readonly code = 'TASK_NOT_CANCELLABLE';
  readonly reason: NotCancellableReason;
  readonly task: Task;
  constructor(reason: NotCancellableReason, task: Task, providerName: string) {
    super(
      reason === 'ALREADY_ENDED'
        ? `The task has already ended (${task.status}).`
        : `The task is already at ${providerName}, which offers no way to cancel it: it runs on there and is charged as usual.`,
    );
    this.reason = reason;
    this.task = task;
  }
}

/** Turns a provider failure into what the client of the gateway can act on. */
export function clientErrorFrom(
  err: UpstreamError,
  provider: Pick<ProviderDescriptor, 'id' | 'name' | 'balanceUnit'>,
  during: 'submit' | 'refresh' = 'submit',
): ClientError {
  if (err instanceof UpstreamValidationError) {
    // Paths start at the argument, like the gateway's own violations (`["input", "photos", "0", "url"]`).
    const path = ['input', ...(err.field ? err.field.split('.') : [])];
    return new ValidationFailedError(
      [{ path, code: err.providerCode ?? 'PROVIDER_VALIDATION', message: err.message }],
      'The provider rejected the input; see violations.',
    );
  }
  if (err instanceof UpstreamInsufficientBalanceError) return new InsufficientBalanceError(provider, err.required ?? null, err.balance ?? null);
  if (err instanceof UpstreamConcurrencyLimitError) return new ConcurrencyLimitError(err.provider, err.limit ?? null, err.inFlight ?? null);
  if (err.retryable) {
    const retryAfter = err instanceof UpstreamRateLimitedError || err instanceof UpstreamUnavailableError ? (err.retryAfterSeconds ?? null) : null;
    const outcome = during === 'submit' ? 'nothing was created' : 'the task is unchanged';
    return new ProviderUnavailableError(err.provider, retryAfter, `The provider could not take the request right now (${err.code}); ${outcome}. Retry later.`);
  }
  return new ProviderRejectedError(
    err.provider,
    err.providerCode ?? null,
    `The provider refused the request (${err.providerCode ?? err.code}); the gateway's operator has been told.`,
  );
}
