import {
  BudgetExceededError,
  type ClientError,
  ConcurrencyLimitError,
  IdempotencyKeyReusedError,
  InsufficientBalanceError,
  ProviderRejectedError,
  ProviderUnavailableError,
  TaskNotFoundError,
  ValidationFailedError,
} from '../tasks/errors.ts';
import { RateLimitedError } from '../tasks/rate-limits.ts';
import type { Violation } from '../tasks/violations.ts';
import { builder } from './builder.ts';
import { CostUnitEnum, ProviderEnum } from './enums.ts';

export const ErrorInterface = builder.interfaceRef<ClientError>('Error').implement({
  description: 'Every error a mutation can return implements this. Switch on `__typename`, or read `code`.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, in a sentence for people.' }),
    code: t.exposeString('code', { description: 'A stable machine code for this kind of error.' }),
  }),
});

const ViolationRef = builder.objectRef<Violation>('Violation').implement({
  description: 'One broken input rule.',
  fields: (t) => ({
    path: t.exposeStringList('path', {
      description: 'Where the rule is broken, from the argument down, e.g. `["input", "photos", "2", "url"]` or `["idempotencyKey"]`.',
    }),
    code: t.exposeString('code', { description: 'The rule, e.g. `SCRIPT_TOO_SHORT`, `TOO_MANY_PHOTOS`, `INVALID_URL`.' }),
    message: t.exposeString('message', { description: 'The rule and the value, in a sentence for people.' }),
  }),
});

builder.objectType(ValidationFailedError, {
  name: 'ValidationError',
  description: 'The input breaks one or more rules. Every broken rule is listed; nothing was sent to the provider unless the provider itself found the fault.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    violations: t.field({ type: [ViolationRef], resolve: (e) => e.violations, description: 'Each broken rule, with its path.' }),
  }),
});

builder.objectType(InsufficientBalanceError, {
  name: 'InsufficientBalanceError',
  description: 'The provider account lacks the tokens or credits this generation costs. Nothing was charged.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, resolve: (e) => e.provider, description: 'The provider whose account is short.' }),
    required: t.exposeInt('required', { nullable: true, description: 'What the generation costs, when the provider said.' }),
    balance: t.exposeInt('balance', { nullable: true, description: 'What the account has, when the provider said.' }),
  }),
});

builder.objectType(ConcurrencyLimitError, {
  name: 'ConcurrencyLimitError',
  description:
    "The provider plan's limit of tasks in flight is reached. Creates no longer return it: a create that finds the account full waits in the gateway's queue (QUEUED, with `queuePosition`). Kept so that existing clients' queries stay valid.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, resolve: (e) => e.provider, description: 'The provider whose limit is reached.' }),
    limit: t.exposeInt('limit', { nullable: true, description: 'Tasks the plan allows in flight at once.' }),
    inFlight: t.exposeInt('inFlight', { nullable: true, description: 'Tasks queued or processing now.' }),
  }),
});

builder.objectType(ProviderUnavailableError, {
  name: 'ProviderUnavailableError',
  description: 'The provider is down, too slow, or asked us to back off. Nothing was created; retry later.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, resolve: (e) => e.provider, description: 'The provider that could not be reached or asked to back off.' }),
    retryAfterSeconds: t.exposeFloat('retryAfterSeconds', { nullable: true, description: 'How long the provider asked us to wait, when it said.' }),
  }),
});

builder.objectType(ProviderRejectedError, {
  name: 'ProviderRejectedError',
  description: "The provider refused the request for a reason on the gateway's side (its credentials or plan). Retrying will not help; tell the operator.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, resolve: (e) => e.provider, description: 'The provider that refused.' }),
    providerCode: t.exposeString('providerCode', { nullable: true, description: "The provider's own error code." }),
  }),
});

builder.objectType(IdempotencyKeyReusedError, {
  name: 'IdempotencyKeyReusedError',
  description: 'This idempotency key was used before with a different input. Use a new key for a new request.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    idempotencyKey: t.exposeString('idempotencyKey', { description: 'The key that was sent, already bound to another input.' }),
  }),
});

builder.objectType(RateLimitedError, {
  name: 'RateLimitedError',
  description: 'You submit faster than your limit allows. Nothing was done and nothing was charged; retry after `retryAfterSeconds`.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', { description: 'Seconds until a retry is allowed.' }),
    limitPerMinute: t.int({ resolve: (e) => e.limit.perMinute, description: 'Submits allowed per minute on average.' }),
    burst: t.int({ resolve: (e) => e.limit.burst, description: 'Submits allowed at once, after a quiet spell.' }),
  }),
});

builder.objectType(TaskNotFoundError, {
  name: 'TaskNotFoundError',
  description: 'No task with this id exists for you.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ id: t.exposeID('id', { description: 'The id that was asked for.' }) }),
});

export const BudgetPeriodEnum = builder.enumType('BudgetPeriod', {
  description: 'The calendar period of a budget, in UTC.',
  values: { DAY: { description: 'A UTC day.' }, MONTH: { description: 'A UTC calendar month.' } } as const,
});

builder.objectType(BudgetExceededError, {
  name: 'BudgetExceededError',
  description:
    'This generation would take you over your budget for its unit in this period. Nothing was sent to the provider and nothing was charged. Your unfinished tasks hold their cost until they are charged or end, so what is `reserved` may come back.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    unit: t.field({ type: CostUnitEnum, resolve: (e) => e.budget.unit, description: 'The unit of the budget.' }),
    period: t.field({ type: BudgetPeriodEnum, resolve: (e) => e.budget.period, description: 'The period of the budget.' }),
    limit: t.int({ resolve: (e) => e.budget.limit, description: 'What you may spend per period.' }),
    spent: t.exposeInt('spent', { description: 'Charged so far this period.' }),
    reserved: t.exposeInt('reserved', { description: 'Held by your tasks not yet charged (waiting, or running at a provider that charges on success).' }),
    remaining: t.exposeInt('remaining', { description: '`limit - spent - reserved`, never below 0.' }),
    requested: t.exposeInt('requested', { description: 'What this generation costs.' }),
    resetsAt: t.field({ type: 'DateTime', resolve: (e) => e.resetsAt, description: 'When the next period starts.' }),
  }),
});

/** The errors any create mutation can return. */
const CREATE_ERRORS = [
  ValidationFailedError,
  InsufficientBalanceError,
  ConcurrencyLimitError,
  ProviderUnavailableError,
  ProviderRejectedError,
  IdempotencyKeyReusedError,
  RateLimitedError,
  BudgetExceededError,
];

/**
 * The errors-plugin options of a create mutation: its result union (`<union>`), the success type
 * (`Create<kind>Success { task }`), and every create error.
 */
export function createResultOptions(union: string, success: string, accepted: string) {
  return {
    types: CREATE_ERRORS,
    union: {
      name: union,
      description: `What ${success.replace(/Success$/, '').replace(/^Create/, 'create')} returns: \`${success}\` with the task, or one of the errors (all implement \`Error\`). Switch on \`__typename\`.`,
    },
    result: { name: success, description: `${accepted} Watch \`task\` move with \`Subscription.task\`.` },
    dataField: {
      name: 'task',
      description:
        "The new task, or the one this idempotency key already names. Usually QUEUED: at the provider, or waiting in the gateway's own queue for a free slot of the provider account (`queuePosition` set, `submittedAt` null, a WAITING_FOR_PROVIDER_SLOT history event), or with a SUBMIT_OUTCOME_UNKNOWN history event when the provider's answer to the submit was lost (it continues once the provider reports it).",
    },
  };
}

export const IDEMPOTENCY_KEY_DESCRIPTION =
  'Makes retries safe: the same key with the same input returns the same task and never charges twice; with another input it is an IdempotencyKeyReusedError.';

export const CALLBACK_URL_DESCRIPTION =
  "Where this task's webhooks go, instead of your client's endpoint: a signed POST (Standard Webhooks, your client's secret) on each status change (task.updated, task.succeeded, task.failed), retried until it answers 2xx. An http(s) URL; private, link-local and (outside open mode and the sandbox) loopback addresses are refused, as is a client without a webhook secret: a ValidationError on `callbackUrl`. Part of what an idempotency key is bound to.";

export const PRIORITY_DESCRIPTION =
  "Orders your own tasks while they wait in the gateway's queue for a free slot of the provider account: higher first (from -10 to 10, default 0). Clients are served in turn whatever their priorities.";
