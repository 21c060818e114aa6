import { type ContractMessageKey, contractMessage } from '@jifen/messages/contracts';
import { z } from 'zod';

export type { ContractMessageKey };

/** Languages the API answers in: zh-CN by default, English on request. */
export type Lang = 'zh' | 'en';

/**
 * A schema's own checks name a key of the contracts catalog
 * (`{ error: 'password.weak' }`, `@jifen/messages/contracts`); `localizeIssue`
 * turns it into text, so the API and the web show the same words in both
 * languages.
 */
type LocaleError = (issue: unknown) => string | { message: string } | undefined | null;
const zhLocale = z.locales.zhCN().localeError as LocaleError;
const enLocale = z.locales.en().localeError as LocaleError;

/** The domain's assessment schema words its date checks in English for developers (issue 18 item 5). */
const DOMAIN_RANGE: [RegExp, ContractMessageKey][] = [
  [/^expected a date as YYYY-MM-DD$/, 'date.format'],
  [/^expected a real calendar date as YYYY-MM-DD$/, 'date.invalid'],
  [/^expected a date from \d{4}-\d{2}-\d{2} to /, 'date.range'],
  [/^expected a month from \d{4}-\d{2} to /, 'month.range'],
];

/** Text of one zod issue in the given language. */
export function localizeIssue(issue: z.core.$ZodIssue, lang: Lang): string {
  const own = contractMessage(issue.message);
  if (own) return own[lang];
  const range = DOMAIN_RANGE.find(([re]) => re.test(issue.message));
  const rangeText = range && contractMessage(range[1]);
  if (rangeText) return rangeText[lang];
  const fromLocale = (lang === 'zh' ? zhLocale : enLocale)(issue);
  if (typeof fromLocale === 'string') return fromLocale;
  if (fromLocale && typeof fromLocale.message === 'string') return fromLocale.message;
  return issue.message;
}

/** `a.b[0].c` style path of an issue, '' for the root. */
export function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}
