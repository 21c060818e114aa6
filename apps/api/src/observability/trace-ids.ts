import { trace } from '@opentelemetry/api';

/**
 * The active span's ids for a log line (pino's mixin, logger.ts), so a log
 * line and its trace are found from each other; nothing outside a span or
 * when tracing is off (the API's no-op tracer has no active span).
 */
export function traceIds(): { trace_id: string; span_id: string } | Record<string, never> {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const c = span.spanContext();
  return { trace_id: c.traceId, span_id: c.spanId };
}
