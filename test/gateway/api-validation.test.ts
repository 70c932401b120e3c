import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CreateFlythroughVideoInput, CreatePropertyVideoInput } from '../../src/generated/test/graphql.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { scriptFor, startTestGateway, type TestGateway } from '../support/gateway.ts';
import { expectTypename } from '../support/graphql.ts';
import { CREATE_FLYTHROUGH, CREATE_PROPERTY, createCalls, flythroughInput, listedIds, propertyInput } from './api-fixtures.ts';

/**
 * Input rules at their boundaries. An invalid input is a ValidationError listing every broken
 * rule with its path, and reaches no provider: the emulators' own counters must not move. A valid
 * input at a boundary must pass and reach the provider exactly once (so the rules are not stricter
 * than the provider's either).
 */

let gw: TestGateway;
let sb: Sandbox;
beforeAll(async () => {
  gw = await startTestGateway();
  sb = gw.gateway.sandbox!;
});
afterAll(() => gw?.stop());
beforeEach(() => {
  sb.roomai.admin.resetCounters();
  sb.vibepeak.admin.resetCounters();
});

interface Violation {
  path: string[];
  code: string;
  message: string;
}

/** Sends an invalid property-video input; returns its violations after checking nothing reached a provider. */
async function rejectedProperty(input: CreatePropertyVideoInput, key?: string): Promise<Violation[]> {
  const before = await listedIds(gw);
  const res = await gw.gql(CREATE_PROPERTY, { input, key });
  expect(res.status).toBe(200);
  expect(res.body.errors).toBeUndefined();
  const result = res.body.data!.createPropertyVideo;
  expectTypename(result, 'ValidationError');
  expect(result.code).toBe('VALIDATION_FAILED');
  expect(createCalls(sb)).toEqual({ roomai: 0, vibepeak: 0 });
  expect(await listedIds(gw)).toEqual(before);
  for (const v of result.violations) expect(v.message.length).toBeGreaterThan(0);
  return result.violations;
}

async function rejectedFlythrough(input: CreateFlythroughVideoInput, key?: string): Promise<Violation[]> {
  const res = await gw.gql(CREATE_FLYTHROUGH, { input, key });
  expect(res.status).toBe(200);
  const result = res.body.data!.createFlythroughVideo;
  expectTypename(result, 'ValidationError');
  expect(createCalls(sb)).toEqual({ roomai: 0, vibepeak: 0 });
  return result.violations;
}

/** Sends a valid input; it must be accepted and reach VibePeak exactly once. */
async function acceptedProperty(input: CreatePropertyVideoInput) {
  const res = await gw.gql(CREATE_PROPERTY, { input });
  expect(res.status).toBe(200);
  expect(res.body.data!.createPropertyVideo).not.toHaveProperty('violations');
  expect(res.body.data!.createPropertyVideo.__typename).toBe('CreatePropertyVideoSuccess');
  expect(createCalls(sb)).toEqual({ roomai: 0, vibepeak: 1 });
}

const only = (violations: Violation[]) => violations.map(({ path, code }) => ({ path, code }));

describe('photo count', () => {
  it('0 photos → TOO_FEW_PHOTOS at input.photos', async () => {
    const v = await rejectedProperty({ ...propertyInput(sb), photos: [], script: scriptFor(1) });
    expect(only(v)).toEqual([{ path: ['input', 'photos'], code: 'TOO_FEW_PHOTOS' }]);
  });

  it('1 photo is accepted', () => acceptedProperty(propertyInput(sb, { photos: 1 })));
  it('9 photos are accepted', () => acceptedProperty(propertyInput(sb, { photos: 9 })));

  it('10 photos → TOO_MANY_PHOTOS at input.photos', async () => {
    const v = await rejectedProperty(propertyInput(sb, { photos: 10, script: scriptFor(9) }));
    expect(only(v)).toEqual([{ path: ['input', 'photos'], code: 'TOO_MANY_PHOTOS' }]);
  });
});

describe('script length is 65 to 85 characters per photo', () => {
  for (const photos of [1, 3, 9]) {
    it(`${photos} photo(s): ${photos * 65 - 1} too short, ${photos * 65} and ${photos * 85} accepted, ${photos * 85 + 1} too long`, async () => {
      const short = await rejectedProperty(propertyInput(sb, { photos, script: scriptFor(photos, 65).slice(0, photos * 65 - 1) }));
      expect(only(short)).toEqual([{ path: ['input', 'script'], code: 'SCRIPT_TOO_SHORT' }]);
      expect(short[0]!.message).toContain(String(photos * 65 - 1));

      await acceptedProperty(propertyInput(sb, { photos, script: scriptFor(photos, 65) }));
      sb.vibepeak.admin.resetCounters();
      await acceptedProperty(propertyInput(sb, { photos, script: scriptFor(photos, 85) }));
      sb.vibepeak.admin.resetCounters();

      const long = await rejectedProperty(propertyInput(sb, { photos, script: `${scriptFor(photos, 85)}x` }));
      expect(only(long)).toEqual([{ path: ['input', 'script'], code: 'SCRIPT_TOO_LONG' }]);
    });
  }

  it('counts characters, not UTF-16 units: 65 characters of which 45 astral letters (110 UTF-16 units) are accepted', () =>
    acceptedProperty(propertyInput(sb, { script: `${(`${'𝒜'.repeat(3)} `).repeat(15)}abcde` })));
});

describe('script characters', () => {
  it('digits → SCRIPT_INVALID_CHARACTERS naming them', async () => {
    const script = scriptFor(1).slice(0, 70).replace(/^.{3}/, 'Has 3 bedrooms and 2 baths ').slice(0, 75);
    const v = await rejectedProperty(propertyInput(sb, { script }));
    expect(only(v)).toEqual([{ path: ['input', 'script'], code: 'SCRIPT_INVALID_CHARACTERS' }]);
    expect(v[0]!.message).toContain('"3"');
    expect(v[0]!.message).toContain('"2"');
  });

  it.each(['$', '&', '%', '@', '#'])('%s → SCRIPT_INVALID_CHARACTERS', async (ch) => {
    const v = await rejectedProperty(propertyInput(sb, { script: scriptFor(1).slice(0, 74) + ch }));
    expect(only(v)).toEqual([{ path: ['input', 'script'], code: 'SCRIPT_INVALID_CHARACTERS' }]);
  });

  it('the allowed punctuation . , ! ? \' " - : ; ( ) is accepted', () =>
    acceptedProperty(propertyInput(sb, { script: `Bright (and calm): rooms, light; "home" - isn't it lovely? Yes! ${'a'.repeat(10)}` })));
});

describe('subtitles, colours and URLs', () => {
  it('subtitle preset and styles together → SUBTITLE_PRESET_AND_STYLES at input.subtitle', async () => {
    const v = await rejectedProperty(propertyInput(sb, { subtitle: { preset: 'BOLD', styles: { color: '#FFFFFF' } } }));
    expect(only(v)).toEqual([{ path: ['input', 'subtitle'], code: 'SUBTITLE_PRESET_AND_STYLES' }]);
  });

  it('an empty subtitle → SUBTITLE_EMPTY', async () => {
    const v = await rejectedProperty(propertyInput(sb, { subtitle: {} }));
    expect(only(v)).toEqual([{ path: ['input', 'subtitle'], code: 'SUBTITLE_EMPTY' }]);
  });

  it('a preset alone and styles alone are each accepted', async () => {
    await acceptedProperty(propertyInput(sb, { subtitle: { preset: 'KARAOKE' } }));
    sb.vibepeak.admin.resetCounters();
    await acceptedProperty(propertyInput(sb, { subtitle: { styles: { color: '#ffffff', highlightColor: '#FFD700', fontSize: 8, position: 'BOTTOM' } } }));
  });

  it.each(['red', '#FFF', '#12345G', 'FFFFFF', '#1234567'])('colour %s → INVALID_COLOR at each colour field', async (bad) => {
    const v = await rejectedProperty(
      propertyInput(sb, { subtitle: { styles: { color: bad, highlightColor: bad } }, branding: { text: { content: 'Acme Realty', color: bad } } }),
    );
    expect(only(v)).toEqual(
      expect.arrayContaining([
        { path: ['input', 'subtitle', 'styles', 'color'], code: 'INVALID_COLOR' },
        { path: ['input', 'subtitle', 'styles', 'highlightColor'], code: 'INVALID_COLOR' },
        { path: ['input', 'branding', 'text', 'color'], code: 'INVALID_COLOR' },
      ]),
    );
    expect(v).toHaveLength(3);
  });

  it('font size 7 and 201 are out of range; 8 and 200 are in', async () => {
    const low = await rejectedProperty(propertyInput(sb, { subtitle: { styles: { fontSize: 7 } } }));
    expect(only(low)).toEqual([{ path: ['input', 'subtitle', 'styles', 'fontSize'], code: 'TOO_SMALL' }]);
    const high = await rejectedProperty(propertyInput(sb, { subtitle: { styles: { fontSize: 201 } } }));
    expect(only(high)).toEqual([{ path: ['input', 'subtitle', 'styles', 'fontSize'], code: 'TOO_BIG' }]);
    await acceptedProperty(propertyInput(sb, { subtitle: { styles: { fontSize: 200 } } }));
  });

  it.each(['ftp://example.com/a.jpg', 'not a url', '/media/room.jpg', 'javascript:alert(1)', 'https://'])(
    'photo URL %j → INVALID_URL at input.photos.N.url',
    async (bad) => {
      const input = propertyInput(sb, { photos: 3 });
      input.photos[2]!.url = bad;
      const v = await rejectedProperty(input);
      expect(only(v)).toEqual([{ path: ['input', 'photos', '2', 'url'], code: 'INVALID_URL' }]);
    },
  );

  it('a bad watermark URL → INVALID_URL at input.branding.watermark.url', async () => {
    const v = await rejectedProperty(propertyInput(sb, { branding: { watermark: { url: 'file:///etc/passwd' } } }));
    expect(only(v)).toEqual([{ path: ['input', 'branding', 'watermark', 'url'], code: 'INVALID_URL' }]);
  });

  it('a flythrough with a bad photo URL or a 1001-character prompt reaches no provider', async () => {
    expect(only(await rejectedFlythrough({ photoUrl: 'ftp://example.com/a.jpg' }))).toEqual([{ path: ['input', 'photoUrl'], code: 'INVALID_URL' }]);
    expect(only(await rejectedFlythrough(flythroughInput(sb, { prompt: 'a'.repeat(1001) })))).toEqual([{ path: ['input', 'prompt'], code: 'PROMPT_TOO_LONG' }]);
    const ok = await gw.gql(CREATE_FLYTHROUGH, { input: flythroughInput(sb, { prompt: 'a'.repeat(1000) }) });
    expect(ok.body.data!.createFlythroughVideo.__typename).toBe('CreateFlythroughVideoSuccess');
    expect(createCalls(sb)).toEqual({ roomai: 1, vibepeak: 0 });
  });
});

describe('every violation at once', () => {
  it('ten photos with a bad URL, a script with digits, preset plus styles, a bad colour and a bad idempotency key: all listed, nothing sent', async () => {
    const input = propertyInput(sb, {
      photos: 10,
      script: 'Three bedrooms 4 baths',
      subtitle: { preset: 'CLASSIC', styles: { color: 'blue' } },
      branding: { text: { content: 'Acme', color: '#GGGGGG' }, watermark: { url: 'nope', opacity: 101 } },
    });
    input.photos[4]!.url = 'ftp://example.com/x.jpg';
    input.voice = { voiceId: ' ', language: 'e' };
    const v = await rejectedProperty(input, 'has spaces in it');
    expect(only(v)).toEqual(
      expect.arrayContaining([
        { path: ['input', 'photos'], code: 'TOO_MANY_PHOTOS' },
        { path: ['input', 'photos', '4', 'url'], code: 'INVALID_URL' },
        { path: ['input', 'script'], code: 'SCRIPT_INVALID_CHARACTERS' },
        { path: ['input', 'subtitle'], code: 'SUBTITLE_PRESET_AND_STYLES' },
        { path: ['input', 'subtitle', 'styles', 'color'], code: 'INVALID_COLOR' },
        { path: ['input', 'branding', 'text', 'color'], code: 'INVALID_COLOR' },
        { path: ['input', 'branding', 'watermark', 'url'], code: 'INVALID_URL' },
        { path: ['input', 'branding', 'watermark', 'opacity'], code: 'TOO_BIG' },
        { path: ['input', 'voice', 'voiceId'], code: 'TOO_SMALL' },
        { path: ['input', 'voice', 'language'], code: 'TOO_SMALL' },
        { path: ['idempotencyKey'], code: 'INVALID_IDEMPOTENCY_KEY' },
      ]),
    );
    expect(v).toHaveLength(11);
  });

  it('a valid input with a bad idempotency key is still a ValidationError and sends nothing', async () => {
    for (const key of ['', 'x'.repeat(256), 'tab\tkey', 'ключ']) {
      const v = await rejectedProperty(propertyInput(sb), key);
      expect(only(v)).toEqual([{ path: ['idempotencyKey'], code: 'INVALID_IDEMPOTENCY_KEY' }]);
    }
  });

  it('a GraphQL type error (missing required field) is an HTTP 400 before any resolver, and sends nothing', async () => {
    // Variables the schema refuses (no `script`), so the raw helper.
    const res = await gw.gqlRaw(CREATE_PROPERTY, { input: { photos: [], voice: { voiceId: 'x', language: 'en' } } });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors![0]!.message).toMatch(/script/);
    expect(createCalls(sb)).toEqual({ roomai: 0, vibepeak: 0 });
  });
});
