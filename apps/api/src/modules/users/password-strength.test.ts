import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { registrationBody } from '../../../test/support/fixtures.ts';
import { randomResidentId } from '../../../test/support/holder-fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';

// Issue 11 item 8: every place a password is set refuses weak ones with one
// coded error in zh and en, naming the field and the reason; nothing is stored.
describe('password strength wherever a password is set', () => {
  let h: Harness;
  let admin: Client;
  let hr: Client;
  let anon: Client;
  beforeAll(async () => {
    h = await startHarness('pglite');
    admin = await Client.signedIn(h.app, 'admin');
    hr = await Client.signedIn(h.app, 'hr.acme');
    anon = new Client(h.app);
    await anon.fetchCsrf();
  });
  afterAll(async () => h?.close());

  const users = async () => (await h.db.one<{ n: number }>('SELECT count(*)::int AS n FROM users')).n;

  it('admin-created staff: breached, username-bearing and guessable passwords are refused', async () => {
    const before = await users();
    const cases = [
      { password: 'password123', reason: /已泄露/, en: /commonly breached/ },
      { password: 'clerk.new-2026-Secure', reason: /不能包含用户名/, en: /must not contain the username/ },
      { password: 'aaaaaaaaaa1', reason: /太容易被猜到/, en: /too easy to guess/ },
    ];
    for (const c of cases) {
      const res = await admin.post('/api/v1/users', {
        username: 'clerk.new',
        displayName: '新经办',
        password: c.password,
        role: 'consultant',
      });
      expect(res.statusCode, c.password).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION.PASSWORD_WEAK', details: [{ path: 'password' }] });
      expect(res.json().error.details[0].message).toMatch(c.reason);
      admin.lang = 'en';
      const en = await admin.post('/api/v1/users', {
        username: 'clerk.new',
        displayName: '新经办',
        password: c.password,
        role: 'consultant',
      });
      expect(en.json().error.message).toMatch(c.en);
      admin.lang = 'zh';
    }
    expect(await users()).toBe(before);
    const ok = await admin.post('/api/v1/users', {
      username: 'clerk.new',
      displayName: '新经办',
      password: 'Lujiazui@Ferry-26',
      role: 'consultant',
    });
    expect(ok.statusCode).toBe(201);
  });

  it('employer self-registration: the HR password may not contain the requested username', async () => {
    const before = await users();
    const res = await anon.post(
      '/api/v1/employers/register',
      registrationBody('310115', {
        hrAccount: { username: 'hr.omega', password: 'hr.omega-2026-Jifen', displayName: '欧米伽人事' },
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION.PASSWORD_WEAK',
      details: [{ path: 'hrAccount.password' }],
    });
    expect(await users()).toBe(before);
  });

  it('holder accounts HR registers: a guessable initial password is refused', async () => {
    const res = await hr.post('/api/v1/holders', {
      name: '孙强',
      residentId: randomResidentId(),
      mobile: '13600004321',
      username: 'holder.sun',
      initialPassword: 'Password2026',
      permit: { permitNo: 'SH123456780', expiresOn: '2026-12-31' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION.PASSWORD_WEAK',
      details: [{ path: 'initialPassword' }],
    });
    expect(await h.db.maybeOne("SELECT 1 FROM users WHERE username = 'holder.sun'")).toBeUndefined();
  });

  it('refuses fewer than 10 characters at the contract (the old minimum was 8)', async () => {
    const res = await admin.post('/api/v1/users', {
      username: 'clerk.short',
      displayName: '短',
      password: 'Xq7#mLp2v',
      role: 'consultant',
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error)).toMatch(/至少 10 位/);
  });
});
