import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import { startHarness, type Harness } from './support/harness.ts';

describe('smoke (pglite)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('pglite');
  });
  afterAll(async () => h?.close());

  it('serves health, login, me and holders', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await h.app.inject({ method: 'GET', url: '/readyz' })).json()).toMatchObject({ status: 'ready' });
    const c = await Client.signedIn(h.app, 'hr.acme');
    const me = await c.get('/api/v1/auth/me');
    expect(me.json().user).toMatchObject({ username: 'hr.acme', role: 'hr' });
    expect(me.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(me.headers['x-content-type-options']).toBe('nosniff');
    expect(me.headers['x-frame-options']).toBe('DENY');
    expect(me.headers['cache-control']).toBe('no-store');
    expect(me.headers['x-ratelimit-remaining']).toBeUndefined();
    expect(me.headers['x-request-id']).toBeTruthy();
    const root = await h.app.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(503);
    expect(root.body).toContain('npm run build -w @jifen/web');
    expect(root.headers['content-security-policy']).toContain("default-src 'self'");
    expect(root.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const holders = await c.get('/api/v1/holders');
    expect(holders.statusCode).toBe(200);
    expect(holders.json().holders.length).toBe(6);
  });
});

describe('built web app (pglite)', () => {
  let h: Harness;
  beforeAll(async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/jifen-web-`);
    writeFileSync(`${dir}/index.html`, '<!doctype html><title>jifen</title>');
    writeFileSync(`${dir}/app.js`, 'console.log(1)');
    h = await startHarness('pglite', { seed: false, config: { webDist: dir } });
  });
  afterAll(async () => h?.close());

  it('serves files, falls back to index.html for client routes, not for /api', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/app.js' })).body).toBe('console.log(1)');
    const spa = await h.app.inject({ method: 'GET', url: '/hr/holders/123' });
    expect(spa.statusCode).toBe(200);
    expect(spa.body).toContain('<title>jifen</title>');
    expect((await h.app.inject({ method: 'GET', url: '/' })).body).toContain('<title>jifen</title>');
    const api = await h.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('ROUTE.NOT_FOUND');
  });
});
