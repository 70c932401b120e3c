import { describe, expect, it } from 'vitest';
import { PollSchedule } from '../../src/tasks/schedule.ts';

const now = new Date('2026-01-01T00:00:00.000Z');
const secondsFrom = (iso: string) => (Date.parse(iso) - now.getTime()) / 1000;

describe('PollSchedule', () => {
  const make = (random: () => number) =>
    new PollSchedule({
      providers: new Map([
        ['ROOM_AI', { pollIntervalSeconds: 10, guidanceScale: 1 }],
        ['VIBEPEAK', { pollIntervalSeconds: undefined, guidanceScale: 0.1 }],
      ]),
      minIntervalSeconds: 1,
      maxBackoffSeconds: 300,
      random,
    });

  it('uses the configured interval, else the provider guidance scaled like the sandbox clock, else 30 s, never below the minimum', () => {
    const s = make(() => 0);
    expect(s.interval('ROOM_AI', 99)).toBe(10);
    expect(s.interval('VIBEPEAK', 30)).toBe(3);
    expect(s.interval('VIBEPEAK', null)).toBe(3);
    expect(s.interval('VIBEPEAK', 2)).toBe(1);
  });

  it('jitters reads after the first upward only, by at most 10 %', () => {
    expect(secondsFrom(make(() => 0).next('ROOM_AI', null, now))).toBe(10);
    expect(secondsFrom(make(() => 0.999).next('ROOM_AI', null, now))).toBeCloseTo(10.999, 3);
    expect(secondsFrom(make(() => 0.5).first('ROOM_AI', null, now))).toBe(10);
  });

  it('backs off exponentially up to the cap, and never sooner than the provider’s Retry-After', () => {
    const s = make(() => 0);
    expect(s.backoff('ROOM_AI', 1, 0, now).seconds).toBe(20);
    expect(s.backoff('ROOM_AI', 3, 0, now).seconds).toBe(80);
    expect(s.backoff('ROOM_AI', 9, 0, now).seconds).toBe(300);
    expect(s.backoff('ROOM_AI', 1, 120, now).seconds).toBe(120);
    expect(s.backoff('ROOM_AI', 30, 600, now)).toEqual({ seconds: 600, at: new Date(now.getTime() + 600_000).toISOString() });
  });
});
