import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';

describe('logger', () => {
  const capture = () => {
    const lines: string[] = [];
    return { lines, log: createLogger({ level: 'debug', write: (l) => void lines.push(l) }) };
  };

  it('redacts registered secrets wherever they appear, in children too, including JSON-escaped ones', () => {
    const { lines, log } = capture();
    log.redact('vpk_live_abcdef123456');
    log.redact('whsec_"quoted\\secret');
    log.child({ component: 'x' }).error('failed calling https://api/?key=vpk_live_abcdef123456', {
      err: new Error('Bearer vpk_live_abcdef123456 refused'),
      secret: 'whsec_"quoted\\secret',
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('vpk_live_abcdef123456');
    expect(lines[0]).not.toContain('quoted');
    // The message, the error's message and its stack, and the field.
    expect(lines[0]!.match(/\[REDACTED\]/g)).toHaveLength(4);
  });

  it('keeps time, level and msg from being overwritten by fields', () => {
    const { lines, log } = capture();
    log.info('real message', { msg: 'forged', level: 'error', time: 'then' });
    const record = JSON.parse(lines[0]!);
    expect(record.msg).toBe('real message');
    expect(record.level).toBe('info');
    expect(record.time).not.toBe('then');
  });

  it('drops lines below its level', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'warn', write: (l) => void lines.push(l) });
    log.info('quiet');
    log.warn('loud');
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['loud']);
  });
});

describe('sandbox webhook URLs in logs', () => {
  it('show the receiver and route but never a per-task token or a query', async () => {
    const { loggable } = await import('../../src/sandbox/webhooks.ts');
    const token = 'Qm9vbXNoYWthbGFrYWJvb21zaGFrYQ';
    expect(loggable(`http://127.0.0.1:4000/webhooks/roomai/${token}?x=secret`)).toBe('http://127.0.0.1:4000/webhooks/roomai/:token');
    expect(loggable('https://hooks.example.com/webhooks/vibepeak')).toBe('https://hooks.example.com/webhooks/vibepeak');
    expect(loggable('not a url')).toBe('(not a URL)');
  });
});
