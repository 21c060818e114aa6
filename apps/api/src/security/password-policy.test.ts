import { describe, expect, it } from 'vitest';
import { MAX_ESTIMATED_LENGTH, MIN_PASSWORD_LENGTH, passwordWeakness } from './password-policy.ts';

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

describe('common Chinese passwords and the user’s own details (issue 18 item 9)', () => {
  const ID = '310115199003071239';
  it.each([
    ['woaini1314520'],
    ['Woaini@5201314'],
    ['5201314woaini'],
    ['iloveyou5201314'],
    ['7758521qq123'],
    ['Shanghai2026!'],
    ['shanghai@2025'],
    ['Beijing#1990'],
    ['Taobao2026!!'],
    ['Baidu@20262026'],
    ['zhangwei19900307'],
    ['Wang#Xiaoming1990'],
    ['liuyang@0307'],
    ['ChenJing_1988'],
    ['qq1234567890'],
  ])('refuses %s', (pw) => {
    expect(passwordWeakness(pw, 'clerk.pd')).not.toBeNull();
  });

  it('refuses the holder’s own resident ID and birth date, and the display name', () => {
    const me = { displayName: 'Li Ming', residentId: ID, birthDate: '1990-03-07' };
    expect(passwordWeakness(`Id${ID}`, 'holder.li', me)).toBe('personal');
    expect(passwordWeakness('Qiantang#19900307', 'holder.li', me)).toBe('personal');
    expect(passwordWeakness('Kx!900307-harbour', 'holder.li', me)).toBe('personal');
    expect(passwordWeakness('Kx!071239-harbour', 'holder.li', me)).toBe('personal');
    expect(passwordWeakness('LiMing@Harbour-77', 'holder.li', me)).toBe('personal');
    // The same passwords are fine for someone else.
    expect(passwordWeakness('Kx!900307-harbour', 'clerk.pd')).toBeNull();
  });

  it('estimates only the first 100 characters: a long password costs little CPU', () => {
    // Checked by what is looked at, not by a stopwatch: what lies past the 100th character never counts.
    const strongStart = 'Qz7!harbour-lantern-'.repeat(5);
    expect(strongStart).toHaveLength(MAX_ESTIMATED_LENGTH);
    expect(passwordWeakness(`${strongStart}${'x'.repeat(4000)}`, 'clerk.pd')).toBeNull();
    // A weak start stays weak whatever strong text follows it: the estimator never saw the rest.
    expect(
      passwordWeakness(`${'a'.repeat(MAX_ESTIMATED_LENGTH)}${'Qz7!harbour-lantern-'.repeat(50)}`, 'clerk.pd'),
    ).not.toBeNull();
  });

  it('still accepts strong passwords', () => {
    expect(passwordWeakness('Lujiazui@Ferry-26', 'hr.tabc123')).toBeNull();
    expect(passwordWeakness('Jifen-Demo@2026', 'admin')).toBeNull();
    expect(passwordWeakness('lantern pepper orbit 47', 'clerk.pd')).toBeNull();
  });
});
