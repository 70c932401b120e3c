import { Redis } from 'ioredis';
import type { Logger } from '../log.ts';
import { type RateDecision, type RateLimiter, type RateRule, retryAfterSeconds } from '../tasks/rate-limits.ts';

/**
 * Rate limits shared by every replica: the GCRA step (`tasks/rate-limits.ts`) as one Lua script, so
 * that each take is atomic and uses Redis's clock, not the replicas'. A key expires once its
 * allowance is full again. While Redis is unreachable, takes are allowed (and logged once):
 * a limiter must not take the API down with it.
 */
const SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local nxt = tat + interval
local allow_at = nxt - interval * burst
if now < allow_at then return allow_at - now end
redis.call('SET', KEYS[1], tostring(nxt), 'PX', math.max(1, math.ceil(nxt - now)))
return -1
`;

export class RedisRateLimiter implements RateLimiter {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #log: Logger;
  #failing = false;

  private constructor(redis: Redis, prefix: string, logger: Logger) {
    this.#redis = redis;
    this.#prefix = prefix;
    this.#log = logger;
  }

  /** Connects before the gateway takes requests, so its first takes are already shared. */
  static async connect(options: { url: string; prefix: string; logger: Logger; connectTimeoutMs?: number }): Promise<RedisRateLimiter> {
    const redis = new Redis(options.url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: options.connectTimeoutMs ?? 10_000,
    });
    redis.on('error', () => {});
    try {
      await redis.connect();
    } catch (err) {
      redis.disconnect();
      throw new Error(`REDIS_URL: cannot connect for rate limits (${(err as Error).message})`);
    }
    return new RedisRateLimiter(redis, options.prefix, options.logger);
  }

  async take(key: string, rule: RateRule): Promise<RateDecision> {
    if (rule.perMinute <= 0) return { allowed: true };
    try {
      const waitMs = Number(await this.#redis.eval(SCRIPT, 1, `${this.#prefix}${key}`, String(60_000 / rule.perMinute), String(Math.max(1, rule.burst))));
      if (this.#failing) {
        this.#failing = false;
        this.#log.info('rate limits reach Redis again');
      }
      return waitMs < 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: retryAfterSeconds(waitMs) };
    } catch (err) {
      if (!this.#failing) {
        this.#failing = true;
        this.#log.warn('rate limits cannot reach Redis: allowing requests until it is back', { err });
      }
      return { allowed: true };
    }
  }

  async close(): Promise<void> {
    this.#redis.disconnect();
  }
}
