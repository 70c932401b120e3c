import { decodeGlobalID } from '@pothos/plugin-relay';
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

/** The task only if it is of the kind its id names: an id of one task type never reads a task of another. */
export function ofKind(task: Task | null | undefined, kind: TaskKind): Task | null {
  return task && task.kind === kind ? task : null;
}
