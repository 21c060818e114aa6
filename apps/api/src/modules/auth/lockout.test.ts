import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { Client } from '../../../test/support/client.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { afterFailure, lockoutMinutes, sourceOf, SPRAY_DELAY_MS, SPRAY_MAX_NAMES } from './login-throttle.ts';

const minutesBetween = (from: Date, iso: string) => Math.round((Date.parse(iso) - from.getTime()) / 60_000);

describe('sign-in throttle rules (issue 11)', () => {
  it('doubles each lockout of a streak, at most a day', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(lockoutMinutes)).toEqual([15, 30, 60, 120, 240, 480, 960, 1440]);
  });

  it('starts a new run of failures once a lockout is over (a stale locked_until does not pin the count at 1)', () => {
    const t0 = new Date('2026-06-15T02:00:00Z');
    const expired = {
      failures: 0,
      lockouts: 1,
      locked_until: new Date(t0.getTime() - 60_000),
      last_failure_at: new Date(t0.getTime() - 16 * 60_000),
    };
    let row = afterFailure(expired, t0);
    expect(row).toMatchObject({ failures: 1, lockouts: 1, locked_until: null, lockedNow: false });
    for (let i = 2; i <= 4; i++) row = afterFailure(row, t0);
    expect(row.failures).toBe(4);
    const fifth = afterFailure(row, t0);
    expect(fifth).toMatchObject({ lockedNow: true, lockouts: 2 });
    expect(minutesBetween(t0, fifth.locked_until!.toISOString())).toBe(30);
  });

  it('forgets a streak a day after its last failure or lockout', () => {
    const t0 = new Date('2026-06-15T02:00:00Z');
    const old = {
      failures: 3,
      lockouts: 4,
      locked_until: new Date(t0.getTime() - 25 * 3_600_000),
      last_failure_at: new Date(t0.getTime() - 30 * 3_600_000),
    };
    expect(afterFailure(old, t0)).toMatchObject({ failures: 1, lockouts: 0 });
  });

  it('counts IPv6 callers by their /64 and IPv4-mapped addresses as IPv4', () => {
    expect(sourceOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(sourceOf('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(sourceOf('::1')).toBe('0:0:0:0::/64');
    expect(sourceOf('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(sourceOf('10.1.2.3')).toBe('10.1.2.3');
  });
});

describe.each(DB_KINDS)('sign-in lockout per account and source (%s)', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(async () => h?.close());

  const failFiveTimes = async (c: Client, username: string) => {
    for (let i = 0; i < 4; i++) expect((await c.login(username, 'wrong-Password-1')).statusCode).toBe(401);
    return c.login(username, 'wrong-Password-1');
  };

  it('locks every run of failures, each lockout twice as long as the one before', async () => {
    const attacker = new Client(h.app, '203.0.113.7');
    const first = await failFiveTimes(attacker, 'reviewer.xh');
    expect(first.statusCode).toBe(423);
    expect(minutesBetween(h.clock.now(), first.json().error.details[0].message)).toBe(15);

    h.clock.advanceMinutes(16);
    const second = await failFiveTimes(attacker, 'reviewer.xh');
    expect(second.statusCode).toBe(423);
    expect(minutesBetween(h.clock.now(), second.json().error.details[0].message)).toBe(30);
    h.clock.advanceMinutes(16);
    expect((await attacker.login('reviewer.xh')).statusCode).toBe(423);

    h.clock.advanceMinutes(15);
    const third = await failFiveTimes(attacker, 'reviewer.xh');
    expect(minutesBetween(h.clock.now(), third.json().error.details[0].message)).toBe(60);
    h.clock.advanceMinutes(61);
    expect((await attacker.login('reviewer.xh')).statusCode).toBe(200);
  });

  it('locks a name only for the source that failed: the administrator still signs in from elsewhere', async () => {
    const attacker = new Client(h.app, '198.51.100.9');
    expect((await failFiveTimes(attacker, 'admin')).statusCode).toBe(423);
    expect((await attacker.login('admin')).statusCode).toBe(423);
    const office = new Client(h.app, '192.0.2.10');
    expect((await office.login('admin')).statusCode).toBe(200);
    const list = (await office.get('/api/v1/users?role=admin')).json().users;
    expect(list[0].lockedUntil).toEqual(expect.any(String));
    const audit = (await office.get('/api/v1/audit?action=auth.locked')).json().entries;
    expect(audit[0]).toMatchObject({ subjectId: list[0].id });
  });

  it('answers unknown names exactly like known ones, lockout included, so no username is revealed', async () => {
    const prober = new Client(h.app, '198.51.100.77');
    const known: { status: number; code: string }[] = [];
    const unknown: { status: number; code: string }[] = [];
    for (let i = 0; i < 6; i++) {
      const a = await prober.login('consultant', 'wrong-Password-1');
      const b = await prober.login('no.such.person', 'wrong-Password-1');
      known.push({ status: a.statusCode, code: a.json().error.code });
      unknown.push({ status: b.statusCode, code: b.json().error.code });
    }
    expect(unknown).toEqual(known);
    expect(known.map((k) => k.status)).toEqual([401, 401, 401, 401, 423, 423]);
  });

  it('slows a source that fails on many names (password spraying) but never refuses a right password of another account (issue 18 item 3)', async () => {
    const sprayer = new Client(h.app, '198.51.100.200');
    for (let i = 0; i < SPRAY_MAX_NAMES + 2; i++)
      expect((await sprayer.login(`guess.${i}`, 'Spring2026!')).statusCode).toBe(401);
    // The office colleague at the same address, with the right password: signed in, after the address's delay.
    const t0 = Date.now();
    const colleague = await new Client(h.app, '198.51.100.200').login('hr.beta');
    expect(colleague.statusCode).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(SPRAY_DELAY_MS - 50);
    // A wrong password there is still only a wrong password, and the per-name lockout still holds.
    const wrong = await sprayer.login('hr.beta', 'Spring2026!');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('AUTH.INVALID_CREDENTIALS');
    // Elsewhere nothing is slowed.
    const t1 = Date.now();
    expect((await new Client(h.app, '198.51.100.201').login('hr.beta')).statusCode).toBe(200);
    expect(Date.now() - t1).toBeLessThan(SPRAY_DELAY_MS);
  });

  it('counts a wrong current password in change-password toward the lockout (issue 18 items 3 and 9)', async () => {
    const c = await Client.signedIn(h.app, 'reviewer.pd');
    const attempt = () =>
      c.post('/api/v1/auth/change-password', { currentPassword: 'wrong-Password-1', newPassword: 'Lujiazui@Ferry-26' });
    for (let i = 0; i < 4; i++) expect((await attempt()).json().error.code).toBe('AUTH.WRONG_PASSWORD');
    const fifth = await attempt();
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('AUTH.LOCKED');
    // Locked now: even the right current password is refused from this address until the lockout ends.
    const right = await c.post('/api/v1/auth/change-password', {
      currentPassword: 'Demo@2026',
      newPassword: 'Lujiazui@Ferry-26',
    });
    expect(right.statusCode).toBe(423);
    expect((await new Client(h.app, '127.0.0.1').login('reviewer.pd')).statusCode).toBe(423);
    h.clock.advanceMinutes(16);
    const after = await c.post('/api/v1/auth/change-password', {
      currentPassword: 'Demo@2026',
      newPassword: 'Lujiazui@Ferry-26',
    });
    expect(after.statusCode, after.body).toBe(200);
  });

  it('refuses a new password built on the holder’s own birth date or ID number (issue 18 item 9)', async () => {
    const c = await Client.signedIn(h.app, 'holder.li');
    const { birth_date } = await h.db.one<{ birth_date: string }>(
      'SELECT h.birth_date::text AS birth_date FROM holders h JOIN users u ON u.id = h.user_id WHERE u.username = $1',
      ['holder.li'],
    );
    const res = await c.post('/api/v1/auth/change-password', {
      currentPassword: 'Demo@2026',
      newPassword: `Harbour#${birth_date.replace(/-/g, '')}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({
      path: 'newPassword',
      message: expect.stringContaining('身份证号码或出生日期'),
    });
  });

  it('forgets a source’s failures for a name after it signs in', async () => {
    const c = new Client(h.app, '192.0.2.55');
    for (let i = 0; i < 4; i++) expect((await c.login('clerk.pd', 'wrong-Password-1')).statusCode).toBe(401);
    expect((await c.login('clerk.pd')).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await c.login('clerk.pd', 'wrong-Password-1')).statusCode).toBe(401);
  });
});
