import { expect, type Page } from '@playwright/test';

/**
 * What a page did wrong while a role walked its menu: failed requests,
 * console errors, uncaught errors. The app's "who am I" probe answers a
 * visitor with 200 (GET /api/v1/auth/session, issue 22), so no 401 is
 * expected before sign-in either. `isSignedIn` is kept for the callers.
 */
export function watchProblems(page: Page, _isSignedIn: () => boolean): { take: () => string[] } {
  const seen: string[] = [];
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (r.status() < 400) return;
    seen.push(`${r.status()} ${r.request().method()} ${url.pathname}`);
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    seen.push(`console: ${m.text().slice(0, 200)}`);
  });
  page.on('pageerror', (e) => seen.push(`page error: ${String(e).slice(0, 200)}`));
  return { take: () => seen.splice(0) };
}

/** Texts of the interface itself (not of the data): menus, headings, labels, buttons, column heads, tags, alert and card titles. */
const UI_TEXT = [
  '.ant-menu-title-content',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'label',
  'button',
  'th',
  '.ant-alert-title',
  '.ant-card-head-title',
  '.ant-descriptions-item-label',
  '.ant-empty-description',
].join(', ');

/** An i18n key that was shown instead of its text, e.g. "application.state.draft". */
const RAW_KEY = /\b[a-z][a-zA-Z]+(?:\.[a-z][a-zA-Z0-9_]+){1,3}\b/;

/**
 * Untranslated strings on the page: raw i18n keys in any language, and in
 * English any Chinese in the interface's own texts, once the data the page
 * shows (names of people, employers, centres, districts, usernames) is taken out.
 */
export async function untranslated(page: Page, language: 'zh-CN' | 'en', data: readonly string[]): Promise<string[]> {
  const texts = await page.locator(UI_TEXT).evaluateAll((els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => (e.textContent ?? '').trim())
      .filter(Boolean),
  );
  const problems: string[] = [];
  for (const text of texts) {
    let rest = text;
    for (const d of data) rest = rest.split(d).join('');
    if (RAW_KEY.test(rest) && !/@|\.(?:csv|xlsx|pdf)\b|https?:/.test(rest)) problems.push(`raw key: ${text}`);
    if (language === 'en' && /\p{Script=Han}/u.test(rest.replace('中文', ''))) problems.push(`not English: ${text}`);
  }
  return [...new Set(problems)];
}

/** Menu labels cut off with an ellipsis (issue 10: "Holders in the dist…"). */
export async function truncatedMenuLabels(page: Page): Promise<string[]> {
  return page
    .getByTestId('side-menu')
    .locator('.ant-menu-title-content')
    .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent ?? ''));
}

export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
}
