import type { Logger } from '../log.ts';
import type { TaskEvents } from '../tasks/events.ts';
import { LocalTaskEvents } from './local.ts';
import { RedisTaskEvents } from './redis.ts';

/** Task events through Redis when `REDIS_URL` is set (replicas), else within this process. */
export async function openEvents(redisUrl: string | undefined, logger: Logger): Promise<TaskEvents> {
  return redisUrl ? RedisTaskEvents.connect({ url: redisUrl, logger }) : new LocalTaskEvents();
}
