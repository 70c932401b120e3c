import { randomUUID } from 'node:crypto';
import type { ProviderId } from './provider.ts';
import type { Task } from './task.ts';

/**
 * What providers charged, and what clients may spend: the ledger (one entry per charge, written in
 * the same transaction as the task change that causes it) and the budgets checked against it.
 */

/** One charge (or a refund, negative) of a provider account for one task. */
export interface LedgerEntry {
  id: string;
  taskId: string;
  /** The gateway client whose task it is. */
  owner: string;
  provider: ProviderId;
  /** Which of the provider's accounts: a fingerprint of its key (`sha256:…`), never the key. */
  account: string;
  /** The provider's unit (`CREDITS`, `TOKENS`). */
  unit: string;
  /** Positive for a charge, negative for a refund. */
  amount: number;
  kind: 'CHARGE' | 'REFUND';
  at: string;
}

/**
 * The ledger entries a change of a task from `before` to `after` causes: a charge when the provider
 * has now charged it (VibePeak at creation, Room AI on success). A task is charged at most once:
 * the store also refuses a second CHARGE of one task.
 */
export function ledgerEntriesFor(before: Task, after: Task, account: string, now: Date): LedgerEntry[] {
  if (before.charged || !after.charged || after.cost.amount <= 0) return [];
  return [
    {
      id: randomUUID(),
      taskId: after.id,
      owner: after.owner,
      provider: after.provider,
      account,
      unit: after.cost.unit,
      amount: after.cost.amount,
      kind: 'CHARGE',
      at: now.toISOString(),
    },
  ];
}

/** What a task holds against its client's budget: its cost, from creation until it is charged or ends. */
export function reservedBy(task: Task): number {
  const ended = task.status === 'SUCCEEDED' || task.status === 'FAILED' || task.status === 'CANCELLED';
  return ended || task.charged ? 0 : task.cost.amount;
}

export type BudgetPeriod = 'DAY' | 'MONTH';

/** A client's cap on one unit per calendar period (UTC). */
export interface Budget {
  unit: string;
  limit: number;
  period: BudgetPeriod;
}

/** When the period holding `now` started and when it ends (UTC calendar days and months). */
export function periodOf(period: BudgetPeriod, now: Date): { start: Date; end: Date } {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  if (period === 'MONTH') return { start: new Date(Date.UTC(y, m, 1)), end: new Date(Date.UTC(y, m + 1, 1)) };
  const d = now.getUTCDate();
  return { start: new Date(Date.UTC(y, m, d)), end: new Date(Date.UTC(y, m, d + 1)) };
}

/** One budget as the store checks it when a task is recorded: spent since `since` plus reserved plus the new cost must stay within `limit`. */
export interface BudgetGuard {
  budget: Budget;
  since: string;
}

/** How much of a budget is used: charged in the period, and held by tasks not yet charged. */
export interface BudgetUse {
  spent: number;
  reserved: number;
}

/** A budget guard refused a new task (raised by the store, in the transaction that would have recorded it). */
export class BudgetGuardError extends Error {
  override name = 'BudgetGuardError';
  readonly guard: BudgetGuard;
  readonly use: BudgetUse;
  constructor(guard: BudgetGuard, use: BudgetUse) {
    super(`budget of ${guard.budget.limit} ${guard.budget.unit} per ${guard.budget.period.toLowerCase()} would be exceeded`);
    this.guard = guard;
    this.use = use;
  }
}

export type UsageGroup = 'PROVIDER' | 'UNIT' | 'DAY';

/** One row of a usage report: the sum of the entries that share the grouped fields (the others null). */
export interface UsageRow {
  provider: ProviderId | null;
  unit: string | null;
  /** `YYYY-MM-DD` (UTC). */
  day: string | null;
  amount: number;
  charges: number;
}

/**
 * Sums ledger entries by the chosen fields; the unit is always kept apart (credits and tokens do not
 * add up), so grouping without UNIT still splits by unit. Rows are sorted by day, provider, unit.
 */
export function summarize(entries: readonly Pick<LedgerEntry, 'provider' | 'unit' | 'amount' | 'at' | 'kind'>[], groupBy: readonly UsageGroup[]): UsageRow[] {
  const by = new Set(groupBy);
  const rows = new Map<string, UsageRow>();
  for (const e of entries) {
    const row: UsageRow = {
      provider: by.has('PROVIDER') ? e.provider : null,
      unit: e.unit,
      day: by.has('DAY') ? e.at.slice(0, 10) : null,
      amount: 0,
      charges: 0,
    };
    const key = `${row.day}|${row.provider}|${row.unit}`;
    const existing = rows.get(key) ?? row;
    existing.amount += e.amount;
    if (e.kind === 'CHARGE') existing.charges += 1;
    rows.set(key, existing);
  }
  const text = (s: string | null) => s ?? '';
  return [...rows.values()].sort(
    (a, b) => text(a.day).localeCompare(text(b.day)) || text(a.provider).localeCompare(text(b.provider)) || text(a.unit).localeCompare(text(b.unit)),
  );
}
