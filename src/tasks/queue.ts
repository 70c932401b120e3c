import type { ProviderId } from './provider.ts';

/**
 * Our own queue in front of each provider account. A provider account allows so many tasks in
 * flight (VibePeak's plans: from `queued` until the task ends); a create that finds no free slot is
 * recorded and waits here, QUEUED with our own `queuePosition`, instead of failing with the
 * provider's 429. A slot is taken by moving a waiting task out of the queue (`TaskStore.admit`,
 * under a lock per account, so replicas never admit more than the account allows) and submitting it.
 *
 * Order (the same in the store's `admit` and in `queueOrder` below): round robin across clients
 * (the client whose last admission on this account is oldest goes first, so one client's burst
 * cannot starve another), and within a client, higher `priority` first, then first come first served.
 */

/** A task waiting in an account's queue. */
export interface QueueEntry {
  taskId: string;
  /** The provider account (the provider's id: one account per provider per gateway). */
  account: ProviderId;
  owner: string;
  /** Higher goes first among the client's own waiting tasks. */
  priority: number;
  /** Arrival order within the account (set by the store). */
  seq: number;
  enqueuedAt: string;
}

/** An account's queue as it is now: its waiting tasks, and each client's last turn (higher is more recent; absent: never). */
export interface QueueSnapshot {
  waiting: QueueEntry[];
  turns: Record<string, number>;
}

/** What the store knows of an account: for admission and metrics. */
export interface AccountState {
  account: ProviderId;
  waiting: number;
  /** Tasks the provider counts against the account: submitted (or being submitted) and not ended. */
  inFlight: number;
  /** The concurrency limit learned from the provider's last 429 (with `details.limit`, or what was in flight), while it is fresh. */
  learnedLimit: number | null;
  /** No submit before this (the provider's `Retry-After`). */
  heldUntil: string | null;
}

/** How admission treats an account: its configured limit (null: none configured), and how long a learned one holds. */
export interface AdmissionRule {
  configuredLimit: number | null;
  /** A limit learned from a 429 is trusted until this long after it was learned, then probed again. */
  learnedSince: Date;
  now: Date;
  /** The next status look of an admitted task: when its submit can no longer be in flight. */
  graceUntil: string;
  /** An admitted task's deadline: the provider's time counts from its submit, not from the wait in our queue. */
  deadlineAt: string;
}

/**
 * The order in which `snapshot`'s tasks would be admitted if nothing else arrived: the store's rule
 * applied again and again (pick the waiting task whose client's last turn is oldest, then highest
 * priority, then earliest; that client's turn becomes the newest). Returns task ids, first first.
 */
export function queueOrder(snapshot: QueueSnapshot): string[] {
  const byOwner = new Map<string, QueueEntry[]>();
  for (const e of snapshot.waiting) {
    const list = byOwner.get(e.owner) ?? [];
    list.push(e);
    byOwner.set(e.owner, list);
  }
  for (const list of byOwner.values()) list.sort((a, b) => b.priority - a.priority || a.seq - b.seq);
  const turns = new Map(Object.entries(snapshot.turns));
  let turn = Math.max(0, ...turns.values());
  const order: string[] = [];
  while (byOwner.size > 0) {
    let best: QueueEntry | null = null;
    let bestTurn = 0;
    for (const [owner, list] of byOwner) {
      const head = list[0]!;
      const t = turns.get(owner) ?? 0;
      if (!best || t < bestTurn || (t === bestTurn && (head.priority > best.priority || (head.priority === best.priority && head.seq < best.seq)))) {
        best = head;
        bestTurn = t;
      }
    }
    order.push(best!.taskId);
    const list = byOwner.get(best!.owner)!;
    list.shift();
    if (list.length === 0) byOwner.delete(best!.owner);
    turns.set(best!.owner, ++turn);
  }
  return order;
}
