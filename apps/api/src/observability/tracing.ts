import { createRequire } from 'node:module';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { FastifyPluginCallback } from 'fastify';
import type { OutgoingSms, SmsSender } from '../adapters/sms/sms-sender.ts';
import type { Config } from '../config.ts';

/**
 * OpenTelemetry traces (issue 21 item 4), on only when an OTLP endpoint is
 * configured (OTEL_EXPORTER_OTLP_ENDPOINT): one span per HTTP request with
 * its route (@fastify/otel) and its handler, the service work outside
 * requests (`withSpan`: the lifecycle sweep, each SMS sent), and one span per
 * SQL statement (@opentelemetry/instrumentation-pg, statement text without
 * parameter values), exported as OTLP/HTTP JSON to `${endpoint}/v1/traces`.
 */
export interface Tracing {
  /** The Fastify plugin that opens a span per request (registered first in buildApp). */
  fastifyPlugin: FastifyPluginCallback;
  shutdown(): Promise<void>;
}

export function startTracing(cfg: NonNullable<Config['tracing']>): Tracing {
  // Loaded only when tracing is on (the SDK costs ~0.3 s at every start otherwise), and
  // synchronously: these packages are CommonJS, and the start must finish before pg loads.
  const load = createRequire(import.meta.url);
  const FastifyOtelInstrumentation = load('@fastify/otel') as typeof import('@fastify/otel').default;
  const { OTLPTraceExporter } = load(
    '@opentelemetry/exporter-trace-otlp-http',
  ) as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { PgInstrumentation } = load(
    '@opentelemetry/instrumentation-pg',
  ) as typeof import('@opentelemetry/instrumentation-pg');
  const { resourceFromAttributes } = load('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const { NodeSDK } = load('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { BatchSpanProcessor } = load(
    '@opentelemetry/sdk-trace-base',
  ) as typeof import('@opentelemetry/sdk-trace-base');
  const fastify = new FastifyOtelInstrumentation({ registerOnInitialization: false });
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({ 'service.name': cfg.serviceName }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: `${cfg.endpoint}/v1/traces` }), {
        scheduledDelayMillis: 1000,
      }),
    ],
    instrumentations: [new PgInstrumentation({ requireParentSpan: false }), fastify],
    // Traces only: metrics are Prometheus' (/metrics), logs are pino's (with the trace id).
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  // pg is CommonJS: an ESM `import pg` does not pass through the require hook
  // the pg instrumentation patches with. Requiring it here, after the hook is
  // in place and before any ESM module imports it (tracing-preload.ts is the
  // first import of main.ts), patches the one module instance both share.
  load('pg');
  return {
    fastifyPlugin: fastify.plugin() as unknown as FastifyPluginCallback,
    shutdown: () => sdk.shutdown(),
  };
}

const tracer = () => trace.getTracer('jifen');

/** Runs `fn` in a span named `name` (a no-op tracer when tracing is off); an error marks the span and is rethrown. */
export async function withSpan<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, async (span) => {
    try {
      return await fn();
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** An SMS sender whose every send is a span (the template, never the number or the text). */
export function tracedSmsSender(sender: SmsSender): SmsSender {
  return {
    name: sender.name,
    send: (message: OutgoingSms) =>
      withSpan(`sms.send ${message.template}`, () => {
        trace.getActiveSpan()?.setAttributes({ 'jifen.sms.provider': sender.name, 'jifen.outbox.id': message.id });
        return sender.send(message);
      }),
  };
}
