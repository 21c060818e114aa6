import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/support/client.ts';
import { DB_KINDS } from '../../test/support/databases.ts';
import { startHarness, TEST_CONFIG, TEST_KEY, type Harness } from '../../test/support/harness.ts';
import { buildApp } from '../app.ts';
import { deriveKeys } from '../security/keys.ts';

/**
 * Issue 18, item 6: rate budgets were per session (one account signing in 20
 * times had 20 budgets) and per process. They are per person (user id) and
 * per address, counted in the database every instance shares.
 */
const LIMIT = 30;

describe.each(DB_KINDS)('rate budgets per person and per address, shared by every instance (%s)', (kind) => {
  let h: Harness;
  let second: FastifyInstance;
  beforeAll(async () => {
    h = await startHarness(kind, { config: { rateLimitMax: LIMIT, loginRateLimitMax: 1000 } });
    // A second instance of the API over the same database.
    second = await buildApp({
      config: { ...TEST_CONFIG, rateLimitMax: LIMIT, loginRateLimitMax: 1000 },
      db: h.db,
      clock: h.clock,
      pii: h.pii,
      cookieSecret: deriveKeys(TEST_KEY).cookie,
      sessionIdleMinutes: 30,
      logStream: new Writable({ write: (_c, _e, cb) => cb() }),
    });
  }, 120_000);
  afterAll(async () => {
    await second?.close();
    await h?.close();
  });

  it('gives one account signed in five times one budget, not five', async () => {
    const sessions = await Promise.all(
      Array.from({ length: 5 }, (_, i) => Client.signedIn(h.app, 'hr.acme').then((c) => ({ c, i }))),
    );
    const codes: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const { c } of sessions) codes.push((await c.get('/api/v1/auth/me')).statusCode);
    }
    // 50 requests over five sessions of one person: the budget of 30 runs out (the sign-ins spent their own route's budget).
    expect(codes.filter((s) => s === 429).length).toBeGreaterThanOrEqual(50 - LIMIT);
    expect(codes.slice(0, LIMIT - 5).every((s) => s === 200)).toBe(true);
    // Another person at the same address still has a budget of their own.
    const other = await Client.signedIn(h.app, 'holder.li');
    expect((await other.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('counts an address once across two instances of the API', async () => {
    const one = new Client(h.app, '198.51.100.7');
    const two = new Client(second, '198.51.100.7');
    const codes: number[] = [];
    for (let i = 0; i < LIMIT; i++)
      codes.push((await one.get('/api/v1/auth/csrf')).statusCode, (await two.get('/api/v1/auth/csrf')).statusCode);
    expect(codes.indexOf(429)).toBe(LIMIT);
    const res = await two.get('/api/v1/auth/csrf');
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('RATE_LIMITED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await new Client(second, '198.51.100.8').get('/api/v1/auth/csrf')).statusCode).toBe(200);
  });
});

describe.each(DB_KINDS)('a signed-in person is limited per person AND per address (%s)', (kind) => {
  const PER_PERSON = 10;
  let h: Harness;
  let second: FastifyInstance;
  beforeAll(async () => {
    const config = { rateLimitMax: PER_PERSON, loginRateLimitMax: 1000, rateLimitAddressPeople: 2 };
    h = await startHarness(kind, { config });
    second = await buildApp({
      config: { ...TEST_CONFIG, ...config },
      db: h.db,
      clock: h.clock,
      pii: h.pii,
      cookieSecret: deriveKeys(TEST_KEY).cookie,
      sessionIdleMinutes: 30,
      logStream: new Writable({ write: (_c, _e, cb) => cb() }),
    });
  }, 120_000);
  afterAll(async () => {
    await second?.close();
    await h?.close();
  });

  it("stops three people at one address at two people's budgets, across two instances", async () => {
    const people = await Promise.all(
      ['hr.acme', 'holder.li', 'reviewer.pd'].map(async (u) => {
        const c = new Client(h.app, '203.0.113.9');
        expect((await c.login(u)).statusCode).toBe(200);
        return c;
      }),
    );
    const codes: number[] = [];
    // Eight requests each, every other one on the second instance: each person stays under their own 10.
    for (let i = 0; i < 8; i++)
      for (const p of people) codes.push((await (i % 2 ? p.via(second) : p).get('/api/v1/auth/me')).statusCode);
    // The address's signed-in people have 2 x 10 = 20 together; signing in spent 3 (the token fetched
    // after it), so 17 of these 24 pass and the rest are refused.
    expect(codes).toEqual([...Array<number>(17).fill(200), ...Array<number>(7).fill(429)]);
    // Another address is not affected.
    const elsewhere = new Client(second, '203.0.113.10');
    expect((await elsewhere.login('hr.beta')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/v1/auth/me')).statusCode).toBe(200);
    // Anonymous callers at that address count apart (the sign-in page still loads for the office).
    expect((await new Client(h.app, '203.0.113.9').get('/api/v1/auth/csrf')).statusCode).toBe(200);
  });
});
