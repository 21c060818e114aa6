import pino, { type DestinationStream, type Logger } from 'pino';
import { traceIds } from './observability/trace-ids.ts';
import { scrubLogRecord, scrubText } from './security/redact.ts';

/**
 * Structured JSON logs. Secrets (passwords, cookies, CSRF tokens) are
 * censored by key at any depth; anything shaped like a resident ID or a
 * mobile number is masked in every field and message (PI-1). Requests,
 * replies and errors are logged through serializers that name their fields.
 */
export function createLogger(level: string, stream?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    // Issue 21: each line carries the trace and span id of the request or job it belongs to, when tracing is on.
    mixin: traceIds,
    formatters: { log: (obj) => scrubLogRecord(obj) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        // pino hands each call a fresh array: scrub it in place (no copy per line).
        for (let i = 0; i < args.length; i++) if (typeof args[i] === 'string') args[i] = scrubText(args[i] as string);
        method.apply(this, args as Parameters<typeof method>);
      },
    },
    serializers: {
      req: (req: { method?: string; url?: string; originalUrl?: string; ip?: string }) => ({
        method: req.method,
        url: scrubText(String(req.url ?? req.originalUrl ?? '')),
        ip: req.ip,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: (e: Error & { code?: string; statusCode?: number }) => ({
        type: e.name,
        code: e.code,
        statusCode: e.statusCode,
        message: scrubText(e.message),
        stack: e.stack ? scrubText(e.stack) : undefined,
      }),
    },
  };
  return stream ? pino(options, stream) : pino(options);
}
