import type { Page } from '@playwright/test';

/**
 * Issue 22: what a Chinese page must not show a person: a hex id (8 or more
 * hex digits with a letter and a digit among them, e.g. "8f2997b5…"), a UUID,
 * or English words outside the few the pages use on purpose. Data stays
 * (names, usernames, numbers that mix letters and digits such as JF2026-000123,
 * SH310007919 or a unified social credit code); rule IDs (C-1, PI-3) stay.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const HEX = /(?<![0-9A-Za-z])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8,}(?![0-9A-Za-z])/i;
/** Words a Chinese page uses on purpose: the product's name, the language switch, file formats. */
const ALLOWED_WORDS = new Set(['jifen', 'EN', 'PDF', 'CSV', 'Excel', 'xlsx']);
const NOT_WORDS = [
  /https?:\/\/\S+/g, // an address shown to be typed (the verification page)
  /[\w.+-]+@[\w-]+\.[\w.]+/g, // e-mail addresses
  /\b[A-Z]{1,2}-\d+\b/g, // rule IDs: C-1, PI-3
  /\bGB(?:\/T)? ?\d[\d.-]*/g, // national standards: GB 32100-2015
  /[A-Za-z0-9*-]*\d[A-Za-z0-9*-]*/g, // numbers that mix letters and digits, masked IDs
];

export async function rawWords(page: Page, data: readonly string[]): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const problems: string[] = [];
  for (const raw of text.split('\n')) {
    let line = raw.trim();
    if (!line) continue;
    if (UUID.test(line)) problems.push(`UUID: ${raw.trim()}`);
    else if (HEX.test(line)) problems.push(`hex id: ${raw.trim()}`);
    for (const d of data) line = line.split(d).join(' ');
    for (const p of NOT_WORDS) line = line.replace(p, ' ');
    const words = (line.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED_WORDS.has(w));
    if (words.length) problems.push(`English "${words.join(' ')}": ${raw.trim().slice(0, 120)}`);
  }
  return [...new Set(problems)];
}
