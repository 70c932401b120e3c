import type { Outcome } from '../admin.ts';
import { scaled, SLOW_FACTOR, VIBEPEAK_LIVE, VIBEPEAK_TEST } from '../durations.ts';
import { randomId } from '../ids.ts';
import { phaseAt, type Job } from '../jobs.ts';
import { MEDIA, PROPERTY_VIDEO_SECONDS } from '../media.ts';
import type { LivingPropertyRequest } from './request.ts';

export interface VibePeakTask extends Job {
  livemode: boolean;
  imageCount: number;
  modificationMode: LivingPropertyRequest['modification_mode'];
  creditsCharged: number;
}

/** Credits per request, charged at creation for live keys, never refunded [seed]. */
export const CREDITS_PER_TASK = 10;
/** `Retry-After` and `_links.poll_interval_seconds` of a new task [seed]. */
export const POLL_INTERVAL_SECONDS = 30;
/** Results are hosted for 7 days [docs]. */
const RESULT_TTL_MS = 7 * 24 * 3600 * 1000;

/** Plans a new task's timeline from the contract durations (see durations.ts). */
export function newTask(options: {
  apiKey: string;
  livemode: boolean;
  request: LivingPropertyRequest;
  outcome: Outcome;
  timeScale: number;
  now: number;
}): VibePeakTask {
  const { request, outcome, timeScale, now, livemode } = options;
  const slow = outcome === 'slow' ? SLOW_FACTOR : 1;
  let queuedSeconds: number;
  let processingSeconds: number;
  if (livemode) {
    const staging = request.modification_mode === 'no_modify' ? 1 : VIBEPEAK_LIVE.stagingFactor;
    queuedSeconds = VIBEPEAK_LIVE.queuedSeconds;
    processingSeconds = (VIBEPEAK_LIVE.processingBaseSeconds + VIBEPEAK_LIVE.perImageSeconds * request.images.length) * staging;
  } else {
    queuedSeconds = VIBEPEAK_TEST.queuedSeconds;
    processingSeconds = VIBEPEAK_TEST.processingSeconds;
  }
  const startAt = now + scaled(queuedSeconds * slow, timeScale);
  const endAt = startAt + scaled(processingSeconds * slow, timeScale);
  const task: VibePeakTask = {
    id: randomId('task_'),
    apiKey: options.apiKey,
    livemode,
    createdAt: now,
    startAt,
    endAt,
    outcome: outcome === 'fail' ? 'fail' : 'success',
    settled: false,
    imageCount: request.images.length,
    modificationMode: request.modification_mode,
    creditsCharged: livemode ? CREDITS_PER_TASK : 0,
  };
  if (request.webhook_url) {
    task.webhookUrl = request.webhook_url;
    task.webhook = 'pending';
  }
  return task;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The Get Task body at `now` (contract §2): `queue_position` and `estimated_completion` while
 * queued, `started_at` from processing on, `completed_at` with `result` or `error` at the end.
 */
export function taskBody(task: VibePeakTask, now: number, origin: string, queuePosition: number): Record<string, unknown> {
  const phase = phaseAt(task, now);
  const body: Record<string, unknown> = {
    task_id: task.id,
    status: phase === 'succeeded' ? 'completed' : phase,
    created_at: iso(task.createdAt),
    livemode: task.livemode,
  };
  if (phase === 'queued') {
    body.queue_position = queuePosition;
    body.estimated_completion = iso(task.endAt);
    return body;
  }
  body.started_at = iso(task.startAt);
  if (phase === 'processing') return body;
  body.completed_at = iso(task.endAt);
  if (phase === 'succeeded') {
    body.result = {
      video_url: `${origin}/media/${MEDIA.propertyVideo}?task=${task.id}`,
      cover_image_url: `${origin}/media/${MEDIA.coverImage}?task=${task.id}`,
      duration_seconds: PROPERTY_VIDEO_SECONDS,
      resolution: '1080p',
      expires_at: iso(task.endAt + RESULT_TTL_MS),
    };
  } else {
    body.error = {
      code: 'IMAGE_PROCESSING_FAILED',
      message: 'One of the images could not be processed. Try again with different photos.',
    };
  }
  return body;
}
