import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUMMY_PASSWORD_HASH, SCRYPT_PARAMS, hashPassword, setScryptCostForTests, verifyPassword } from './password.ts';

describe('passwords: scrypt hashes that carry their own cost', () => {
  // The suites' setup lowers the cost (test/support/cheap-passwords.ts); this suite checks the real one.
  beforeAll(() => setScryptCostForTests());
  afterAll(() => setScryptCostForTests(1024));

  it('hashes a new password at N = 16384, r = 8, p = 1 with a 16-byte salt and a 32-byte key', async () => {
    expect(SCRYPT_PARAMS).toEqual({ N: 16384, r: 8, p: 1 });
    const [scheme, n, r, p, salt, key] = (await hashPassword('Demo@2026')).split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '16384', '8', '1']);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64')).toHaveLength(32);
  });

  it('verifies the right password only, and salts each hash', async () => {
    const one = await hashPassword('Demo@2026');
    const two = await hashPassword('Demo@2026');
    expect(one).not.toBe(two);
    expect(await verifyPassword('Demo@2026', one)).toBe(true);
    expect(await verifyPassword('Demo@2026', two)).toBe(true);
    expect(await verifyPassword('demo@2026', one)).toBe(false);
    expect(await verifyPassword('', one)).toBe(false);
  });

  it('compares passwords in NFKC, so full-width characters typed by an IME match', async () => {
    const hash = await hashPassword('Demo@2026');
    expect(await verifyPassword('Ｄｅｍｏ＠２０２６', hash)).toBe(true);
  });

  it('verifies a hash made at another cost with the cost it carries', async () => {
    setScryptCostForTests(1024);
    const cheap = await hashPassword('Demo@2026');
    setScryptCostForTests();
    expect(cheap.split('$')[1]).toBe('1024');
    expect(await verifyPassword('Demo@2026', cheap)).toBe(true);
    expect(await verifyPassword('Demo@2027', cheap)).toBe(false);
  });

  it('refuses a malformed or foreign stored value, and the dummy hash matches nothing', async () => {
    for (const stored of ['', 'scrypt$16384$8$1$', 'bcrypt$10$abc$def$ghi$jkl', 'plain text'])
      expect(await verifyPassword('Demo@2026', stored)).toBe(false);
    expect(await verifyPassword('', DUMMY_PASSWORD_HASH)).toBe(false);
    expect(await verifyPassword('Demo@2026', DUMMY_PASSWORD_HASH)).toBe(false);
  });
});
