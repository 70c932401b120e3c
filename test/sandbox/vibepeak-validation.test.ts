import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { call, propertyRequest, script, type Answer, type VibePeakBody } from './helpers.ts';

const keys = SANDBOX_KEYS.vibepeak;
let sandbox: Sandbox;
let create: (body: unknown, key?: string) => Promise<Answer<VibePeakBody>>;

beforeAll(async () => {
  sandbox = await startSandbox({ timeScale: 0.001 });
  create = (body, key = keys.test) => call<VibePeakBody>(`${sandbox.vibepeak.baseUrl}/v1/real-estate/living-property`, { key, body });
});
afterAll(() => sandbox.stop());

/** Asserts VibePeak's error envelope, its request id matching the header, and the details. */
function expectError(answer: Answer<VibePeakBody>, status: number, code: string, details?: Record<string, unknown>): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.json.error).toMatchObject({ code, message: expect.any(String), request_id: expect.stringMatching(/^req_/) });
  expect(answer.json.error!.request_id).toBe(answer.headers['x-request-id']);
  expect(answer.json.error!.details).toBeTypeOf('object');
  if (details) expect(answer.json.error!.details).toMatchObject(details);
}

describe('VibePeak auth, plan and routes', () => {
  it('answers 401 INVALID_API_KEY for a missing, malformed or unknown key', async () => {
    expectError(await create(propertyRequest(sandbox), ''), 401, 'INVALID_API_KEY');
    expectError(await call<VibePeakBody>(`${sandbox.vibepeak.baseUrl}/v1/tasks/task_x`, { headers: { authorization: 'Basic abc' } }), 401, 'INVALID_API_KEY');
    expectError(await create(propertyRequest(sandbox), 'vpk_live_unknown'), 401, 'INVALID_API_KEY');
  });

  it('answers 401 API_KEY_REVOKED and 403 PLAN_REQUIRED', async () => {
    expectError(await create(propertyRequest(sandbox), keys.revoked), 401, 'API_KEY_REVOKED');
    expectError(await create(propertyRequest(sandbox), keys.noPlan), 403, 'PLAN_REQUIRED');
  });

  it('serves GET /health without auth, 404 TASK_NOT_FOUND and 404/405 for unknown routes', async () => {
    const health = await call(`${sandbox.vibepeak.baseUrl}/health`);
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ status: 'ok' });
    expectError(await call<VibePeakBody>(`${sandbox.vibepeak.baseUrl}/v1/tasks/task_missing`, { key: keys.test }), 404, 'TASK_NOT_FOUND');
    expectError(await call<VibePeakBody>(`${sandbox.vibepeak.baseUrl}/v1/nothing`, { key: keys.test }), 404, 'NOT_FOUND');
    expectError(await call<VibePeakBody>(`${sandbox.vibepeak.baseUrl}/v1/tasks/%E0%A4%A`, { key: keys.test }), 404, 'NOT_FOUND');
    const wrongMethod = await call<VibePeakBody>(`${sandbox.vibepeak.baseUrl}/health`, { method: 'DELETE' });
    expectError(wrongMethod, 405, 'METHOD_NOT_ALLOWED');
    expect(wrongMethod.headers.allow).toBe('GET');
  });
});

describe('VibePeak body and field rules', () => {
  it('rejects invalid JSON, a non-object body and an oversized body', async () => {
    expectError(await create('{"images": ['), 400, 'VALIDATION_ERROR', { field: 'body' });
    expectError(await create('[1,2]'), 400, 'VALIDATION_ERROR', { field: 'body' });
    expectError(await create(JSON.stringify({ pad: 'x'.repeat(1024 * 1024) })), 413, 'PAYLOAD_TOO_LARGE');
  });

  it.each([
    [0, 400],
    [1, 202],
    [9, 202],
    [10, 400],
  ])('%i images → %i', async (count, status) => {
    const answer = await create(propertyRequest(sandbox, {}, count));
    if (status === 400) expectError(answer, 400, 'VALIDATION_ERROR', { field: 'images' });
    else expect(answer.status, answer.text).toBe(202);
  });

  it.each([
    ['image without url', { images: [{ room_type: 'kitchen' }] }, 'images[0].url'],
    ['ftp image url', { images: [{ url: 'ftp://127.0.0.1/a.jpg' }] }, 'images[0].url'],
    ['unknown room type', { images: [{ url: 'http://127.0.0.1/a.jpg', room_type: 'garage' }] }, 'images[0].room_type'],
    ['missing voice', { voice: undefined }, 'voice'],
    ['voice without id', { voice: { language: 'en' } }, 'voice.voice_id'],
    ['unknown modification mode', { modification_mode: 'demolish' }, 'modification_mode'],
    ['missing script', { script: undefined }, 'script'],
    ['background_music not boolean', { background_music: 'yes' }, 'background_music'],
    ['unknown subtitle preset', { subtitle: { subtitle_style_preset: 'comic' } }, 'subtitle.subtitle_style_preset'],
    ['subtitle preset plus styles', { subtitle: { subtitle_style_preset: 'classic', styles: { position: 'top' } } }, 'subtitle'],
    ['empty subtitle', { subtitle: {} }, 'subtitle'],
    ['subtitle position', { subtitle: { styles: { position: 'left' } } }, 'subtitle.styles.position'],
    ['subtitle colour', { subtitle: { styles: { color: 'red' } } }, 'subtitle.styles.color'],
    ['http webhook to a public host', { webhook_url: 'http://example.com/hook' }, 'webhook_url'],
    ['webhook not a URL', { webhook_url: 'hook' }, 'webhook_url'],
    [
      'watermark position',
      { elements_config: { enabled: true, watermark: { url: 'https://a.test/l.png', position: 'middle' } } },
      'elements_config.watermark.position',
    ],
    ['watermark size 0', { elements_config: { watermark: { url: 'https://a.test/l.png', size: 0 } } }, 'elements_config.watermark.size'],
    ['watermark size 101', { elements_config: { watermark: { url: 'https://a.test/l.png', size: 101 } } }, 'elements_config.watermark.size'],
    ['watermark opacity -1', { elements_config: { watermark: { url: 'https://a.test/l.png', opacity: -1 } } }, 'elements_config.watermark.opacity'],
    ['text colour', { elements_config: { text: { content: 'Hi', color: '#FFF' } } }, 'elements_config.text.color'],
    ['unknown test scenario', { test_scenario: 'explode' }, 'test_scenario'],
  ])('VALIDATION_ERROR for %s', async (_name, overrides, field) => {
    expectError(await create(propertyRequest(sandbox, overrides)), 400, 'VALIDATION_ERROR', { field });
  });

  it('accepts every optional field at its documented values, loopback http and https webhooks', async () => {
    const full = propertyRequest(sandbox, {
      modification_mode: 'furnish',
      background_music: true,
      subtitle: { styles: { font: 'Inter', font_size: 32, color: '#FFFFFF', highlight_color: '#FFCC00', position: 'bottom' } },
      webhook_url: 'http://localhost:9/hook',
      elements_config: {
        enabled: true,
        watermark: { url: 'https://cdn.example.com/logo.png', position: 'bottom-right', size: 100, opacity: 0 },
        text: { content: 'Powered by TourGraph', color: '#FFFFFF', font: 'Inter', size: 1, position: 'center' },
      },
      test_scenario: 'success',
      unknown_field: 'ignored',
    });
    expect((await create(full)).status).toBe(202);
    expect(
      (await create(propertyRequest(sandbox, { subtitle: { subtitle_style_preset: 'classic' }, webhook_url: 'https://hooks.example.com/x' }))).status,
    ).toBe(202);
  });
});

describe('VibePeak script rules', () => {
  it.each([
    [1, 64, 'SCRIPT_TOO_SHORT'],
    [1, 65, null],
    [1, 85, null],
    [1, 86, 'SCRIPT_TOO_LONG'],
    [3, 194, 'SCRIPT_TOO_SHORT'],
    [3, 195, null],
    [3, 255, null],
    [3, 256, 'SCRIPT_TOO_LONG'],
    [9, 584, 'SCRIPT_TOO_SHORT'],
    [9, 585, null],
    [9, 765, null],
    [9, 766, 'SCRIPT_TOO_LONG'],
  ])('%i image(s), %i characters → %s', async (images, length, code) => {
    const answer = await create(propertyRequest(sandbox, { script: script(length) }, images));
    if (code) expectError(answer, 400, code, { field: 'script', length, min: images * 65, max: images * 85 });
    else expect(answer.status, answer.text).toBe(202);
  });

  it('counts characters, not UTF-16 units, and accepts letters of any script', async () => {
    const greek = 'Φωτεινό σαλόνι με μεγάλα παράθυρα, ζεστό ξύλο και ήρεμη, ανοιχτή αίσθηση.';
    expect([...greek].length).toBeGreaterThanOrEqual(65);
    expect((await create(propertyRequest(sandbox, { script: greek }))).status).toBe(202);
  });

  it.each([
    ['digits', 'Three bedrooms and 2 baths'],
    ['symbols', 'Bright rooms & a garden'],
    ['a newline', 'Bright rooms\nwith a garden'],
  ])('SCRIPT_INVALID_CHARACTERS for %s', async (_name, start) => {
    const text = `${start}, ${script(80)}`.slice(0, 75);
    const answer = await create(propertyRequest(sandbox, { script: text }));
    expectError(answer, 400, 'SCRIPT_INVALID_CHARACTERS', { field: 'script' });
    expect(answer.json.error!.details!.invalid_characters!.length).toBeGreaterThan(0);
  });
});

describe('VibePeak voices and images', () => {
  it('answers 404 VOICE_NOT_FOUND and 403 VOICE_ACCESS_DENIED, and accepts the other shared voice', async () => {
    expectError(await create(propertyRequest(sandbox, { voice: { voice_id: 'nope', language: 'en' } })), 404, 'VOICE_NOT_FOUND', { field: 'voice.voice_id' });
    expectError(await create(propertyRequest(sandbox, { voice: { voice_id: 'SandboxPrivateVoice1', language: 'en' } })), 403, 'VOICE_ACCESS_DENIED');
    expect((await create(propertyRequest(sandbox, { voice: { voice_id: '21m00Tcm4TlvDq8ikWAM', language: 'en' } }))).status).toBe(202);
  });

  it('reads real pixel sizes: 1279×720 is below the HD floor, 1280×720 and 720×1280 are on it', async () => {
    const { media } = sandbox.vibepeak;
    const low = await create(propertyRequest(sandbox, { images: [{ url: media.livingRoomPhoto }, { url: media.lowResPhoto }], script: script(150) }));
    expectError(low, 400, 'IMAGE_RESOLUTION_TOO_LOW', { field: 'images[1].url', index: 1, width: 1279, height: 720 });
    for (const url of [media.kitchenPhoto, media.bedroomPhoto]) {
      expect((await create(propertyRequest(sandbox, { images: [{ url }] }))).status).toBe(202);
    }
  });

  it('answers INVALID_IMAGE_URL for a 404, a non-image, an unreachable port and an outside host', async () => {
    const { origin, media } = sandbox.vibepeak;
    for (const url of [`${origin}/media/missing.jpg`, media.propertyVideo, 'http://127.0.0.1:9/a.jpg', 'https://photos.example.com/a.jpg']) {
      expectError(await create(propertyRequest(sandbox, { images: [{ url }] })), 400, 'INVALID_IMAGE_URL', { field: 'images[0].url', index: 0, url });
    }
    const outside = await create(propertyRequest(sandbox, { images: [{ url: 'https://photos.example.com/a.jpg' }] }));
    expect(outside.json.error!.message).toMatch(/outside/);
  });

  it('checks fields before voices, voices before images, so the cheapest error wins', async () => {
    const bad = { images: [{ url: sandbox.vibepeak.media.lowResPhoto }], voice: { voice_id: 'nope', language: 'en' } };
    expectError(await create(propertyRequest(sandbox, { ...bad, script: 'short' })), 400, 'SCRIPT_TOO_SHORT');
    expectError(await create(propertyRequest(sandbox, bad)), 404, 'VOICE_NOT_FOUND');
  });
});
