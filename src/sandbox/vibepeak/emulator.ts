import { Emulator, type EmulatorOptions } from '../emulator.ts';
import { ProviderError } from '../http/provider-error.ts';
import type { RequestContext, Reply } from '../http/server.ts';
import { probeImage } from '../images.ts';
import { isRunning, phaseAt } from '../jobs.ts';
import { PLAN_CONCURRENCY, SHARED_VOICES, VIBEPEAK_ACCOUNTS, SANDBOX_VOICES, sandboxWebhookSecret, type VibePeakAccount } from '../keys.ts';
import { vibePeakDialect } from './dialect.ts';
import { parseLivingPropertyRequest, type LivingPropertyRequest } from './request.ts';
import { CREDITS_PER_TASK, newTask, POLL_INTERVAL_SECONDS, taskBody, type VibePeakTask } from './task.ts';
import { vibePeakWebhook } from './webhook.ts';

/** The HD floor [seed]. */
export const HD_FLOOR = { longSide: 1280, shortSide: 720 } as const;

/**
 * VibePeak's API (docs/provider-contracts.md §2). Checks of a create request, in order — all cheap
 * static checks first, then lookups, then network, and anything that costs last, so a bad
 * request never costs a credit nor takes a concurrency slot:
 * 1. auth (`INVALID_API_KEY`, `API_KEY_REVOKED`), then the plan's API access (`PLAN_REQUIRED`);
 * 2. body and fields (`VALIDATION_ERROR` with `details.field`, `SCRIPT_*`);
 * 3. voice (`VOICE_NOT_FOUND`, `VOICE_ACCESS_DENIED`);
 * 4. images, fetched (`INVALID_IMAGE_URL`, `IMAGE_RESOLUTION_TOO_LOW`);
 * 5. live keys only: concurrency (`CONCURRENCY_LIMIT_EXCEEDED`), then credits (`INSUFFICIENT_CREDITS`).
 */
export class VibePeakEmulator {
  readonly core: Emulator<VibePeakTask>;
  #options: EmulatorOptions;

  constructor(options: EmulatorOptions) {
    this.#options = options;
    this.core = new Emulator<VibePeakTask>(options, {
      name: 'vibepeak',
      balances: Object.fromEntries(Object.entries(VIBEPEAK_ACCOUNTS).map(([key, account]) => [key, account.credits])),
      dialect: vibePeakDialect,
      routes: [
        { method: 'POST', path: '/v1/real-estate/living-property', successStatus: 202, handle: (ctx) => this.#create(ctx) },
        { method: 'GET', path: '/v1/tasks/:id', handle: (ctx) => this.#getTask(ctx) },
        { method: 'GET', path: '/health', handle: () => ({ status: 200, body: { status: 'ok' } }) },
      ],
      webhookFor: (task) => vibePeakWebhook(task.webhookUrl ?? '', this.#body(task, Math.max(Date.now(), task.endAt)), sandboxWebhookSecret(task.apiKey)),
    });
  }

  async #create(ctx: RequestContext): Promise<Reply> {
    const { apiKey, account } = this.#authenticate(ctx);
    const request = parseLivingPropertyRequest(await ctx.body());
    checkVoice(request.voice.voice_id);
    await checkImages(request, this.#options.scheduler.signal);
    const now = Date.now();
    this.core.state.jobs.settleDue(now);
    const livemode = account.mode === 'live';
    if (livemode) {
      const limit = PLAN_CONCURRENCY[account.plan];
      const inFlight = this.core.state.jobs.all().filter((t) => t.apiKey === apiKey && isRunning(t, now)).length;
      if (inFlight >= limit) {
        throw new ProviderError(429, 'CONCURRENCY_LIMIT_EXCEEDED', `Your plan allows ${limit} concurrent task(s)`, {
          details: { limit, in_flight: inFlight, plan: account.plan },
        });
      }
      const balance = this.core.state.balance(apiKey) ?? 0;
      if (balance < CREDITS_PER_TASK) {
        throw new ProviderError(402, 'INSUFFICIENT_CREDITS', 'Not enough credits to process the request', {
          details: { required: CREDITS_PER_TASK, balance },
        });
      }
    }
    // test_scenario is honoured for test keys only and silently ignored for live ones [seed].
    const outcome = livemode ? this.core.state.takeOutcome(apiKey) : (request.test_scenario ?? 'success');
    const task = newTask({ apiKey, livemode, request, outcome, timeScale: this.#options.timeScale, now });
    if (livemode) this.core.state.charge(apiKey, CREDITS_PER_TASK);
    this.core.state.jobs.add(task);
    this.core.state.counters.inFlight(apiKey, this.core.state.jobs.all().filter((t) => t.apiKey === apiKey && isRunning(t, now)).length);
    const self = `/v1/tasks/${task.id}`;
    return {
      status: 202,
      headers: { location: self, 'retry-after': String(POLL_INTERVAL_SECONDS) },
      body: {
        task_id: task.id,
        status: 'queued',
        message: 'Real estate video generation request accepted',
        created_at: new Date(task.createdAt).toISOString(),
        credits_charged: task.creditsCharged,
        livemode,
        request_id: ctx.requestId,
        _links: { self, poll_interval_seconds: POLL_INTERVAL_SECONDS },
      },
    };
  }

  #getTask(ctx: RequestContext): Reply {
    const { apiKey } = this.#authenticate(ctx);
    const now = Date.now();
    this.core.state.jobs.settleDue(now);
    const task = this.core.state.jobs.get(ctx.params.id ?? '');
    // Another key's task, and so the other mode's, reads as missing [docs].
    if (!task || task.apiKey !== apiKey) {
      throw new ProviderError(404, 'TASK_NOT_FOUND', 'No task with this id', { details: { task_id: ctx.params.id } });
    }
    return { status: 200, body: this.#body(task, now) };
  }

  #authenticate(ctx: RequestContext): { apiKey: string; account: VibePeakAccount } {
    const apiKey = ctx.bearer;
    const account = apiKey ? VIBEPEAK_ACCOUNTS[apiKey] : undefined;
    if (!apiKey || !account) {
      throw new ProviderError(401, 'INVALID_API_KEY', apiKey ? 'The API key is not valid' : 'Missing API key: send Authorization: Bearer <key>');
    }
    if (account.revoked) throw new ProviderError(401, 'API_KEY_REVOKED', 'The API key has been revoked');
    if (PLAN_CONCURRENCY[account.plan] === 0) {
      throw new ProviderError(403, 'PLAN_REQUIRED', 'Your plan does not include API access');
    }
    return { apiKey, account };
  }

  #body(task: VibePeakTask, now: number): Record<string, unknown> {
    const ahead = this.core.state.jobs.all().filter((t) => t.livemode === task.livemode && phaseAt(t, now) === 'queued' && t.startAt < task.startAt).length;
    return taskBody(task, now, this.core.origin, ahead + 1);
  }
}

function checkVoice(voiceId: string): void {
  if (SHARED_VOICES.has(voiceId)) return;
  const details = { field: 'voice.voice_id', voice_id: voiceId };
  if (voiceId === SANDBOX_VOICES.privateVoice) {
    throw new ProviderError(403, 'VOICE_ACCESS_DENIED', 'This voice is not shared with your account', { details });
  }
  throw new ProviderError(404, 'VOICE_NOT_FOUND', 'No voice with this id', { details });
}

/** Fetches every image at once, then reports the first problem in image order. */
async function checkImages(request: LivingPropertyRequest, signal: AbortSignal): Promise<void> {
  const probes = await Promise.all(request.images.map((image) => probeImage(image.url, signal)));
  for (const [index, probe] of probes.entries()) {
    const field = `images[${index}].url`;
    if (!probe.ok) {
      throw new ProviderError(400, 'INVALID_IMAGE_URL', `Image ${index + 1} is inaccessible or invalid: ${probe.reason}`, {
        details: { field, index, url: request.images[index]?.url },
      });
    }
    const long = Math.max(probe.width, probe.height);
    const short = Math.min(probe.width, probe.height);
    if (long < HD_FLOOR.longSide || short < HD_FLOOR.shortSide) {
      throw new ProviderError(
        400,
        'IMAGE_RESOLUTION_TOO_LOW',
        `Image ${index + 1} is ${probe.width}×${probe.height}; the HD floor is long side ≥ 1280 px and short side ≥ 720 px`,
        {
          details: { field, index, width: probe.width, height: probe.height, min_long_side: HD_FLOOR.longSide, min_short_side: HD_FLOOR.shortSide },
        },
      );
    }
  }
}
