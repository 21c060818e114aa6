import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, passwordWeakness } from './password-policy.ts';

describe('password policy (issue 11)', () => {
  it('refuses short, username-bearing, breached and guessable passwords', () => {
    expect(passwordWeakness('password1', 'clerk.pd')).toBe('too_short');
    expect(passwordWeakness('Ab1'.padEnd(MIN_PASSWORD_LENGTH - 1, 'x'), 'clerk.pd')).toBe('too_short');
    expect(passwordWeakness('hr.acme-2026-secure', 'hr.acme')).toBe('contains_username');
    expect(passwordWeakness('HR.ACME#77-winter', 'hr.acme')).toBe('contains_username');
    expect(passwordWeakness('password123', 'clerk.pd')).toBe('common');
    expect(passwordWeakness('P@ssword2026!', 'clerk.pd')).toBe('common');
    expect(passwordWeakness('qwerty123456', 'clerk.pd')).toBe('common');
    expect(passwordWeakness('aaaaaaaaaa1', 'clerk.pd')).toBe('guessable');
    expect(passwordWeakness('2026-06-15a', 'clerk.pd')).toBe('guessable');
  });

  it('counts the parts of the username as known to an attacker', () => {
    expect(passwordWeakness('acmeacme2026', 'hr.acme')).toBe('guessable');
  });

  it('accepts long, unrelated passwords, including the demo one', () => {
    expect(passwordWeakness('Jifen-Demo@2026', 'admin')).toBeNull();
    expect(passwordWeakness('Lujiazui@Ferry-26', 'hr.tabc123')).toBeNull();
    expect(passwordWeakness('correct horse battery 9', 'clerk.pd')).toBeNull();
  });
});
