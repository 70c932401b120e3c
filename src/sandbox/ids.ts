import { randomBytes } from 'node:crypto';

/** `prefix` + random lowercase hex: request ids (`req_…`), task ids (`task_…`), job ids. */
export function randomId(prefix: string, bytes = 12): string {
  return prefix + randomBytes(bytes).toString('hex');
}
