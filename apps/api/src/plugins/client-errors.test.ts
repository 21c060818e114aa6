import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../test/support/harness.ts';

/** Sends raw bytes to the listening app and reads the answer until the server closes the connection. */
function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(text));
    let out = '';
    socket.on('data', (d) => (out += d.toString('utf8')));
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
  });
}

function parse(answer: string) {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  const [status = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(
    lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
  );
  return { status, headers, body: JSON.parse(body) as { error: { code: string; message: string; requestId: string } } };
}

/**
 * A request Node's HTTP parser refuses never becomes a Fastify request; its
 * answer is still jifen's: the coded body, the API headers, a request id the
 * log line carries too, and a count in the metrics.
 */
describe('requests the HTTP parser refuses', () => {
  let h: Harness;
  let port: number;
  const TOKEN = 'metrics-token-for-the-client-errors';
  beforeAll(async () => {
    h = await startHarness('pglite', { config: { metricsToken: TOKEN } });
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    port = (h.app.server.address() as net.AddressInfo).port;
  }, 120_000);
  afterAll(async () => h?.close());

  it.each([
    [
      'a header line without a colon',
      'GET /api/v1/auth/me HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n',
      '400 Bad Request',
      'VALIDATION.MALFORMED_REQUEST',
      '无法解析',
    ],
    [
      'headers over 16 KB (too many cookies)',
      `GET /api/v1/auth/me HTTP/1.1\r\nHost: x\r\nCookie: ${'a=b; '.repeat(5000)}\r\n\r\n`,
      '431 Request Header Fields Too Large',
      'VALIDATION.HEADERS_TOO_LARGE',
      '清除本站的 Cookie',
    ],
  ])('%s: the coded body, the API headers, logged and counted', async (_what, text, status, code, words) => {
    const answer = parse(await raw(port, text));
    expect(answer.status).toBe(`HTTP/1.1 ${status}`);
    expect(answer.body.error).toMatchObject({ code, requestId: expect.any(String) });
    expect(answer.body.error.message).toContain(words);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['x-request-id']).toBe(answer.body.error.requestId);
    expect(answer.headers.connection).toBe('close');
    const line = h.logLines
      .map((l) => JSON.parse(l) as { reqId?: string; msg?: string; code?: string })
      .find((l) => l.reqId === answer.body.error.requestId);
    expect(line).toMatchObject({ msg: 'request refused', code });
    const scrape = await h.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(scrape.body).toContain(
      `jifen_http_requests_total{method="(unparsed)",route="(unmatched)",status_code="${status.slice(0, 3)}"} 1`,
    );
  });

  it('still answers a well-formed request on a new connection', async () => {
    const answer = await raw(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(answer.startsWith('HTTP/1.1 200')).toBe(true);
  });
});
