import type { Plugin } from 'graphql-yoga';

/**
 * `OTEL_TRACING=true`: a span per GraphQL operation (`query.Task`, `mutation.CreatePropertyVideo`,
 * `subscription.TaskUpdates`, with its name and type as attributes, and the error status when its
 * result has errors) from envelop's OpenTelemetry plugin, on every transport; an envelop plugin,
 * so the fast path keeps working. Spans go to the global tracer provider: the gateway configures
 * no exporter, an OpenTelemetry SDK loaded with the process does (see configuration.md). Without
 * one, they cost next to nothing and go nowhere.
 *
 * Variables, results and resolvers are left out of spans (task inputs name photos and scripts),
 * and so is the document text, but for a subscription without inline arguments, which the plugin
 * always records (such a document holds no values). Loaded only when asked for, so a gateway
 * without tracing loads no OpenTelemetry code.
 */
export async function openTelemetryTracing(): Promise<Plugin> {
  const [{ useOpenTelemetry }, { trace, SpanKind }] = await Promise.all([import('@envelop/opentelemetry'), import('@opentelemetry/api')]);
  // The global provider's proxy: an SDK registered later (or never) is the one spans go to.
  return useOpenTelemetry(
    { resolvers: false, variables: false, result: false, document: false },
    trace.getTracerProvider(),
    SpanKind.SERVER,
    {},
    'tourgraph',
  ) as Plugin;
}
