import type { Logger } from '../log.ts';
import type { TaskEvents } from '../tasks/events.ts';
import { LocalTaskEvents } from './local.ts';

/** Task events through Redis when `REDIS_URL` is set (replicas), else within this process. */
export async function openEvents(redisUrl: string | undefined, logger: Logger, channel?: string): Promise<TaskEvents> {
  if (!redisUrl) return new LocalTaskEvents();
  // Loaded only when configured: a single process starts without ioredis.
  const { RedisTaskEvents } = await import('./redis.ts');
  return RedisTaskEvents.connect({ url: redisUrl, logger, channel });
}
