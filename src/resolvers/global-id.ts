import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Task, TaskKind } from '../tasks/task.ts';

const KIND_OF_TYPENAME: Record<string, TaskKind> = { FlythroughVideoTask: 'FLYTHROUGH_VIDEO', PropertyVideoTask: 'PROPERTY_VIDEO' };

/** A task global id (`FlythroughVideoTask:<uuid>` or `PropertyVideoTask:<uuid>`), decoded; null for anything else. */
export function decodeTaskId(id: string): { uuid: string; kind: TaskKind } | null {
  try {
    const { typename, id: uuid } = decodeGlobalID(id);
    const kind = KIND_OF_TYPENAME[typename];
    return kind ? { uuid, kind } : null;
  } catch {
    return null;
  }
}

/** The task only if it is of the kind its id names: a flythrough id never reads a property task. */
export function ofKind(task: Task | null | undefined, kind: TaskKind): Task | null {
  return task && task.kind === kind ? task : null;
}
