// Issue 21 item 4: traces over OTLP, checked against a collector stand-in (a
// small HTTP server receiving OTLP/HTTP JSON). The real server process runs
// with OTEL_EXPORTER_OTLP_ENDPOINT set; one request that carries a W3C
// traceparent must arrive as a request span with its route and a SQL span in
// the same trace, and the request's log line must carry that trace id.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type FreshDb } from './support/databases.ts';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: { key: string; value: { stringValue?: string; intValue?: number } }[];
}
interface OtlpBody {
  resourceSpans: {
    resource?: OtlpSpan['attributes'] extends infer A ? { attributes?: A } : never;
    scopeSpans: { spans: OtlpSpan[] }[];
  }[];
}

const root = fileURLToPath(new URL('../../..', import.meta.url));
const attr = (s: OtlpSpan, key: string) => s.attributes?.find((a) => a.key === key)?.value.stringValue;

describe('OpenTelemetry traces to an OTLP collector (postgres)', () => {
  const spans: OtlpSpan[] = [];
  const services = new Set<string>();
  let collector: Server;
  let server: ChildProcess;
  let fresh: FreshDb;
  let output = '';
  let base = '';
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jifen-otel-'));

  beforeAll(async () => {
    collector = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (req.url === '/v1/traces' && String(req.headers['content-type']).includes('json')) {
          const parsed = JSON.parse(body) as OtlpBody;
          for (const rs of parsed.resourceSpans) {
            for (const a of rs.resource?.attributes ?? [])
              if (a.key === 'service.name') services.add(a.value.stringValue ?? '');
            for (const ss of rs.scopeSpans) spans.push(...ss.spans);
          }
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const port = (collector.address() as AddressInfo).port;
    fresh = await freshDatabase('postgres');
    server = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: fresh.url,
        DATA_DIR: dataDir,
        PORT: '0',
        DEMO_DATA: 'off',
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
        OTEL_SERVICE_NAME: 'jifen-api-test',
      },
    });
    server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const deadline = Date.now() + 90_000;
    while (!base && Date.now() < deadline && server.exitCode === null) {
      base = /listening on (http:\/\/[^\s]+)/.exec(output)?.[1] ?? '';
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(base, output).not.toBe('');
  }, 120_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    await new Promise((r) => collector?.close(r));
    await fresh?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('exports the request span (its route) and its SQL in the caller’s trace, and logs the trace id', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const res = await fetch(`${base}/readyz`, { headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` } });
    expect(res.status).toBe(200);
    const deadline = Date.now() + 20_000;
    const ours = () => spans.filter((s) => s.traceId === traceId);
    const statement = (s: OtlpSpan) => attr(s, 'db.statement') ?? attr(s, 'db.query.text') ?? '';
    // /readyz asks the database which migrations are pending: that query, in this trace.
    const sql = () =>
      ours().find(
        (s) =>
          (attr(s, 'db.system') ?? attr(s, 'db.system.name')) === 'postgresql' &&
          statement(s).includes('schema_migrations'),
      );
    while ((!sql() || !ours().some((s) => attr(s, 'http.route') === '/readyz')) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
    }
    // The request span continues the caller's span; the route and handler spans hang below it.
    const request = ours().find((s) => s.parentSpanId === '00f067aa0ba902b7');
    expect(request, JSON.stringify(ours().map((s) => [s.name, s.parentSpanId, s.attributes]))).toBeDefined();
    expect(ours().filter((s) => attr(s, 'http.route') === '/readyz').length).toBeGreaterThan(0);
    const query = sql();
    expect(query, JSON.stringify(ours().map((s) => s.name))).toBeDefined();
    expect(services.has('jifen-api-test')).toBe(true);

    const line = output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { msg?: string; trace_id?: string; req?: { url?: string } })
      .find((l) => l.msg === 'request completed' && l.req?.url === '/readyz');
    expect(line?.trace_id).toBe(traceId);
  }, 40_000);
});
