import { type Attributes, INVALID_SPAN_CONTEXT, type Span, type SpanStatus, type Tracer, type TracerProvider, trace } from '@opentelemetry/api';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ProvidersDocument, TasksDocument } from '../../src/generated/graphql.ts';
import { logRecords, startTestGateway, type TestGateway } from '../support/gateway.ts';
import { connectWs } from '../support/ws.ts';

/**
 * `OTEL_TRACING=true`: a span per GraphQL operation, to the global tracer provider (an SDK's; here
 * one that records), on the fast path and graphql-ws alike; nothing without the flag.
 */

interface Recorded {
  name: string;
  attributes: Attributes;
  status: SpanStatus | null;
  ended: boolean;
}

/** A span that keeps what it is told. */
class RecordingSpan implements Span {
  readonly record: Recorded;
  constructor(record: Recorded) {
    this.record = record;
  }
  spanContext() {
    return INVALID_SPAN_CONTEXT;
  }
  setAttribute(key: string, value: Attributes[string]): this {
    if (value !== undefined) this.record.attributes[key] = value;
    return this;
  }
  setAttributes(attributes: Attributes): this {
    Object.assign(this.record.attributes, attributes);
    return this;
  }
  addEvent(): this {
    return this;
  }
  addLink(): this {
    return this;
  }
  addLinks(): this {
    return this;
  }
  setStatus(status: SpanStatus): this {
    this.record.status = status;
    return this;
  }
  updateName(name: string): this {
    this.record.name = name;
    return this;
  }
  end(): void {
    this.record.ended = true;
  }
  isRecording(): boolean {
    return true;
  }
  recordException(): void {}
}

const spans: Recorded[] = [];
const tracer: Tracer = {
  startSpan(name, options) {
    // As an SDK does, attributes without a value are dropped.
    const attributes = Object.fromEntries(Object.entries(options?.attributes ?? {}).filter(([, v]) => v !== undefined));
    const record: Recorded = { name, attributes, status: null, ended: false };
    spans.push(record);
    return new RecordingSpan(record);
  },
  startActiveSpan(): never {
    throw new Error('not used by the plugin');
  },
};
const provider: TracerProvider = { getTracer: () => tracer };

beforeAll(() => {
  trace.setGlobalTracerProvider(provider);
});
afterAll(() => {
  trace.disable();
});

let gw: TestGateway | undefined;
afterEach(async () => {
  await gw?.stop();
  gw = undefined;
  spans.length = 0;
});

describe('OpenTelemetry tracing', () => {
  it('OTEL_TRACING=true: one span per operation on the fast path and over graphql-ws, marked as an error when its result has errors; the fast path stays on', async () => {
    gw = await startTestGateway({ OTEL_TRACING: 'true' });
    await gw.gql(ProvidersDocument);
    await gw.gql(TasksDocument, { first: -1 });
    const ws = connectWs(gw.url);
    try {
      const stream = ws.subscribe(ProvidersDocument);
      await stream.finished();
    } finally {
      await ws.dispose();
    }
    expect(spans.map((s) => [s.name, s.ended, s.status?.code ?? null])).toEqual([
      ['query.Providers', true, null],
      ['query.Tasks', true, 2],
      ['query.Providers', true, null],
    ]);
    expect(spans[0]!.attributes).toMatchObject({ 'graphql.execute.operationName': 'Providers', 'graphql.execute.operationType': 'query' });
    // No variables, results or document text in spans.
    expect(Object.keys(spans[1]!.attributes).sort()).toEqual(['graphql.execute.operationName', 'graphql.execute.operationType']);
    expect(logRecords(gw).filter((r) => r.msg.includes('fast path disabled'))).toEqual([]);
  });

  it('a subscription has a span for its life; the plugin gives it the document text when it has no inline arguments (values come as variables, which are left out)', async () => {
    gw = await startTestGateway({ OTEL_TRACING: 'true' });
    const ws = connectWs(gw.url);
    try {
      const stream = ws.subscribeRaw('subscription Mine { tasks { id } }');
      await expect.poll(() => spans.map((s) => s.name)).toEqual(['subscription.Mine']);
      expect(spans[0]).toMatchObject({ ended: false, attributes: { 'graphql.execute.document': 'subscription Mine { tasks { id } }' } });
      stream.cancel();
      await expect.poll(() => spans[0]!.ended).toBe(true);
    } finally {
      await ws.dispose();
    }
  });

  it('without OTEL_TRACING no span is made', async () => {
    gw = await startTestGateway();
    await gw.gql(ProvidersDocument);
    expect(spans).toEqual([]);
  });
});
