import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { Client } from '../../../test/support/client.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';

describe.each(DB_KINDS)('sign-in, sessions and CSRF (%s)', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind, { sessionIdleMinutes: 30 });
  });
  afterAll(async () => h?.close());

  it('signs in, answers /me with the scope, and signs out', async () => {
    const c = new Client(h.app);
    const res = await c.login('reviewer.pd');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((x) => x.name === 'jifen_sid')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(res.json().user).toEqual({
      id: expect.any(String),
      username: 'reviewer.pd',
      displayName: expect.any(String),
      role: 'reviewer',
      district: { code: '310115', name: '浦东新区' },
      centre: { id: 't-310115', name: '浦东新区人才服务中心' },
    });
    const hr = await Client.signedIn(h.app, 'hr.acme');
    expect((await hr.get('/api/v1/auth/me')).json().user.employer).toMatchObject({
      name: '上海示例科技有限公司',
      status: 'verified',
    });
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(204);
    const after = await c.get('/api/v1/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('answers /auth/session 200 for a visitor (user null) and with the user once signed in (issue 22)', async () => {
    const c = new Client(h.app);
    const visitor = await c.get('/api/v1/auth/session');
    expect([visitor.statusCode, visitor.json()]).toEqual([200, { user: null }]);
    await c.login('hr.acme');
    const me = (await c.get('/api/v1/auth/me')).json();
    expect((await c.get('/api/v1/auth/session')).json()).toEqual(me);
    // A forged or ended session reads as a visitor, never as someone.
    const forged = await h.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: 'jifen_sid=abc.def' },
    });
    expect([forged.statusCode, forged.json()]).toEqual([200, { user: null }]);
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await c.get('/api/v1/auth/session')).json()).toEqual({ user: null });
  });

  it('rejects wrong credentials alike for unknown users, in zh and en', async () => {
    const c = new Client(h.app);
    const wrong = await c.login('admin', 'nope-Demo@2026');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS', message: '用户名或密码错误' });
    c.lang = 'en';
    const unknown = await c.login('nobody.here', 'whatever1');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error).toMatchObject({
      code: 'AUTH.INVALID_CREDENTIALS',
      message: 'Wrong username or password',
    });
  });

  it('locks the account for 15 minutes after 5 failures, then lets it in', async () => {
    const c = new Client(h.app);
    for (let i = 0; i < 4; i++) expect((await c.login('consultant', 'bad-password1')).statusCode).toBe(401);
    const fifth = await c.login('consultant', 'bad-password1');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('AUTH.LOCKED');
    expect(fifth.json().error.details[0].path).toBe('lockedUntil');
    const right = await c.login('consultant');
    expect(right.statusCode).toBe(423);
    h.clock.advanceMinutes(16);
    expect((await c.login('consultant')).statusCode).toBe(200);
  });

  it('ends a session idle longer than SESSION_IDLE_MINUTES', async () => {
    const c = await Client.signedIn(h.app, 'hr.beta');
    h.clock.advanceMinutes(20);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
    h.clock.advanceMinutes(20);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
    h.clock.advanceMinutes(31);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('lets an admin revoke every session of a user', async () => {
    const victim = await Client.signedIn(h.app, 'clerk.pd');
    const admin = await Client.signedIn(h.app, 'admin');
    const me = (await victim.get('/api/v1/auth/me')).json().user;
    const res = await admin.post(`/api/v1/users/${me.id}/sessions/revoke`);
    expect(res.statusCode).toBe(200);
    expect(res.json().revoked).toBeGreaterThanOrEqual(1);
    expect((await victim.get('/api/v1/auth/me')).statusCode).toBe(401);
    const audit = (await admin.get('/api/v1/audit?action=user.sessions_revoke')).json();
    expect(audit.entries[0]).toMatchObject({ subjectId: me.id, actorRole: 'admin' });
  });

  it('refuses state-changing requests without a valid CSRF token (403), login included', async () => {
    const c = new Client(h.app);
    const noToken = await c.post('/api/v1/auth/login', { username: 'admin', password: 'Demo@2026' });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('AUTH.CSRF');
    const signed = await Client.signedIn(h.app, 'admin');
    const missing = await signed.post('/api/v1/auth/logout', undefined, { csrf: false });
    expect(missing.statusCode).toBe(403);
    const forged = await signed.post('/api/v1/auth/logout', undefined, { headers: { 'x-csrf-token': 'forged-token' } });
    expect(forged.statusCode).toBe(403);
    const stranger = new Client(h.app);
    const foreignToken = await stranger.fetchCsrf();
    const crossed = await signed.post('/api/v1/auth/logout', undefined, { headers: { 'x-csrf-token': foreignToken } });
    expect(crossed.statusCode).toBe(403);
    expect((await signed.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('rotates the CSRF secret at sign-in: a token from before no longer works (issue 11)', async () => {
    const c = new Client(h.app);
    const before = await c.fetchCsrf();
    const res = await c.post('/api/v1/auth/login', { username: 'hr.acme', password: 'Demo@2026' });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((x) => x.name === 'jifen_csrf')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const stale = await c.post('/api/v1/auth/logout', undefined, { headers: { 'x-csrf-token': before } });
    expect(stale.statusCode).toBe(403);
    expect(stale.json().error.code).toBe('AUTH.CSRF');
    expect(await c.fetchCsrf()).not.toBe(before);
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(204);
  });

  it('logs every request with its id, never the password, the session cookie or the CSRF token', async () => {
    const from = h.logLines.length;
    const c = new Client(h.app);
    const res = await c.login('hr.beta');
    const sid = res.cookies.find((x) => x.name === 'jifen_sid')!.value;
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(204);
    const lines = h.logLines.slice(from);
    const text = lines.join('\n');
    expect(text).not.toContain('Demo@2026');
    expect(text).not.toContain(sid);
    expect(text).not.toContain(sid.split('.')[0]);
    expect(text).not.toMatch(/x-csrf-token|jifen_csrf=/i);
    const completed = lines
      .map((l) => JSON.parse(l) as { msg?: string; reqId?: string })
      .filter((l) => l.msg === 'request completed');
    expect(completed.length).toBeGreaterThanOrEqual(4);
    for (const l of completed) expect(l.reqId).toEqual(expect.any(String));
  });

  it('ignores a tampered session cookie', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: 'jifen_sid=abc.def' } });
    expect(res.statusCode).toBe(401);
  });
});
