import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/support/client.ts';
import { startHarness, type Harness } from '../../test/support/harness.ts';

/**
 * Issue 18 item 1: the router decodes a percent-encoded path (`/%61pi/v1/...`
 * reaches `/api/v1/...`), so every guard must decide on the route that
 * matched, never on the raw URL: CSRF, the global rate limit and the API's
 * response headers.
 */
const SPELLINGS = (path: string) => [
  path,
  path.replace('/api/', '/%61pi/'),
  path.replace('/api/', '/%61%70%69/'),
  path.replace('/v1/', '/%761/'),
  path.replace(/\/([a-z])/g, (_, c: string) => `/%${c.charCodeAt(0).toString(16)}`),
];

describe('guards decide on the matched route, not the raw URL (issue 18 item 1)', () => {
  let h: Harness;
  const LIMIT = 12;
  const METRICS_TOKEN = 'metrics-token-for-the-encoded-paths';
  beforeAll(async () => {
    h = await startHarness('pglite', { config: { rateLimitMax: LIMIT, metricsToken: METRICS_TOKEN } });
  }, 120_000);
  afterAll(async () => h?.close());

  it('refuses a state change without a CSRF token however the path is spelled', async () => {
    const c = await Client.signedIn(h.app, 'consultant');
    for (const url of SPELLINGS('/api/v1/auth/change-password')) {
      const res = await c.request('POST', url, {
        body: { currentPassword: 'Demo@2026', newPassword: 'Lujiazui@Ferry-26' },
        csrf: false,
      });
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code, url).toBe('AUTH.CSRF');
    }
    // The password was never changed: the demo password still signs in.
    expect((await new Client(h.app, '198.51.100.77').login('consultant')).statusCode).toBe(200);
  });

  it('sends the API headers (no-store, a CSP that allows nothing) on an encoded path', async () => {
    const c = await Client.signedIn(h.app, 'holder.li');
    for (const url of SPELLINGS('/api/v1/auth/me')) {
      const res = await c.get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-store');
      expect(res.headers['content-security-policy'], url).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });

  it('counts encoded paths against the same global rate limit', async () => {
    const anon = new Client(h.app, '192.0.2.44');
    const spellings = SPELLINGS('/api/v1/auth/csrf');
    const answers: number[] = [];
    for (let i = 0; i < LIMIT + 3; i++) answers.push((await anon.get(spellings[i % spellings.length]!)).statusCode);
    expect(answers.slice(0, LIMIT).every((s) => s === 200)).toBe(true);
    expect(answers.slice(LIMIT)).toEqual([429, 429, 429]);
  });

  it('refuses a path the router cannot decode like any other request: worded, with the API headers, logged and counted', async () => {
    const urls = ['/api/v1/holders/%ZZ', '/api/v1/notices/%E0%A4%A', '/%'];
    for (const [i, url] of urls.entries()) {
      const lang = i % 2 === 0 ? 'zh' : 'en';
      const res = await h.app.inject({ method: 'GET', url, headers: { 'accept-language': lang } });
      expect(res.statusCode, url).toBe(400);
      const error = res.json().error;
      expect(error.code, url).toBe('VALIDATION.BAD_URL');
      expect(error.message, url).toContain(lang === 'zh' ? '链接是否完整复制' : 'copied whole');
      expect(res.headers['cache-control'], url).toBe('no-store');
      expect(res.headers['content-security-policy'], url).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-request-id'], url).toBe(error.requestId);
      const lines = h.logLines.map(
        (l) => JSON.parse(l) as { msg?: string; reqId?: string; res?: { statusCode?: number } },
      );
      const completed = lines.filter((l) => l.reqId === error.requestId && l.msg === 'request completed');
      expect(completed, url).toHaveLength(1);
      expect(completed[0]!.res?.statusCode, url).toBe(400);
    }
    const scrape = await h.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(scrape.body).toContain(
      `jifen_http_requests_total{method="GET",route="(unmatched)",status_code="400"} ${urls.length}`,
    );
    expect(scrape.body).not.toContain('%ZZ');
  });
});
