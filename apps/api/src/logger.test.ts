import { context, ROOT_CONTEXT, trace, type Context, type ContextManager } from '@opentelemetry/api';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger, logAnsweredRequest, type AnsweredRequest } from './logger.ts';

/**
 * Issue 20: the line of an answered request is built directly
 * (logAnsweredRequest), not through pino's general path. It must say what
 * pino would have written for the same record through jifen's serializers,
 * mixin and log formatter: the same fields and values, the URL masked
 * (PI-1), the trace's ids inside a span, nothing below the logger's level.
 */
function linesOf(level = 'info') {
  const lines: string[] = [];
  const root = createLogger(level, { write: (line: string) => void lines.push(line) });
  return { lines, log: root.child({ reqId: 'req-7' }) };
}

/** What the app logged before issue 20 for the same request (app.ts): pino's own line. */
function viaPino(answered: AnsweredRequest) {
  const { lines, log } = linesOf();
  const req = { method: answered.method, url: answered.url, ip: answered.ip, headers: { cookie: 'sid=secret' } };
  log.info({ req, res: { statusCode: answered.statusCode }, responseTime: answered.responseTime }, 'request completed');
  return lines;
}

function direct(answered: AnsweredRequest, level = 'info') {
  const { lines, log } = linesOf(level);
  logAnsweredRequest(log, answered);
  return lines;
}

const withoutTime = (line: string) => {
  const { time, ...rest } = JSON.parse(line) as Record<string, unknown>;
  expect(typeof time).toBe('number');
  return rest;
};

const sameAsPino = (answered: AnsweredRequest) => {
  const [mine] = direct(answered);
  const [theirs] = viaPino(answered);
  expect(mine?.endsWith('}\n')).toBe(true);
  expect(withoutTime(mine as string)).toEqual(withoutTime(theirs as string));
  return JSON.parse(mine as string) as Record<string, unknown> & { req: Record<string, unknown> };
};

describe('the line of an answered request', () => {
  const answered: AnsweredRequest = {
    method: 'GET',
    url: '/api/v1/auth/me',
    ip: '127.0.0.1',
    statusCode: 200,
    responseTime: 0.812345,
  };

  it('says what pino said: level, process, request id, request, status, time, message', () => {
    const line = sameAsPino(answered);
    expect(line).toMatchObject({
      level: 30,
      reqId: 'req-7',
      req: { method: 'GET', url: '/api/v1/auth/me', ip: '127.0.0.1' },
      res: { statusCode: 200 },
      responseTime: 0.812345,
      msg: 'request completed',
    });
    expect(line.pid).toBe(process.pid);
  });

  it('masks a resident ID or a mobile number in the URL (PI-1), as the serializer did', () => {
    const line = sameAsPino({
      ...answered,
      url: '/api/v1/holders?q=120223198902021249&m=13812345678',
      statusCode: 404,
    });
    expect(String(line.req.url)).not.toContain('120223198902021249');
    expect(String(line.req.url)).not.toContain('13812345678');
  });

  it('escapes what JSON must escape, and leaves out an address the socket no longer has', () => {
    const line = sameAsPino({ ...answered, url: '/api/v1/x?"quoted"\\back\n新', ip: undefined });
    expect(line.req.url).toBe('/api/v1/x?"quoted"\\back\n新');
    expect('ip' in line.req).toBe(false);
  });

  it('writes nothing when the log is set above info', () => {
    expect(direct(answered, 'warn')).toEqual([]);
  });

  describe('inside a span', () => {
    // The smallest context manager that keeps a context while a function runs (the SDK's is not a dependency here).
    let current: Context = ROOT_CONTEXT;
    const manager: ContextManager = {
      active: () => current,
      with(ctx, fn, thisArg, ...args) {
        const before = current;
        current = ctx;
        try {
          return fn.call(thisArg, ...args);
        } finally {
          current = before;
        }
      },
      bind: (_ctx, target) => target,
      enable() {
        return this;
      },
      disable() {
        return this;
      },
    };
    context.setGlobalContextManager(manager);
    afterAll(() => context.disable());

    it('carries the trace and span ids, as the mixin did', () => {
      const span = trace.wrapSpanContext({
        traceId: '0af7651916cd43dd8448eb211c80319c',
        spanId: 'b7ad6b7169203331',
        traceFlags: 1,
      });
      const line = context.with(trace.setSpan(context.active(), span), () => sameAsPino(answered));
      expect(line).toMatchObject({ trace_id: '0af7651916cd43dd8448eb211c80319c', span_id: 'b7ad6b7169203331' });
    });
  });
});
