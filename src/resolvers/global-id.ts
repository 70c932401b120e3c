import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { PROVIDERS } from '../providers/index.ts';
import { isUuid } from '../tasks/store.ts';
import type { Task, TaskKind } from '../tasks/task.ts';

/** Each registered provider's task type and the kind it holds. */
const KIND_OF_TYPENAME: ReadonlyMap<string, TaskKind> = new Map(PROVIDERS.map((p) => [p.typename, p.descriptor.kind]));
const TYPENAME_OF_KIND: ReadonlyMap<TaskKind, string> = new Map(PROVIDERS.map((p) => [p.descriptor.kind, p.typename]));

/** A task global id (`<TaskType>:<uuid>`, e.g. `FlythroughVideoTask:<uuid>`), decoded; null for anything else. */
export function decodeTaskId(id: string): { uuid: string; kind: TaskKind } | null {
  try {
    const { typename, id: uuid } = decodeGlobalID(id);
    const kind = KIND_OF_TYPENAME.get(typename);
    // A well-formed global id around something that is not a task id names no task (never a store error).
    return kind && isUuid(uuid) ? { uuid, kind } : null;
  } catch {
    return null;
  }
}

/** The GraphQL type of a task of `kind`. */
export function typenameOfKind(kind: TaskKind): string {
  const typename = TYPENAME_OF_KIND.get(kind);
  if (!typename) throw new Error(`no provider is registered for task kind ${kind}`);
  return typename;
}

/** A task's global id and GraphQL type, as the API shows them (outgoing webhooks' payloads use them too). */
export function identifyTask(task: Pick<Task, 'id' | 'kind'>): { id: string; typename: string } {
  const typename = typenameOfKind(task.kind);
  return { id: encodeGlobalID(typename, task.id), typename };
}

/** The GraphQL type of webhook deliveries, which their global ids start with. */
export const WEBHOOK_DELIVERY_TYPENAME = 'WebhookDelivery';

/** A webhook delivery's global id (`WebhookDelivery:<uuid>`), decoded to its uuid; null for anything else. */
export function decodeDeliveryId(id: string): string | null {
  try {
    const { typename, id: uuid } = decodeGlobalID(id);
    return typename === WEBHOOK_DELIVERY_TYPENAME && isUuid(uuid) ? uuid : null;
  } catch {
    return null;
  }
}

/** The task only if it is of the kind its id names: an id of one task type never reads a task of another. */
export function ofKind(task: Task | null | undefined, kind: TaskKind): Task | null {
  return task && task.kind === kind ? task : null;
}
