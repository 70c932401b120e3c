import { describe, expect, it } from 'vitest';
import { roomAi } from '../../src/providers/roomai/index.ts';
import { OutboundWebhooks } from '../../src/tasks/outbound-webhooks.ts';
import { newTask, type Task } from '../../src/tasks/task.ts';
import { addressKind } from '../../src/shared/addresses.ts';
import { targetProblem } from '../../src/tasks/webhook-targets.ts';
import { newSecret } from './receiver.ts';

/** The rules of outgoing webhooks apart from storage and HTTP: targets, which changes send, the payload, the retry schedule. */

describe('webhook targets', () => {
  it('classifies addresses: loopback, private and special ranges, public', () => {
    const cases: Record<string, 'public' | 'loopback' | 'private'> = {
      '127.0.0.1': 'loopback',
      '127.8.9.10': 'loopback',
      '::1': 'loopback',
      '::ffff:127.0.0.1': 'loopback',
      '::ffff:7f00:1': 'loopback',
      '10.0.0.1': 'private',
      '172.16.5.4': 'private',
      '172.31.255.255': 'private',
      '192.168.1.1': 'private',
      '169.254.169.254': 'private',
      '100.64.0.1': 'private',
      '0.0.0.0': 'private',
      '224.0.0.1': 'private',
      '255.255.255.255': 'private',
      '::': 'private',
      'fe80::1': 'private',
      'fd12:3456::1': 'private',
      'ff02::1': 'private',
      '::ffff:10.0.0.1': 'private',
      '::ffff:a9fe:a9fe': 'private',
      '8.8.8.8': 'public',
      '172.32.0.1': 'public',
      '2001:4860:4860::8888': 'public',
      '::ffff:8.8.8.8': 'public',
    };
    for (const [address, kind] of Object.entries(cases)) expect(addressKind(address), address).toBe(kind);
  });

  it('judges a URL: literal addresses, localhost names and credentials; other names pass (checked again when resolved)', () => {
    expect(targetProblem('https://hooks.example.com/x', false)).toBeNull();
    expect(targetProblem('http://8.8.8.8/x', false)).toBeNull();
    expect(targetProblem('http://127.0.0.1:9/x', true)).toBeNull();
    expect(targetProblem('http://localhost:9/x', true)).toBeNull();
    expect(targetProblem('http://127.0.0.1:9/x', false)?.code).toBe('PRIVATE_ADDRESS');
    expect(targetProblem('http://api.localhost/x', false)?.code).toBe('PRIVATE_ADDRESS');
    expect(targetProblem('http://[::1]:9/x', false)?.code).toBe('PRIVATE_ADDRESS');
    expect(targetProblem('http://10.0.0.8/x', true)?.code).toBe('PRIVATE_ADDRESS');
    expect(targetProblem('http://[fe80::1]/x', true)?.code).toBe('PRIVATE_ADDRESS');
    expect(targetProblem('https://u:p@hooks.example.com/', true)?.code).toBe('URL_CREDENTIALS');
  });
});

describe('OutboundWebhooks', () => {
  const secret = newSecret();
  const webhooks = (random = () => 0.5) =>
    new OutboundWebhooks({
      endpoints: new Map([
        ['acme', { url: 'https://hooks.acme.example/tg', secret }],
        ['quiet', { url: null, secret }],
      ]),
      allowLoopback: false,
      retry: { baseSeconds: 5, maxSeconds: 21_600, maxAttempts: 10 },
      identify: (task) => ({ id: `global:${task.id}`, typename: 'FlythroughVideoTask' }),
      random,
    });
  const T0 = new Date('2026-03-01T12:00:00.000Z');
  const task = (owner = 'acme', extra: Partial<Task> = {}): Task => ({
    ...newTask({
      id: '0b9a6a58-8b8e-4a43-9a7e-5d2b8e7c1f00',
      owner,
      livemode: false,
      now: T0,
      descriptor: roomAi.descriptor,
      input: { photoUrl: 'https://example.com/secret-photo.jpg', style: null, prompt: null },
      providerRef: 'provider-ref-123',
    }),
    ...extra,
  });

  it('sends each status change, with its event type, and nothing for a progress-only change', () => {
    const w = webhooks();
    const queued = task();
    const processing = { ...queued, status: 'PROCESSING' as const, progress: 0.1, version: 2 };
    expect(w.deliveriesFor(queued, { ...queued, version: 1 }, T0)).toEqual([]);
    expect(w.deliveriesFor(processing, { ...processing, progress: 0.5, version: 3 }, T0)).toEqual([]);
    expect(w.deliveriesFor(queued, processing, T0).map((d) => d.eventType)).toEqual(['task.updated']);
    expect(w.deliveriesFor(processing, { ...processing, status: 'SUCCEEDED' }, T0).map((d) => d.eventType)).toEqual(['task.succeeded']);
    expect(w.deliveriesFor(queued, { ...queued, status: 'FAILED' }, T0).map((d) => d.eventType)).toEqual(['task.failed']);
  });

  it("sends to the task's callbackUrl instead of the client's endpoint; nothing for a client without either", () => {
    const w = webhooks();
    const change = (t: Task) => w.deliveriesFor(t, { ...t, status: 'PROCESSING' }, T0);
    expect(change(task()).map((d) => d.url)).toEqual(['https://hooks.acme.example/tg']);
    expect(change(task('acme', { callbackUrl: 'https://other.example/cb' })).map((d) => d.url)).toEqual(['https://other.example/cb']);
    expect(change(task('quiet'))).toEqual([]);
    expect(change(task('quiet', { callbackUrl: 'https://q.example/cb' })).map((d) => d.url)).toEqual(['https://q.example/cb']);
    expect(change(task('stranger', { callbackUrl: 'https://s.example/cb' }))).toEqual([]);
  });

  it('queues a PENDING delivery, due now, whose body is the task as the API shows it and nothing internal', () => {
    const before = task('acme', { status: 'PROCESSING', progress: 0.4, version: 4 });
    const after: Task = {
      ...before,
      status: 'SUCCEEDED',
      progress: 1,
      version: 5,
      updatedAt: '2026-03-01T12:03:00.000Z',
      completedAt: '2026-03-01T12:03:00.000Z',
      video: { url: 'https://cdn.example/v.mp4', coverImageUrl: null, durationSeconds: 12, resolution: '1080p', expiresAt: null },
      charged: true,
      callbackUrl: 'https://other.example/cb?token=client-own',
    };
    const [d] = webhooks().deliveriesFor(before, after, T0);
    expect(d).toMatchObject({
      owner: 'acme',
      taskId: after.id,
      status: 'PENDING',
      attempts: 0,
      failures: 0,
      nextAttemptAt: T0.toISOString(),
      createdAt: T0.toISOString(),
    });
    const body = JSON.parse(d!.payload);
    expect(body).toEqual({
      type: 'task.succeeded',
      timestamp: '2026-03-01T12:03:00.000Z',
      data: {
        __typename: 'FlythroughVideoTask',
        id: `global:${after.id}`,
        provider: 'ROOM_AI',
        kind: 'FLYTHROUGH_VIDEO',
        status: 'SUCCEEDED',
        version: 5,
        livemode: false,
        progress: { fraction: 1, estimated: false },
        queuePosition: null,
        estimatedCompletionAt: null,
        video: after.video,
        error: null,
        cost: { ...after.cost, charged: true },
        createdAt: after.createdAt,
        updatedAt: after.updatedAt,
        startedAt: null,
        completedAt: after.completedAt,
      },
    });
    for (const internal of ['acme', 'provider-ref-123', 'secret-photo', 'client-own', 'owner', 'providerRef', 'input', 'history']) {
      expect(d!.payload).not.toContain(internal);
    }
  });

  it('retries 5 s, 25 s, about 2 min, 10 min, 52 min, … at most 6 h, ±20 % jitter, then gives up after the last attempt', () => {
    const at = (failures: number, random = 0.5) => {
      const next = webhooks(() => random).retryAt(failures, T0);
      return next === null ? null : (Date.parse(next) - T0.getTime()) / 1000;
    };
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => at(n))).toEqual([5, 25, 125, 625, 3_125, 15_625, 21_600, 21_600, 21_600]);
    expect(at(1, 0)).toBe(4);
    expect(at(1, 1)).toBe(6);
    expect(at(7, 1)).toBe(21_600);
    expect(at(10)).toBeNull();
  });

  it('checks a callback URL: http(s), not private, and a client that can sign', () => {
    const w = webhooks();
    expect(w.callbackUrlViolations('acme', 'https://hooks.example.com/cb')).toEqual([]);
    expect(w.callbackUrlViolations('acme', 'ftp://x').map((v) => [v.path, v.code])).toEqual([[['callbackUrl'], 'INVALID_URL']]);
    expect(w.callbackUrlViolations('acme', `https://x.example/${'a'.repeat(2100)}`).map((v) => v.code)).toEqual(['URL_TOO_LONG']);
    expect(w.callbackUrlViolations('acme', 'http://10.0.0.1/cb').map((v) => v.code)).toEqual(['PRIVATE_ADDRESS']);
    expect(w.callbackUrlViolations('acme', 'http://127.0.0.1/cb').map((v) => v.code)).toEqual(['PRIVATE_ADDRESS']);
    expect(w.callbackUrlViolations('stranger', 'https://hooks.example.com/cb').map((v) => v.code)).toEqual(['WEBHOOK_SECRET_MISSING']);
  });
});
