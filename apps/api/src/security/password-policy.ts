import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { fail, text } from '../errors.ts';

/**
 * Staff and holder password policy (issue 11, docs/adr/0011): at least
 * MIN_PASSWORD_LENGTH characters, not containing the username, not a
 * commonly breached password (zxcvbn-ts's common dictionaries), and an
 * estimated strength of at least MIN_SCORE (zxcvbn's score 3: at least 10^8
 * guesses, "safely unguessable" online and costly offline against scrypt).
 */
export const MIN_PASSWORD_LENGTH = 10;
export const MIN_SCORE = 3;

export type PasswordWeakness = 'too_short' | 'contains_username' | 'common' | 'guessable';

// Built on first use: the dictionaries cost ~50 ms to index, which a
// server that never creates an account need not pay.
let estimator: ZxcvbnFactory | undefined;
let breached: Set<string> | undefined;
const zxcvbn = () => (estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }));
const breachedList = () => (breached ??= new Set(dictionary['passwords-common']));

/** Why `password` is too weak for an account named `username`, or null when it is acceptable. */
export function passwordWeakness(password: string, username: string): PasswordWeakness | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too_short';
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && lower.includes(name)) return 'contains_username';
  if (breachedList().has(lower)) return 'common';
  // The name's parts ("hr", "acme" of "hr.acme") count as known to an attacker.
  const result = zxcvbn().check(password, [name, ...name.split(/[._-]+/).filter((p) => p.length >= 3)]);
  if (result.score >= MIN_SCORE) return null;
  const builtOnBreached = result.sequence.some((m) => m.pattern === 'dictionary' && m.dictionaryName === 'passwords-common' && m.token.length >= 4);
  return builtOnBreached ? 'common' : 'guessable';
}

const REASONS: Record<PasswordWeakness, { zh: string; en: string }> = {
  too_short: {
    zh: `密码至少 ${MIN_PASSWORD_LENGTH} 位`,
    en: `The password needs at least ${MIN_PASSWORD_LENGTH} characters`,
  },
  contains_username: { zh: '密码不能包含用户名', en: 'The password must not contain the username' },
  common: {
    zh: '该密码是常见的已泄露密码（或仅在其上稍作改动），请换一个',
    en: 'This is a commonly breached password (or a small change of one); choose another',
  },
  guessable: {
    zh: '密码太容易被猜到：请用更长的、不含常见词语和日期规律的密码，例如几个不相关的词加数字和符号',
    en: 'The password is too easy to guess: use a longer one without common words or date patterns, e.g. several unrelated words with digits and symbols',
  },
};

/** Refuses a weak password with VALIDATION.PASSWORD_WEAK (400), naming the field and the reason in zh and en. */
export function assertStrongPassword(password: string, username: string, field: string): void {
  const weakness = passwordWeakness(password, username);
  if (!weakness) return;
  const reason = REASONS[weakness];
  throw fail('VALIDATION.PASSWORD_WEAK', text(`密码强度不足：${reason.zh}`, `The password is too weak: ${reason.en}`), [
    { path: field, message: text(reason.zh, reason.en) },
  ]);
}
