import { afterEach, describe, expect, it } from 'vitest';
import { ProvidersDocument } from '../../src/generated/graphql.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { scrape } from '../support/metrics.ts';

/** Each gateway has a registry of its own; Node's process metrics are opt-out and prefixed. */

const started: TestGateway[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((g) => g.stop()));
});
async function gateway(env: Record<string, string> = {}): Promise<TestGateway> {
  const g = await startTestGateway(env);
  started.push(g);
  return g;
}

describe('metrics registry', () => {
  it('two gateways in one process count their own requests', async () => {
    const [a, b] = [await gateway(), await gateway()];
    await a.gql(ProvidersDocument);
    await a.gql(ProvidersDocument);
    await b.gql(ProvidersDocument);
    const labels = { operation_name: 'Providers', outcome: 'success' };
    expect((await scrape(a.url)).value('tourgraph_graphql_requests_total', labels)).toBe(2);
    expect((await scrape(b.url)).value('tourgraph_graphql_requests_total', labels)).toBe(1);
  });

  it("METRICS_PROCESS=true adds Node's process metrics, prefixed tourgraph_; false leaves them out", async () => {
    const withProcess = await scrape((await gateway({ METRICS_PROCESS: 'true' })).url);
    for (const name of [
      'tourgraph_process_cpu_user_seconds_total',
      'tourgraph_process_resident_memory_bytes',
      'tourgraph_nodejs_heap_size_used_bytes',
      'tourgraph_nodejs_eventloop_lag_p99_seconds',
    ]) {
      expect(withProcess.value(name), name).toBeGreaterThanOrEqual(0);
    }
    expect(withProcess.samples.every((s) => s.name.startsWith('tourgraph_'))).toBe(true);
    const without = await scrape((await gateway({ METRICS_PROCESS: 'false' })).url);
    expect(without.samples.filter((s) => /^tourgraph_(process|nodejs)_/.test(s.name))).toEqual([]);
  });
});
