import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, test } from './support/axe.ts';
import { login } from './support/session.ts';

/**
 * Issue 22, items 2 and 3: the self-assessment by keyboard and screen reader, and 长者模式.
 * axe runs at the end of each test too (support/axe.ts), here also in 长者模式.
 */

async function fillWorkedExample(page: Page): Promise<void> {
  await page.goto('/assess');
  await expect(page.getByTestId('assessment-page')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('field-asOf').fill('2026-03-01');
  await page.getByTestId('field-residentId').fill('120223198902021249');
  await page.getByTestId('field-education').selectOption('dazhuan');
  await page.getByTestId('field-siYears').fill('4');
  await page.getByTestId('field-insuredThisMonth').check();
}

/** The computed font size (px) of an element, and the height of the control it is in (antd wraps inputs). */
async function sizeOf(page: Page, selector: string): Promise<{ font: number; height: number }> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => ({
      font: Number.parseFloat(getComputedStyle(el).fontSize),
      height: (el.closest('.ant-input-affix-wrapper') ?? el).getBoundingClientRect().height,
    }));
}

test('self-assessment by keyboard and screen reader: focus ring, live total, named what-ifs, focus kept', async ({
  page,
}) => {
  await fillWorkedExample(page);
  await expect(page).toHaveTitle('居住证积分测评 · 积分 jifen');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);

  // The live total: a polite live region that says the score in words.
  const live = page.getByTestId('live-total');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(live).toHaveText('当前估算总分 92 分，标准分值 120 分');

  // A focus ring one can see, on an input and on a select reached with Tab.
  await page.getByTestId('field-siYears').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const ring = await page.getByTestId('field-siYears').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(ring).toBe('solid');
  await page.getByTestId('field-education').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const selectRing = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return { tag: el.tagName, outline: getComputedStyle(el).outlineStyle };
  });
  expect(selectRing).toEqual({ tag: 'SELECT', outline: 'solid' });

  // Each what-if button says what it applies: no two share a name, none is a bare "套用".
  const buttons = page.getByTestId('what-ifs').getByRole('button');
  const names = await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  expect(names.length).toBeGreaterThan(1);
  expect(new Set(names).size).toBe(names.length);
  for (const name of names) expect(name).toMatch(/^套用：.+（加 \d+ 分）$/);

  // Applying one by keyboard: the total changes, is announced, and focus stays in the list.
  await page.getByTestId('what-if-0-apply').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('applied')).toBeVisible();
  await expect(live).not.toHaveText('当前估算总分 92 分，标准分值 120 分');
  const focusInList = await page.evaluate(
    () => document.querySelector('[data-testid="what-ifs"]')?.contains(document.activeElement) ?? false,
  );
  expect(focusInList).toBe(true);

  // No button inside a link (one element, one tab stop), here and on the public home.
  await expect(page.locator('a button, button a')).toHaveCount(0);
  await expect(page.getByTestId('consult-link')).toHaveAttribute('href', /^\/consult#/);
  await page.goto('/');
  await expect(page.getByTestId('public-home')).toBeVisible();
  await expect(page.locator('a button, button a')).toHaveCount(0);
  // The skip link is the first tab stop and leads to <main>.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('长者模式: 18 px type, larger controls, one column, remembered; signed in too', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByTestId('login-submit')).toBeVisible();
  await expect.poll(async () => (await sizeOf(page, '#username')).font).toBe(14);

  await page.getByTestId('elder-mode').click();
  await expect(page.getByTestId('elder-mode')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveClass(/jf-elder/);
  // antd animates font size and height (transition: all 0.2s): poll until they settle.
  await expect.poll(async () => (await sizeOf(page, '#username')).font).toBeGreaterThanOrEqual(18);
  await expect.poll(async () => (await sizeOf(page, '#username')).height).toBeGreaterThanOrEqual(44);
  await expect.poll(async () => (await sizeOf(page, 'label[for="username"]')).font).toBeGreaterThanOrEqual(18);
  await expect.poll(async () => (await sizeOf(page, 'body')).font).toBeGreaterThanOrEqual(18);
  // Fewer words: the subtitle under the name gives way.
  await expect(page.getByText('上海市居住证积分管理')).toBeHidden();
  await expectNoAxeViolations(page, '/login in 长者模式');

  // Remembered: a reload, then signing in, keeps it.
  await page.reload();
  await expect(page.getByTestId('elder-mode')).toHaveAttribute('aria-pressed', 'true');
  await login(page, 'hr.acme');
  await expect(page.getByTestId('elder-mode')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await sizeOf(page, '.ant-menu-item')).font).toBeGreaterThanOrEqual(18);
  await expect.poll(async () => (await sizeOf(page, 'main .ant-table-cell')).font).toBeGreaterThanOrEqual(18);

  // The self-assessment: one column, and its own native inputs grow too.
  await page.goto('/assess');
  await expect(page.getByTestId('assessment-page')).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => (await sizeOf(page, '[data-testid="field-siYears"]')).font).toBeGreaterThanOrEqual(18);
  const columns = await page
    .locator('.assess-grid')
    .evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
  expect(columns).toBe(1);

  // Off again: back to 14 px, and it stays off.
  await page.getByTestId('elder-mode').click();
  await expect.poll(async () => (await sizeOf(page, '[data-testid="field-siYears"]')).font).toBe(14);
  await page.reload();
  await expect(page.getByTestId('elder-mode')).toHaveAttribute('aria-pressed', 'false');
});

test('a 200% browser font enlarges labels and inputs (they stayed at 14 px)', async ({ page }) => {
  // The browser's own default font size, as a reader sets it in the settings (not page zoom).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
  await page.goto('/login');
  await expect(page.getByTestId('login-submit')).toBeVisible();
  await expect.poll(async () => (await sizeOf(page, 'html')).font).toBe(32);
  await expect.poll(async () => (await sizeOf(page, '#username')).font).toBe(28);
  await expect.poll(async () => (await sizeOf(page, 'label[for="username"]')).font).toBe(28);
});
