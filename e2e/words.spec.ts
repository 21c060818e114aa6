import { expect, test, type Page } from '@playwright/test';
import { DEMO } from './support/demo-data.ts';
import { rawWords } from './support/raw-words.ts';
import { settle, watchProblems } from './support/role-walk.ts';
import { DEMO_PASSWORD } from './support/session.ts';

/**
 * Issue 22, on today's date: a new user's walk in Chinese (the public pages,
 * then every demo role's menu, and the pages a menu leads to most: an
 * application, a consultation) shows no raw code, id, hash or English. Each
 * finding names the page and the text. The English walk is new-user.spec.ts.
 */
const ROLES = ['admin', 'reviewer.pd', 'clerk.pd', 'hr.acme', 'hr.gamma', 'holder.li', 'holder.zhang', 'consultant'];
// Data the pages show as it is: usernames (the header, the users page) and the demo's people and employers.
const DATA = [
  ...ROLES,
  'reviewer.xh',
  'hr.beta',
  ...DEMO.acme.holders,
  ...DEMO.beta.holders,
  DEMO.acme.name,
  DEMO.beta.name,
  DEMO.gamma.name,
].sort((a, b) => b.length - a.length);

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('logout')).toBeVisible({ timeout: 15_000 });
}

test('the public pages in Chinese: no raw id, hash or English, no failed request', async ({ page }) => {
  const problems = watchProblems(page, () => false);
  const report: string[] = [];
  for (const path of ['/', '/assess', '/consult', '/consult/ask', '/consult/status', '/login', '/register-employer']) {
    await page.goto(path);
    await settle(page);
    for (const p of [...problems.take(), ...(await rawWords(page, DATA))]) report.push(`${path}: ${p}`);
  }
  expect(report).toEqual([]);
});

for (const account of ROLES) {
  test(`${account}: every menu page in Chinese shows no raw id, hash or English`, async ({ page }) => {
    await signIn(page, account);
    const report: string[] = [];
    const items = page.getByTestId('side-menu').getByRole('menuitem');
    await expect(items.first()).toBeVisible();
    const count = await items.count();
    for (let i = 0; i < count; i++) {
      const label = (await items.nth(i).innerText()).trim();
      await items.nth(i).click();
      await settle(page);
      const where = `${label} ${new URL(page.url()).pathname}`;
      for (const p of await rawWords(page, DATA)) report.push(`${where}: ${p}`);
      // The first row a list leads to (an application, a holder, a consultation), as a new user would open it.
      // Read in one step: a menu click keeps the previous page on screen while the next one's chunk loads, so a
      // row seen a moment ago may be gone (a locator that waits for it then waits for the test's whole timeout).
      const href = await page.evaluate(
        () => document.querySelector('.ant-table-row a[href^="/"]')?.getAttribute('href') ?? null,
      );
      if (href) {
        await page.goto(href);
        await settle(page);
        const detail = `${where} -> ${new URL(page.url()).pathname}`;
        for (const p of await rawWords(page, DATA)) report.push(`${detail}: ${p}`);
        // The side menu stays on a detail page: the next item is clicked from here (no history navigation to wait for).
      }
    }
    expect(report).toEqual([]);
  });
}
