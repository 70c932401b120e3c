import { request } from 'undici';
import type { Logger } from '../log.ts';
import { scaled, WEBHOOK_RETRY } from './durations.ts';
import { isLoopbackHost, parseHttpUrl } from './loopback.ts';
import type { Scheduler } from './scheduler.ts';

export interface WebhookMessage {
  url: string;
  body: string;
  /** Headers of one attempt, made anew per attempt (VibePeak signs each with a fresh timestamp). */
  headers(): Record<string, string>;
}

export interface WebhookContext {
  scheduler: Scheduler;
  timeScale: number;
  logger: Logger;
}

/** Delivery happens only to https URLs or to loopback hosts (the gateway's local address is http). */
export function isDeliverableWebhookUrl(value: string): boolean {
  const url = parseHttpUrl(value);
  return url !== undefined && (url.protocol === 'https:' || isLoopbackHost(url.hostname));
}

/**
 * POSTs a webhook: a 2xx answer is delivered; anything else (status, timeout, socket error) is
 * retried up to `WEBHOOK_RETRY.maxRetries` times with exponential backoff scaled by `timeScale`.
 * Resolves true when delivered, false when it gave up or the sandbox stopped.
 */
export async function deliverWebhook(message: WebhookMessage, context: WebhookContext): Promise<boolean> {
  const { scheduler, timeScale, logger } = context;
  if (!isDeliverableWebhookUrl(message.url)) {
    logger.warn('webhook not delivered: only https or loopback URLs', { url: loggable(message.url) });
    return false;
  }
  for (let attempt = 0; attempt <= WEBHOOK_RETRY.maxRetries; attempt++) {
    if (attempt > 0) {
      const delay = Math.max(WEBHOOK_RETRY.minDelayMs, scaled(WEBHOOK_RETRY.baseDelaySeconds * 2 ** (attempt - 1), timeScale));
      try {
        await scheduler.sleep(delay);
      } catch {
        return false;
      }
    }
    const outcome = await attemptOnce(message, scheduler.signal);
    if (outcome === 'delivered') return true;
    if (scheduler.signal.aborted) return false;
    logger.info('webhook attempt failed', { url: loggable(message.url), attempt: attempt + 1, outcome });
  }
  logger.warn('webhook gave up', { url: loggable(message.url), attempts: WEBHOOK_RETRY.maxRetries + 1 });
  return false;
}

async function attemptOnce(message: WebhookMessage, stopped: AbortSignal): Promise<string> {
  try {
    const res = await request(message.url, {
      method: 'POST',
      body: message.body,
      headers: { 'content-type': 'application/json', 'user-agent': 'tourgraph-sandbox', ...message.headers() },
      headersTimeout: WEBHOOK_RETRY.timeoutMs,
      bodyTimeout: WEBHOOK_RETRY.timeoutMs,
      signal: AbortSignal.any([stopped, AbortSignal.timeout(WEBHOOK_RETRY.timeoutMs)]),
    });
    await res.body.dump();
    return res.statusCode >= 200 && res.statusCode < 300 ? 'delivered' : `HTTP ${res.statusCode}`;
  } catch (error) {
    return (error as { code?: string }).code ?? (error as Error).name;
  }
}

/** A webhook URL fit for a log line: a receiver's per-task token (a long path segment) and any query are secrets. */
export function loggable(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname
      .split('/')
      .map((segment) => (segment.length >= 16 ? ':token' : segment))
      .join('/');
    return `${u.origin}${path}`;
  } catch {
    return '(not a URL)';
  }
}
