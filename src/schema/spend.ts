import { budgets, cancelTask, usage } from '../resolvers/spend.ts';
import { TaskNotCancellableError, TaskNotFoundError } from '../tasks/errors.ts';
import type { Budget, UsageRow } from '../tasks/spend.ts';
import { builder } from './builder.ts';
import { CostUnitEnum, ProviderEnum } from './enums.ts';
import { BudgetPeriodEnum, ErrorInterface } from './errors.ts';
import { GenerationTask } from './task.ts';

/** Cancelling, budgets and usage: the client's side of our queue and the spend ledger (README, "Queue, budgets and usage"). */

const NotCancellableReasonEnum = builder.enumType('NotCancellableReason', {
  description: 'Why a task cannot be cancelled.',
  values: {
    ALREADY_ENDED: { description: 'It has already ended (SUCCEEDED, FAILED or CANCELLED).' },
    AT_PROVIDER: {
      description:
        "It is already at the provider, which offers no way to cancel it (neither Room AI nor VibePeak does): it runs on there, and is charged as the provider charges. Only tasks still waiting in the gateway's queue can be cancelled.",
    },
  } as const,
});

builder.objectType(TaskNotCancellableError, {
  name: 'TaskNotCancellableError',
  description: 'The task cannot be cancelled: `reason` says why. Nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    reason: t.field({ type: NotCancellableReasonEnum, resolve: (e) => e.reason, description: 'Why not.' }),
    task: t.field({ type: GenerationTask, resolve: (e) => e.task, description: 'The task as it is.' }),
  }),
});

builder.mutationField('cancelTask', (t) =>
  t.field({
    type: GenerationTask,
    description:
      "Cancels a task that still waits in the gateway's queue for a free slot of its provider account: at once, never sent to the provider, never charged (what it held against your budget is released). A task already at the provider cannot be cancelled, since neither provider has a way to: you get a TaskNotCancellableError saying so, and the task runs on.",
    errors: {
      types: [TaskNotFoundError, TaskNotCancellableError],
      union: {
        name: 'CancelTaskResult',
        description: 'What cancelTask returns: `CancelTaskSuccess` with the task, or one of the errors (all implement `Error`). Switch on `__typename`.',
      },
      result: { name: 'CancelTaskSuccess', description: 'The task, now CANCELLED.' },
      dataField: { name: 'task', description: 'The task, CANCELLED, with a CANCEL event in its history.' },
    },
    args: { id: t.arg.id({ required: true, description: "The task's global `id`." }) },
    resolve: (_, { id }, ctx) => cancelTask(ctx, String(id)),
  }),
);

const UsageGroupEnum = builder.enumType('UsageGroup', {
  description: 'What usage rows are summed by. The unit is always kept apart (credits and tokens do not add up).',
  values: {
    PROVIDER: { description: 'One row per provider.' },
    UNIT: { description: 'One row per unit (always applied).' },
    DAY: { description: 'One row per UTC day.' },
  } as const,
});

const UsageRowRef = builder.objectRef<UsageRow>('UsageRow').implement({
  description: 'The charges that share the grouped fields, summed; fields not grouped by are null.',
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, nullable: true, resolve: (r) => r.provider, description: 'With PROVIDER grouping.' }),
    unit: t.field({ type: CostUnitEnum, resolve: (r) => r.unit!, description: 'The unit of `amount`.' }),
    day: t.string({ nullable: true, resolve: (r) => r.day, description: 'With DAY grouping: the UTC day, `YYYY-MM-DD`.' }),
    amount: t.exposeInt('amount', { description: 'Charged, net of refunds.' }),
    charges: t.exposeInt('charges', { description: 'How many tasks were charged.' }),
  }),
});

const UsageReportRef = builder.objectRef<{ from: Date; to: Date; groupBy: readonly string[]; rows: UsageRow[]; totals: UsageRow[] }>('UsageReport').implement({
  description: 'What you were charged in a time range, from the spend ledger: every charge the providers took for your tasks.',
  fields: (t) => ({
    from: t.field({ type: 'DateTime', resolve: (r) => r.from.toISOString(), description: 'Start of the range (included).' }),
    to: t.field({ type: 'DateTime', resolve: (r) => r.to.toISOString(), description: 'End of the range (excluded).' }),
    rows: t.field({ type: [UsageRowRef], resolve: (r) => r.rows, description: 'Sums by the chosen grouping, ordered by day, provider, unit.' }),
    totals: t.field({ type: [UsageRowRef], resolve: (r) => r.totals, description: 'One sum per unit over the whole range.' }),
  }),
});

const BudgetRef = builder
  .objectRef<Budget & { spent: number; reserved: number; remaining: number; periodStart: string; resetsAt: string }>('Budget')
  .implement({
    description: 'One of your budgets as it stands now. A create that would go over it is refused (BudgetExceededError) before anything reaches the provider.',
    fields: (t) => ({
      unit: t.field({ type: CostUnitEnum, resolve: (b) => b.unit, description: 'What it caps.' }),
      period: t.field({ type: BudgetPeriodEnum, resolve: (b) => b.period, description: 'Per UTC day or calendar month.' }),
      limit: t.exposeInt('limit', { description: 'What you may spend per period.' }),
      spent: t.exposeInt('spent', { description: 'Charged so far this period.' }),
      reserved: t.exposeInt('reserved', { description: 'Held by your tasks not yet charged.' }),
      remaining: t.exposeInt('remaining', { description: '`limit - spent - reserved`, never below 0.' }),
      periodStart: t.field({ type: 'DateTime', resolve: (b) => b.periodStart, description: 'When this period started.' }),
      resetsAt: t.field({ type: 'DateTime', resolve: (b) => b.resetsAt, description: 'When the next period starts.' }),
    }),
  });

builder.queryFields((t) => ({
  usage: t.field({
    type: UsageReportRef,
    description: 'What the providers charged for your tasks between `from` (included) and `to` (excluded), at most 366 days apart.',
    args: {
      from: t.arg({ type: 'DateTime', required: true, description: 'Start of the range.' }),
      to: t.arg({ type: 'DateTime', required: true, description: 'End of the range.' }),
      groupBy: t.arg({
        type: [UsageGroupEnum],
        required: false,
        description: 'How rows are summed; by unit only when omitted. E.g. `[PROVIDER, DAY]`.',
      }),
    },
    resolve: (_, { from, to, groupBy }, ctx) => usage(ctx, new Date(from), new Date(to), groupBy ?? []),
  }),
  budgets: t.field({
    type: [BudgetRef],
    description: 'Your budgets (set by the operator, `CLIENT_BUDGETS`) as they stand now; empty when you have none.',
    resolve: (_, __, ctx) => budgets(ctx),
  }),
}));
