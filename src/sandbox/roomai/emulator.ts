import { Emulator, type EmulatorOptions } from '../emulator.ts';
import { ProviderError, validationError } from '../http/provider-error.ts';
import type { RequestContext, Reply } from '../http/server.ts';
import { probeImage } from '../images.ts';
import { ROOMAI_TOKENS } from '../keys.ts';
import { roomAiDialect } from './dialect.ts';
import { finalBody, jobIdOf, newJob, processingUrl, resultsBody, TOKENS_PER_VIDEO, type RoomAiJob } from './job.ts';
import { parseGenerateRequest } from './request.ts';

/**
 * Room AI's video model (docs/provider-contracts.md §1). Checks of `/generate`, in order: auth
 * (`INVALID_API_KEY`), fields (`VALIDATION_ERROR` / `INVALID_MODEL`), tokens
 * (`INSUFFICIENT_TOKENS`). The photo is then fetched (loopback only, like VibePeak's emulator):
 * Room AI documents no image error, so a photo it cannot read makes the job end `GENERATION_FAILED`.
 */
export class RoomAiEmulator {
  readonly core: Emulator<RoomAiJob>;
  #options: EmulatorOptions;

  constructor(options: EmulatorOptions) {
    this.#options = options;
    this.core = new Emulator<RoomAiJob>(options, {
      name: 'roomai',
      balances: ROOMAI_TOKENS,
      dialect: roomAiDialect,
      routes: [
        { method: 'POST', path: '/api/v1/generate', handle: (ctx) => this.#generate(ctx) },
        { method: 'GET', path: '/api/v1/results', handle: (ctx) => this.#results(ctx) },
      ],
      // Tokens are charged on success only [choice].
      onEnd: (job) => {
        if (job.outcome === 'success') this.core.state.charge(job.apiKey, TOKENS_PER_VIDEO);
      },
      // Unsigned [seed]: the final envelope plus processing_url.
      webhookFor: (job) => ({
        url: job.webhookUrl ?? '',
        body: JSON.stringify({ ...finalBody(job, this.core.origin), processing_url: processingUrl(this.core.origin, job) }),
        headers: () => ({}),
      }),
    });
  }

  async #generate(ctx: RequestContext): Promise<Reply> {
    const apiKey = this.#authenticate(ctx);
    const request = parseGenerateRequest(await ctx.body());
    const balance = this.core.state.balance(apiKey) ?? 0;
    if (balance < TOKENS_PER_VIDEO) {
      throw new ProviderError(402, 'INSUFFICIENT_TOKENS', 'Not enough tokens', { extra: { required: TOKENS_PER_VIDEO, balance } });
    }
    const photo = await probeImage(request.image, this.#options.scheduler.signal);
    const outcome = photo.ok ? this.core.state.takeOutcome(apiKey) : 'fail';
    const job = newJob({ apiKey, style: request.styles, outcome, webhookUrl: request.webhook, timeScale: this.#options.timeScale, now: Date.now() });
    this.core.state.jobs.add(job);
    if (job.webhookUrl) return { status: 200, body: { status: 'processing', processing_url: processingUrl(this.core.origin, job) } };
    // Without a webhook the provider holds the request until the result exists [docs].
    await this.core.state.jobs.whenSettled(job);
    const body = finalBody(job, this.core.origin);
    return { status: job.outcome === 'success' ? 200 : 500, body };
  }

  #results(ctx: RequestContext): Reply {
    const apiKey = this.#authenticate(ctx);
    const value = ctx.url.searchParams.get('processing_url');
    if (!value) throw validationError('processing_url', 'Invalid processing_url: required');
    const now = Date.now();
    this.core.state.jobs.settleDue(now);
    const job = this.core.state.jobs.get(jobIdOf(value) ?? '');
    if (!job || job.apiKey !== apiKey) throw new ProviderError(404, 'NOT_FOUND', 'No generation with this processing_url');
    return { status: 200, body: resultsBody(job, this.core.origin, now) };
  }

  #authenticate(ctx: RequestContext): string {
    const apiKey = ctx.bearer;
    if (!apiKey || !/^rai_(live|test)_/.test(apiKey) || !this.core.state.isKnownKey(apiKey)) {
      throw new ProviderError(401, 'INVALID_API_KEY', apiKey ? 'The API key is not valid' : 'Missing API key: send Authorization: Bearer <key>');
    }
    return apiKey;
  }
}
