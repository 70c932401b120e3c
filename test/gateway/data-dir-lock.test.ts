import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPropertyVideo, readTask } from '../live/helpers.ts';
import { runGatewayExpectingExit, startGatewayProcess, type GatewayProcess } from '../support/gateway-process.ts';

/** One gateway per data folder, as users start it (`node src/main.ts`), in separate processes. */
describe('DATA_DIR lock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tourgraph-lock-'));
  const procs: GatewayProcess[] = [];
  afterAll(async () => {
    await Promise.all(procs.map((p) => p.kill()));
    rmSync(dir, { recursive: true, force: true });
  });
  const env = { DATA_DIR: dir, SANDBOX_TIME_SCALE: '0.01', LOG_LEVEL: 'info' };

  it('a second gateway on a folder in use stops at start, naming the folder and the other process; after the first is SIGKILLed a restart works and keeps its tasks', async () => {
    const first = await startGatewayProcess(env);
    procs.push(first);
    const { body } = await fetch(`${first.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ providers { provider samplePhotoUrls } }' }),
    }).then(async (r) => ({ body: (await r.json()) as { data: { providers: { provider: string; samplePhotoUrls: string[] }[] } } }));
    const photo = body.data.providers.find((p) => p.provider === 'VIBEPEAK')!.samplePhotoUrls[0]!;
    const task = await createPropertyVideo(first.url, photo, 'SUCCESS');

    const second = await runGatewayExpectingExit(env);
    expect(second.code).toBe(1);
    expect(second.output).toContain(`DATA_DIR ${dir} is in use by another TourGraph gateway`);
    expect(second.output).toContain(`pid ${first.child.pid}`);
    expect(second.output).not.toMatch(/\n\s+at /); // a message, not a stack trace

    await first.kill();
    // The lock died with the process; gateway.pid is left behind and means nothing now.
    const third = await startGatewayProcess(env);
    procs.push(third);
    expect((await readTask(third.url, task)).id).toBe(task);
    expect(third.output()).not.toContain('in use');
  });

  it('an old PGlite data folder is named at start as not read', async () => {
    const old = mkdtempSync(join(tmpdir(), 'tourgraph-pglite-'));
    try {
      writeFileSync(join(old, 'PG_VERSION'), '17\n');
      const gw = await startGatewayProcess({ ...env, DATA_DIR: old });
      procs.push(gw);
      expect(gw.output()).toContain('holds tasks from an earlier TourGraph (PGlite); they are not read');
      await gw.stop();
    } finally {
      rmSync(old, { recursive: true, force: true });
    }
  });
});
