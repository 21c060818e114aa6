// The administrator's account lifecycle and the forced password change
// (issue #10, item 13): each action works, is audited, ends what it must
// end, and refuses bad input with a coded 4xx that changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';

describe('account lifecycle (pglite)', () => {
  let h: Harness;
  let admin: Client;

  beforeAll(async () => {
    h = await startHarness('pglite');
    admin = await Client.signedIn(h.app, 'admin');
  });
  afterAll(async () => h?.close());

  const signIn = async (username: string, password: string) => {
    const c = new Client(h.app);
    // login() fetches the CSRF token again: signing in rotates its secret.
    const res = await c.login(username, password);
    return { c, res };
  };
  const lastAudit = (action: string, subjectId: string) =>
    h.db.maybeOne<{ actor_id: string | null; reason: string | null }>(
      'SELECT actor_id, reason FROM audit_log WHERE action = $1 AND subject_id = $2 ORDER BY id DESC LIMIT 1',
      [action, subjectId],
    );
  const adminId = async () => (await h.db.one<{ id: string }>("SELECT id FROM users WHERE username = 'admin'")).id;

  async function newStaff(username: string, role = 'consultant', extra: object = {}) {
    const res = await admin.post('/api/v1/users', {
      username,
      displayName: '新同事',
      password: 'Initial#2026',
      role,
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().user as { id: string; mustChangePassword: boolean };
  }

  it('an initial password set by the administrator must be changed at the first sign-in; nothing else works until then', async () => {
    const user = await newStaff('new.consultant');
    expect(user.mustChangePassword).toBe(true);
    const { c, res } = await signIn('new.consultant', 'Initial#2026');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user.mustChangePassword).toBe(true);
    expect((await c.get('/api/v1/auth/me')).json().user.mustChangePassword).toBe(true);
    const blocked = await c.get('/api/v1/consultations');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');

    const wrong = await c.post('/api/v1/auth/change-password', { currentPassword: 'nope', newPassword: 'Mine#2026x' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('AUTH.WRONG_PASSWORD');
    const same = await c.post('/api/v1/auth/change-password', {
      currentPassword: 'Initial#2026',
      newPassword: 'Initial#2026',
    });
    expect(same.statusCode).toBe(400);
    const weak = await c.post('/api/v1/auth/change-password', {
      currentPassword: 'Initial#2026',
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    // Long enough, but common and built on the username: the password policy refuses it here too (issue #11 item 8).
    const common = await c.post('/api/v1/auth/change-password', {
      currentPassword: 'Initial#2026',
      newPassword: 'new.consultant1',
    });
    expect(common.statusCode).toBe(400);
    expect(common.json().error.code).toBe('VALIDATION.PASSWORD_WEAK');

    const changed = await c.post('/api/v1/auth/change-password', {
      currentPassword: 'Initial#2026',
      newPassword: 'Mine#2026x',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().user.mustChangePassword).toBeUndefined();
    expect((await c.get('/api/v1/consultations')).statusCode).toBe(200);
    expect(await lastAudit('auth.password_change', user.id)).toMatchObject({ actor_id: user.id });
    expect((await signIn('new.consultant', 'Initial#2026')).res.statusCode).toBe(401);
    expect((await signIn('new.consultant', 'Mine#2026x')).res.statusCode).toBe(200);
  });

  it('disable ends the sessions and refuses sign-in with a reason; enable restores it; both audited', async () => {
    const user = await newStaff('leaving.consultant');
    const { c } = await signIn('leaving.consultant', 'Initial#2026');
    const noReason = await admin.post(`/api/v1/users/${user.id}/disable`, { reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    const off = await admin.post(`/api/v1/users/${user.id}/disable`, { reason: '已离职' });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().user.disabledAt).not.toBeNull();
    expect(off.json().user.activeSessions).toBe(0);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
    const refused = await signIn('leaving.consultant', 'Initial#2026');
    expect(refused.res.statusCode).toBe(403);
    expect(refused.res.json().error.code).toBe('AUTH.DISABLED');
    // A wrong password on a disabled account says only "wrong password": the state is not revealed to a guesser.
    expect((await signIn('leaving.consultant', 'Guess#2026')).res.statusCode).toBe(401);
    expect(await lastAudit('user.disable', user.id)).toEqual({ actor_id: await adminId(), reason: '已离职' });
    expect((await admin.post(`/api/v1/users/${user.id}/disable`, { reason: '再次' })).statusCode).toBe(409);

    const on = await admin.post(`/api/v1/users/${user.id}/enable`);
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json().user.disabledAt).toBeNull();
    expect((await signIn('leaving.consultant', 'Initial#2026')).res.statusCode).toBe(200);
    expect(await lastAudit('user.enable', user.id)).not.toBeUndefined();
  });

  it('unlock clears a lockout at once', async () => {
    const user = await newStaff('locked.consultant');
    for (let i = 0; i < 5; i++) await signIn('locked.consultant', `Wrong#${i}abc`);
    expect((await signIn('locked.consultant', 'Initial#2026')).res.statusCode).toBe(423);
    const res = await admin.post(`/api/v1/users/${user.id}/unlock`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user.lockedUntil).toBeNull();
    expect((await signIn('locked.consultant', 'Initial#2026')).res.statusCode).toBe(200);
    expect(await lastAudit('user.unlock', user.id)).not.toBeUndefined();
  });

  it('reset password: sessions end, the new password works once and must then be changed', async () => {
    const holderId = (await h.db.one<{ id: string }>("SELECT id FROM users WHERE username = 'holder.zhang'")).id;
    const { c } = await signIn('holder.zhang', 'Demo@2026');
    const res = await admin.post(`/api/v1/users/${holderId}/reset-password`, { password: 'Reset#2026z' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user.mustChangePassword).toBe(true);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await signIn('holder.zhang', 'Demo@2026')).res.statusCode).toBe(401);
    const again = await signIn('holder.zhang', 'Reset#2026z');
    expect(again.res.json().user.mustChangePassword).toBe(true);
    expect((await again.c.get('/api/v1/me/holder')).json().error.code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');
    expect(await lastAudit('user.password_reset', holderId)).toMatchObject({ actor_id: await adminId() });
    expect(
      (await admin.post(`/api/v1/users/${await adminId()}/reset-password`, { password: 'Reset#2026z' })).statusCode,
    ).toBe(409);
  });

  it('change role or scope of a staff account, with the scope rules of creation; holder and HR keep theirs', async () => {
    const user = await newStaff('moving.clerk', 'clerk', { centreId: 'c-310115-lujiazui' });
    const noDistrict = await admin.request('PATCH', `/api/v1/users/${user.id}/role`, { body: { role: 'reviewer' } });
    expect(noDistrict.statusCode).toBe(400);
    expect(noDistrict.json().error.code).toBe('VALIDATION.SCOPE');
    const res = await admin.request('PATCH', `/api/v1/users/${user.id}/role`, {
      body: { role: 'reviewer', district: '310104' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user).toMatchObject({
      role: 'reviewer',
      district: { code: '310104' },
      centre: { id: 't-310104' },
    });
    const audit = await h.db.one<{ before: { role: string }; after: { role: string } }>(
      "SELECT before, after FROM audit_log WHERE action = 'user.role_change' AND subject_id = $1",
      [user.id],
    );
    expect(audit.before.role).toBe('clerk');
    expect(audit.after.role).toBe('reviewer');

    const hrId = (await h.db.one<{ id: string }>("SELECT id FROM users WHERE username = 'hr.beta'")).id;
    const fixed = await admin.request('PATCH', `/api/v1/users/${hrId}/role`, { body: { role: 'consultant' } });
    expect(fixed.statusCode).toBe(409);
    expect(fixed.json().error.code).toBe('USER.ROLE_FIXED');
    expect(
      (await admin.request('PATCH', `/api/v1/users/${await adminId()}/role`, { body: { role: 'consultant' } }))
        .statusCode,
    ).toBe(409);
    expect((await admin.post('/api/v1/users/00000000-0000-4000-8000-00000000dead/unlock')).statusCode).toBe(404);
  });
});
