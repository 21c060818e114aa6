import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/support/client.ts';
import { startHarness, type Harness } from '../../test/support/harness.ts';

// Issue 11 item 9: browsing the UI must not spend the API's rate limit, hashed
// assets are cached for a year, and an office of 50 staff behind one IP stays
// clear of 429s in normal use (docs/adr/0011).
const LIMIT = 60;
const OFFICE_IP = '192.0.2.200';

describe('web assets: caching and the rate limit', () => {
  let h: Harness;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'jifen-web-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><script type="module" src="/assets/index-Bx1f9a2c.js"></script>',
    );
    writeFileSync(path.join(dist, 'assets', 'index-Bx1f9a2c.js'), 'console.log("jifen")');
    writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    h = await startHarness('pglite', { config: { webDist: dist, rateLimitMax: LIMIT, loginRateLimitMax: 20 } });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string, ip = '198.51.100.1') => h.app.inject({ method: 'GET', url, remoteAddress: ip });

  it('serves hashed assets immutable for a year and never stores index.html', async () => {
    const asset = await get('/assets/index-Bx1f9a2c.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/login', '/applications/123']) {
      const page = await get(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.body).toContain('/assets/index-Bx1f9a2c.js');
      expect(page.headers['cache-control'], url).toBe('no-cache');
    }
    expect((await get('/favicon.svg')).headers['cache-control']).toBe('no-cache');
  });

  it('does not count the web app’s files against the per-IP limit', async () => {
    const ip = '198.51.100.2';
    for (let i = 0; i < LIMIT + 20; i++) {
      const res = await get(i % 2 ? '/assets/index-Bx1f9a2c.js' : '/', ip);
      expect(res.statusCode, `request ${i}`).toBe(200);
    }
    const api = await get('/api/v1/reference/districts', ip);
    expect(api.statusCode).not.toBe(429);
  });

  it('keeps 50 signed-in staff behind one office IP clear of 429s; anonymous callers there share one budget', async () => {
    // 50 people (budgets are per person since issue 18): the demo HR specialist's colleagues, with the demo password.
    await h.db.query(
      `INSERT INTO users (id, username, display_name, role, password_hash, employer_id, created_at)
       SELECT gen_random_uuid(), 'hr.office' || n, '同事 ' || n, role, password_hash, employer_id, now() FROM users, generate_series(1, 50) AS n WHERE username = 'hr.acme'`,
    );
    const staff: Client[] = [];
    for (let i = 0; i < 50; i++) {
      const c = new Client(h.app, OFFICE_IP);
      expect((await c.login(`hr.office${i + 1}`)).statusCode).toBe(200);
      staff.push(c);
    }
    // Each one uses the UI for a minute: well over the limit in total, under it each.
    for (let round = 0; round < LIMIT - 10; round++) {
      const replies = await Promise.all(staff.map((c) => c.get('/api/v1/auth/me')));
      expect(
        replies.filter((r) => r.statusCode === 429),
        `round ${round}`,
      ).toHaveLength(0);
    }
    // The 50 anonymous CSRF fetches before signing in already used half the office's anonymous budget.
    const anonymous = new Client(h.app, OFFICE_IP);
    const codes: number[] = [];
    for (let i = 0; i < LIMIT; i++) codes.push((await anonymous.get('/api/v1/auth/csrf')).statusCode);
    expect(codes).toContain(429);
    expect(codes.indexOf(429)).toBe(LIMIT - 50);
  });
});
