import pino, { type DestinationStream, type Logger } from 'pino';
import { traceIds } from './observability/trace-ids.ts';
import { scrubLogRecord, scrubText } from './security/redact.ts';

/** What a log line says of a request: its method, its URL masked (PI-1) and its address. */
function requestFields(req: { method?: string; url?: string; originalUrl?: string; ip?: string }) {
  return { method: req.method, url: scrubText(String(req.url ?? req.originalUrl ?? '')), ip: req.ip };
}

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
      req: requestFields,
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
  return pino(options, stream ?? batchedDestination(1));
}

/** A batch is written once it holds this many characters, or after `LOG_FLUSH_MS`, whichever comes first. */
export const LOG_BATCH_CHARS = 4096;
export const LOG_FLUSH_MS = 100;

/** What the live batched destinations still hold, handed to their files when the process ends. */
const unwritten = new Set<(exiting: boolean) => void>();
let exitHooked = false;
function handOverAtExit(atEnd: (exiting: boolean) => void): void {
  if (!exitHooked) {
    // Hooked before the first destination is made, so these run before pino's own exit flush of its
    // destinations (on-exit-leak-free), and the lines handed over here are in what that flush writes.
    exitHooked = true;
    process.on('beforeExit', () => {
      for (const h of unwritten) h(false);
    });
    process.on('exit', () => {
      for (const h of unwritten) h(true);
    });
  }
  unwritten.add(atEnd);
}

/**
 * Where the log goes (stdout by default): written in batches of up to 4 KB
 * or 100 ms, not one write per line. Issue 20: pino's default destination
 * hands each line to the thread pool as its own write, about 10 µs of the
 * app's thread per request at 12,000 requests a second (half the gap to
 * the /auth/me goal); a batch costs one. The lines are gathered here, not in
 * SonicBoom: its own batching (`minLength`) measures the UTF-8 length of
 * the whole batch so far on every line, a copy of up to 4 KB per request
 * that cost /auth/me more than the rest of its log line (15 µs of the
 * process per request at 14,000 a second); here a line costs a push, and a
 * batch is joined once. A line waits at most 100 ms; the lines not yet
 * written are written when the process exits (also after a fatal error), so
 * only a kill -9 loses the last 100 ms of request lines (never data: the
 * database and the audit chain hold that).
 */
export function batchedDestination(dest: number | string = 1): DestinationStream & { flush(): void } {
  // Made before the destination, so that this process's exit hook comes before pino's (see handOverAtExit).
  const atEnd = (exiting: boolean) => {
    handOver();
    if (!exiting || closed) return;
    try {
      sonic.flushSync();
    } catch {
      // Not open yet or already ended: nothing more can be written as the process ends.
    }
  };
  handOverAtExit(atEnd);
  const sonic = pino.destination({ dest, minLength: 0, sync: false });
  let lines: string[] = [];
  let chars = 0;
  let closed = false;
  function handOver() {
    if (lines.length === 0 || closed) return;
    const batch = lines.length === 1 ? (lines[0] as string) : lines.join('');
    lines = [];
    chars = 0;
    // SonicBoom writes it at once, or right after the write under way (or the file's opening).
    sonic.write(batch);
  }
  const timer = setInterval(handOver, LOG_FLUSH_MS);
  timer.unref();
  sonic.on('close', () => {
    closed = true;
    clearInterval(timer);
    unwritten.delete(atEnd);
  });
  return {
    write(line: string) {
      lines.push(line);
      chars += line.length;
      if (chars >= LOG_BATCH_CHARS) handOver();
    },
    flush: handOver,
  };
}

/** What the one line of an answered request says of it. */
export interface AnsweredRequest {
  method: string;
  url: string;
  ip: string | undefined;
  statusCode: number;
  /** Milliseconds from the request's arrival to its answer. */
  responseTime: number;
}

const { chindingsSym, streamSym } = pino.symbols;
const json = JSON.stringify;

/**
 * The one line each answered request leaves in the log: the JSON that
 * `log.info({ req, res, responseTime }, 'request completed')` writes through
 * the serializers, mixin and log formatter above (the request's method, its
 * URL masked (PI-1) and address; the status; the time; the trace's ids inside
 * a span), built directly. Issue 20: pino's general path (the log formatter's
 * walk over Fastify's request and reply objects, then the serializers and a
 * generic stringify) was the largest piece of an authenticated read's own
 * work; logger.test.ts holds the two lines equal. `log` is the request's
 * logger: its bindings (the request id) come first, as pino writes them.
 */
export function logAnsweredRequest(log: Logger, answered: AnsweredRequest): void {
  if (!log.isLevelEnabled('info')) return;
  const trace = traceIds();
  const traced = 'trace_id' in trace ? `,"trace_id":${json(trace.trace_id)},"span_id":${json(trace.span_id)}` : '';
  const internals = log as unknown as Record<symbol, unknown>;
  const line =
    `{"level":30,"time":${Date.now()}${internals[chindingsSym] as string}${traced}` +
    `,"req":${json(requestFields(answered))}` +
    `,"res":{"statusCode":${answered.statusCode}},"responseTime":${answered.responseTime},"msg":"request completed"}\n`;
  (internals[streamSym] as DestinationStream).write(line);
}
