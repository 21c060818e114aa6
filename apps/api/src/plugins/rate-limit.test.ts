import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../test/support/harness.ts';
import { apiHeadersFor, pageHeadersFor } from './security.ts';
import { windowMs } from './rate-limit.ts';

/**
 * Issue 20: the rate limit and the security headers are jifen's own hooks
 * (no @fastify/rate-limit, no @fastify/helmet). What callers see is what
 * those plugins gave them: budgets per route, the limit headers only with a
 * refusal, helmet's page headers outside the API and the API's own inside.
 */
const LIMIT = 12;

describe('the rate limit and the response headers, as jifen hooks', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('pglite', { config: { rateLimitMax: LIMIT, loginRateLimitMax: 100 } });
  });
  afterAll(async () => {
    await h?.close();
  });
  const get = (url: string, ip: string) => h.app.inject({ method: 'GET', url, remoteAddress: ip });

  it('refuses the request past the budget with the limit headers and Retry-After, and sends none before', async () => {
    const ip = '198.51.100.31';
    for (let i = 0; i < LIMIT; i++) {
      const ok = await get('/api/v1/districts', ip);
      expect(ok.statusCode, `request ${i + 1}`).toBe(200);
      expect(ok.headers['x-ratelimit-limit']).toBeUndefined();
      expect(ok.headers['retry-after']).toBeUndefined();
    }
    const refused = await get('/api/v1/districts', ip);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    expect(refused.json().error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(refused.headers['x-ratelimit-limit']).toBe(String(LIMIT));
    expect(refused.headers['x-ratelimit-remaining']).toBe('0');
    const retry = Number(refused.headers['retry-after']);
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);
    expect(refused.headers['x-ratelimit-reset']).toBe(String(retry));
    // The refusal is an API answer: the API's headers, not the page's.
    expect(refused.headers['content-security-policy']).toBe(apiHeadersFor(false)['content-security-policy']);
  });

  it('never counts a route that turns the limit off (the probes), and counts a route with its own budget apart', async () => {
    const ip = '198.51.100.32';
    for (let i = 0; i < LIMIT * 2; i++) expect((await get('/healthz', ip)).statusCode).toBe(200);
    expect((await get('/api/v1/districts', ip)).statusCode).toBe(200);
    // The assessment has a budget of its own (at least 120 a minute): the app's 12 do not bind it.
    const socialInsurance = {
      kind: 'summary',
      qualifyingMonths: 48,
      insuredThisMonth: true,
      monthsPaidInWindow: 12,
      baseMultipleTier: null,
    };
    const body = { input: { age: 30, education: 'benke_bachelor', socialInsurance }, asOf: '2026-03-01' };
    const codes: number[] = [];
    for (let i = 0; i < LIMIT + 3; i++) {
      const res = await h.app.inject({ method: 'POST', url: '/api/v1/assessments', payload: body, remoteAddress: ip });
      codes.push(res.statusCode);
    }
    expect(codes[0]).toBe(200);
    expect(codes).not.toContain(429);
  });

  it('sends helmet’s page headers outside the API and the API’s own inside it', async () => {
    const page = await get('/healthz', '198.51.100.33');
    for (const [name, value] of Object.entries(pageHeadersFor(false))) expect(page.headers[name], name).toBe(value);
    expect(page.headers['content-security-policy']).toBe(
      "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data: blob:;font-src 'self' data:;connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
    );
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    const api = await get('/api/v1/districts', '198.51.100.34');
    for (const [name, value] of Object.entries(apiHeadersFor(false))) expect(api.headers[name], name).toBe(value);
    expect(api.headers['origin-agent-cluster']).toBeUndefined();
    // Behind TLS (secure cookies): HSTS on both, and pages ask for https subresources.
    expect(pageHeadersFor(true)['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(pageHeadersFor(true)['content-security-policy']).toMatch(/;upgrade-insecure-requests$/);
    expect(apiHeadersFor(true)['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('reads a window as milliseconds or words, and refuses anything else when the route is added', () => {
    expect(windowMs('1 minute')).toBe(60_000);
    expect(windowMs('30 seconds')).toBe(30_000);
    expect(windowMs('2 hours')).toBe(7_200_000);
    expect(windowMs(1500.7)).toBe(1500);
    expect(() => windowMs('soon')).toThrow(/milliseconds/);
  });
});
