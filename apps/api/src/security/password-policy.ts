import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { msg } from '@jifen/messages';
import { fail } from '../errors.ts';
import { GIVEN_SYLLABLES, LEAKED_TOP, LOVE_WORDS, PLACES_AND_SITES, SURNAMES } from './passwords-zh.ts';

/**
 * Staff and holder password policy (issue 11, issue 18 item 9, docs/adr/0011):
 * at least MIN_PASSWORD_LENGTH characters; not containing the username or the
 * person's own details (display name, resident ID number, birth date); not a
 * commonly breached password, English (zxcvbn-ts's dictionaries) or Chinese
 * (passwords-zh.ts: leaked top lists, love numbers, a city or site name or a
 * pinyin name with digits and symbols); and an estimated strength of at least
 * MIN_SCORE (zxcvbn's score 3: at least 10^8 guesses).
 */
export const MIN_PASSWORD_LENGTH = 10;
export const MIN_SCORE = 3;
/**
 * Only this many characters are estimated: zxcvbn's matching grows faster
 * than the length (a 4,000-character password cost about a second of CPU),
 * and a password this long is strong by its first 100 characters or not at all.
 */
export const MAX_ESTIMATED_LENGTH = 100;

export type PasswordWeakness = 'too_short' | 'contains_username' | 'personal' | 'common' | 'guessable';

/** What is known about the person whose password it is (each where known). */
export interface PersonalDetails {
  displayName?: string | null;
  residentId?: string | null;
  /** YYYY-MM-DD */
  birthDate?: string | null;
}

const CHINESE_DICTIONARIES = {
  'zh-common': [...new Set([...LEAKED_TOP, ...LOVE_WORDS])],
  'zh-words': [...new Set([...PLACES_AND_SITES, ...SURNAMES, ...GIVEN_SYLLABLES.filter((g) => g.length >= 3)])],
};
const BREACHED_DICTIONARIES = new Set(['passwords-common', 'zh-common', 'zh-words']);

// Built on first use: the dictionaries cost ~50 ms to index, which a
// server that never creates an account need not pay.
let estimator: ZxcvbnFactory | undefined;
let breached: Set<string> | undefined;
let chineseWords: Set<string> | undefined;
const zxcvbn = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...dictionary, ...CHINESE_DICTIONARIES },
    graphs: adjacencyGraphs,
  }));
const breachedList = () => (breached ??= new Set([...dictionary['passwords-common'], ...LEAKED_TOP]));
const wordList = () =>
  (chineseWords ??= new Set([
    ...LOVE_WORDS,
    ...PLACES_AND_SITES,
    ...LEAKED_TOP.map((p) => p.replace(/[^a-z]/g, '')).filter((p) => p.length >= 2),
  ]));

const GIVEN = new Set(GIVEN_SYLLABLES);
/** One or two given-name syllables. */
const isGiven = (s: string) =>
  GIVEN.has(s) || GIVEN_SYLLABLES.some((g) => s.startsWith(g) && GIVEN.has(s.slice(g.length)));
/** A pinyin name: a surname and one or two given syllables, either order ("zhangwei", "xiaomingwang"). */
function isPinyinName(letters: string): boolean {
  return SURNAMES.some(
    (s) =>
      (letters.startsWith(s) && isGiven(letters.slice(s.length))) ||
      (letters.endsWith(s) && isGiven(letters.slice(0, -s.length))),
  );
}

/**
 * The Chinese shape of a weak password: its letters are a love word, a place,
 * a site or a pinyin name, and the rest is a few digits (a year, a birth
 * date, a love number) and symbols: "Shanghai2026!", "zhangwei19900307".
 */
function isChineseCommonShape(lower: string): boolean {
  const letters = lower.replace(/[^a-z]/g, '');
  const digits = lower.replace(/[^0-9]/g, '');
  if (letters.length < 2 || digits.length > 8 || /[^\x20-\x7e]/.test(lower)) return false;
  return wordList().has(letters) || isPinyinName(letters);
}

/** The person's details as an attacker would try them: the ID, its birth date and last six, the birth date, the name's letters. */
function personalTokens(me: PersonalDetails): string[] {
  const tokens: string[] = [];
  const id = me.residentId?.trim().toLowerCase();
  if (id && id.length >= 15) tokens.push(id, id.slice(-6), id.length === 18 ? id.slice(6, 14) : `19${id.slice(6, 12)}`);
  const birth =
    me.birthDate ?? (id?.length === 18 ? `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` : undefined);
  if (birth && /^\d{4}-\d{2}-\d{2}$/.test(birth)) {
    const compact = birth.replace(/-/g, '');
    tokens.push(compact, compact.slice(2));
  }
  const name = me.displayName?.trim().toLowerCase();
  if (name) {
    const latin = name.replace(/[^a-z]/g, '');
    if (latin.length >= 3) tokens.push(latin);
    if (/[^\x00-\x7f]/.test(name) && [...name].length >= 2) tokens.push(name);
  }
  return tokens;
}

/** Why `password` is too weak for an account named `username` (and, where known, the person's details), or null when it is acceptable. */
export function passwordWeakness(
  password: string,
  username: string,
  me: PersonalDetails = {},
): PasswordWeakness | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too_short';
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && lower.includes(name)) return 'contains_username';
  const personal = personalTokens(me);
  const compact = lower.replace(/[^\p{L}\p{N}]/gu, '');
  if (personal.some((t) => compact.includes(t))) return 'personal';
  if (breachedList().has(lower) || isChineseCommonShape(lower)) return 'common';
  // The name's parts ("hr", "acme" of "hr.acme") and the person's details count as known to an attacker.
  const known = [name, ...name.split(/[._-]+/).filter((p) => p.length >= 3), ...personal];
  const estimated = [...password].slice(0, MAX_ESTIMATED_LENGTH).join('');
  const result = zxcvbn().check(estimated, known);
  if (result.score >= MIN_SCORE) return null;
  const builtOnBreached = result.sequence.some(
    (m) => m.pattern === 'dictionary' && BREACHED_DICTIONARIES.has(String(m.dictionaryName)) && m.token.length >= 4,
  );
  return builtOnBreached ? 'common' : 'guessable';
}

const REASONS: Record<PasswordWeakness, { zh: string; en: string }> = {
  too_short: msg('password.tooShort', { minPasswordLength: MIN_PASSWORD_LENGTH }),
  contains_username: msg('password.containsUsername'),
  personal: msg('password.personal'),
  common: msg('password.common'),
  guessable: msg('password.guessable'),
};

/** Refuses a weak password with VALIDATION.PASSWORD_WEAK (400), naming the field and the reason in zh and en. */
export function assertStrongPassword(
  password: string,
  username: string,
  field: string,
  me: PersonalDetails = {},
): void {
  const weakness = passwordWeakness(password, username, me);
  if (!weakness) return;
  const reason = REASONS[weakness];
  throw fail('VALIDATION.PASSWORD_WEAK', msg('password.weak', { reason }), [{ path: field, message: reason }]);
}
