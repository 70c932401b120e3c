import type { Outcome } from '../admin.ts';
import { ROOMAI, scaled, SLOW_FACTOR } from '../durations.ts';
import { randomId } from '../ids.ts';
import { phaseAt, type Job } from '../jobs.ts';
import { MEDIA } from '../media.ts';
import type { RoomAiStyle } from './request.ts';

export interface RoomAiJob extends Job {
  style: RoomAiStyle | undefined;
}

/** Tokens per video generation, charged on success only [seed, choice]. */
export const TOKENS_PER_VIDEO = 10;

const PREDICTIONS_PATH = '/api/v1/predictions/';

export function newJob(options: {
  apiKey: string;
  style: RoomAiStyle | undefined;
  outcome: Outcome;
  webhookUrl: string | undefined;
  timeScale: number;
  now: number;
}): RoomAiJob {
  const { now, outcome } = options;
  const job: RoomAiJob = {
    id: randomId('pred_'),
    apiKey: options.apiKey,
    createdAt: now,
    startAt: now,
    endAt: now + scaled(ROOMAI.processingSeconds * (outcome === 'slow' ? SLOW_FACTOR : 1), options.timeScale),
    outcome: outcome === 'fail' ? 'fail' : 'success',
    settled: false,
    style: options.style,
  };
  if (options.webhookUrl) {
    job.webhookUrl = options.webhookUrl;
    job.webhook = 'pending';
  }
  return job;
}

export function processingUrl(origin: string, job: RoomAiJob): string {
  return origin + PREDICTIONS_PATH + job.id;
}

/** The job id of a `processing_url`, whatever host it names; undefined when it is not one. */
export function jobIdOf(processingUrlValue: string): string | undefined {
  if (!URL.canParse(processingUrlValue)) return undefined;
  const { pathname } = new URL(processingUrlValue);
  return pathname.startsWith(PREDICTIONS_PATH) ? pathname.slice(PREDICTIONS_PATH.length) || undefined : undefined;
}

/** The final envelope of an ended job: the sync success body, or `GENERATION_FAILED`. */
export function finalBody(job: RoomAiJob, origin: string): Record<string, unknown> {
  if (job.outcome === 'fail') {
    return { status: 'error', error: { code: 'GENERATION_FAILED', message: 'The video could not be generated. Try another photo.' } };
  }
  return {
    status: 'success',
    result: {
      image_url: `${origin}/media/${MEDIA.flythroughVideo}?job=${job.id}`,
      model: 'video',
      tokens_used: TOKENS_PER_VIDEO,
      processing_time_ms: job.endAt - job.createdAt,
    },
  };
}

/** `/results` at `now`: processing with a growing percent, then the final envelope. */
export function resultsBody(job: RoomAiJob, origin: string, now: number): Record<string, unknown> {
  if (phaseAt(job, now) === 'processing') {
    const percent = Math.min(99, Math.floor(((now - job.startAt) / Math.max(1, job.endAt - job.startAt)) * 100));
    return { status: 'processing', processing_url: processingUrl(origin, job), progress: { state: 'processing', percent } };
  }
  return finalBody(job, origin);
}
