import { decodeGlobalID } from '@pothos/plugin-relay';

export const TASK_TYPENAMES = ['FlythroughVideoTask', 'PropertyVideoTask'] as const;

/** Tasks have `FlythroughVideoTask:<uuid>` or `PropertyVideoTask:<uuid>` global ids; anything else reads as absent. */
export function taskUuidFromGlobalId(id: string): string | null {
  try {
    const { typename, id: uuid } = decodeGlobalID(id);
    return (TASK_TYPENAMES as readonly string[]).includes(typename) ? uuid : null;
  } catch {
    return null;
  }
}
