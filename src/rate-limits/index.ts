import type { Logger } from '../log.ts';
import type { RateLimiter } from '../tasks/rate-limits.ts';
import { LocalRateLimiter } from './local.ts';

/** Rate limits shared through Redis when `REDIS_URL` is set (replicas), else within this process. */
export async function openRateLimiter(redisUrl: string | undefined, prefix: string, logger: Logger): Promise<RateLimiter> {
  if (!redisUrl) return new LocalRateLimiter();
  const { RedisRateLimiter } = await import('./redis.ts');
  return RedisRateLimiter.connect({ url: redisUrl, prefix, logger });
}
