import { devices, expect, type Page } from '@playwright/test';
import { test } from './support/axe.ts';
import { saveScreenshot, switchLanguage } from './support/session.ts';

/**
 * Issue #4 journey: the public self-assessment, desktop and phone, zh and en.
 * The worked example of cases/README.md: born 1989-02-02 (from the resident
 * ID), 本科+学士, 4 full years of social insurance, on 2026-03-01 = 132.
 */
async function fillWorkedExample(page: Page): Promise<void> {
  await page.goto('/assess');
  // The page and its engine are one lazy chunk; a loaded CI machine can take a while.
  await expect(page.getByTestId('assessment-page')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('field-asOf').fill('2026-03-01');
  await page.getByTestId('field-residentId').fill('120223198902021249');
  await expect(page.getByTestId('field-birthDate')).toHaveValue('1989-02-02');
  await page.getByTestId('field-education').selectOption('benke_bachelor');
  await page.getByTestId('field-siYears').fill('4');
  // Insured this month is the person's own assertion: never pre-ticked (issue 10, item 8).
  await page.getByTestId('field-insuredThisMonth').check();
}

/** A phone viewport (Pixel 7's size, touch, mobile UA) without switching browser type. */
const { defaultBrowserType: _browser, ...PHONE } = devices['Pixel 7'];

for (const viewport of ['desktop', 'phone'] as const) {
  test.describe(`self-assessment on a ${viewport}`, () => {
    if (viewport === 'phone') test.use(PHONE);

    test('live total, breakdown, what-if, timeline, checklist and print view', async ({ page }) => {
      await fillWorkedExample(page);
      await expect(page.getByTestId('total')).toHaveText('132');
      await expect(page.getByTestId('meets')).toBeVisible();
      await expect(page.getByTestId('line-age')).toContainText('S-2');
      await expect(page.getByTestId('line-education')).toContainText('90');
      await expect(page.getByTestId('line-siYears')).toContainText('12');
      await expect(page.getByTestId('policy')).toContainText('sh-2026');

      // Live: lower the education, the total follows at once; then apply the best what-if.
      await page.getByTestId('field-education').selectOption('dazhuan');
      await expect(page.getByTestId('total')).toHaveText('92');
      await expect(page.getByTestId('shortfall')).toContainText('28');
      const first = page.getByTestId('what-if-0');
      const gain = Number((await first.locator('.assess-gain').innerText()).replace('+', ''));
      await first.getByRole('button').click();
      await expect(page.getByTestId('total')).toHaveText(String(92 + gain));
      await page.getByTestId('undo').click();
      await expect(page.getByTestId('total')).toHaveText('92');
      await expect(page.getByTestId('earliest')).toContainText('120');

      // Eligibility problem (C-1) with what to do.
      await page.getByTestId('field-monthsPaidInWindow').fill('4');
      await expect(page.getByTestId('not-eligible')).toBeVisible();
      await expect(page.getByTestId('check-C-1')).toContainText('怎么做');
      await page.getByTestId('field-monthsPaidInWindow').fill('12');

      // Renewal planner: every key date and today's state.
      await page.getByTestId('field-permitExpiry').fill('2026-07-31');
      for (const kind of ['window_opens', 'expiry', 'late_window_last_day', 'points_cleared', 'permit_lapsed']) {
        await expect(page.getByTestId(`timeline-${kind}`)).toBeVisible();
      }
      await expect(page.getByTestId('timeline-window_opens')).toContainText('2026-07-01');
      await expect(page.getByTestId('timeline-today')).toBeVisible();
      await expect(page.getByTestId('benefits')).toContainText('L-6');

      // Materials for a changed employer, with the contract dates checked (M-2).
      await page.getByTestId('section-materials').locator('summary').click();
      await page.getByTestId('field-renewalPath').getByText('工作单位已变更').click();
      await expect(page.getByTestId('material-labour_contract')).toContainText('M-2');
      await page.getByTestId('field-contractStart').fill('2026-05-01');
      await page.getByTestId('field-contractEnd').fill('2026-03-01');
      await expect(page.getByTestId('contractEnd-error')).toHaveText('M-2 劳动合同终止日期早于起始日期');
      await page.getByTestId('field-contractEnd').fill('2028-04-30');
      await expect(page.getByTestId('contract-ok')).toBeVisible();
      await page.getByTestId('field-education').selectOption('benke_bachelor');
      await saveScreenshot(page, `assessment-${viewport}-zh`);

      await switchLanguage(page, 'en');
      await expect(page.getByTestId('breakdown')).toContainText('Points by indicator');
      await expect(page.getByTestId('planner')).toContainText('renewal window opens');
      await saveScreenshot(page, `assessment-${viewport}-en`);

      await page.emulateMedia({ media: 'print' });
      await expect(page.getByTestId('assessment-form')).toBeHidden();
      await expect(page.getByTestId('breakdown')).toBeVisible();
      await expect(page.getByText('Residence-permit points assessment', { exact: true })).toBeVisible();
      await saveScreenshot(page, `assessment-print-${viewport}-en`);
      await switchLanguageInPrint(page, 'zh-CN');
      await saveScreenshot(page, `assessment-print-${viewport}-zh`);
    });

    test('bad input shows a message at the field, in the page language', async ({ page }) => {
      await page.goto('/assess');
      await page.getByTestId('field-residentId').fill('120223198902021248');
      await expect(page.getByTestId('residentId-error')).toContainText('校验码错误');
      await expect(page.getByTestId('result-pending')).toBeVisible();
      await switchLanguage(page, 'en');
      await expect(page.getByTestId('residentId-error')).toContainText('fails the check');
      await page.getByTestId('field-residentId').fill('');
      await page.getByTestId('field-birthDate').fill('1990-02-30');
      await expect(page.getByTestId('birthDate-error')).toHaveText(
        'Invalid date: enter a real calendar date as YYYY-MM-DD',
      );
      await switchLanguage(page, 'zh-CN');
      await expect(page.getByTestId('birthDate-error')).toContainText('日期无效');
      await page.getByTestId('field-birthDate').fill('1990-02-28');
      await expect(page.getByTestId('total')).toBeVisible();
    });

    test('the share link carries the answers in the fragment only', async ({ page }) => {
      await fillWorkedExample(page);
      await expect(page.getByTestId('total')).toHaveText('132');
      await page.getByTestId('share').click();
      await expect(page.getByTestId('share-copied')).toBeVisible();
      const url = page.url();
      expect(new URL(url).search).toBe('');
      expect(new URL(url).hash).toMatch(/^#a=/);
      expect(url).not.toContain('120223198902021249');
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto('about:blank');
      await page.goto(url);
      await page.getByTestId('field-asOf').fill('2026-03-01');
      await expect(page.getByTestId('total')).toHaveText('132');
      expect(requests.every((r) => !r.includes('#') && !r.includes('a='))).toBe(true);
    });
  });
}

async function switchLanguageInPrint(page: Page, language: 'zh-CN' | 'en'): Promise<void> {
  await page.emulateMedia({ media: 'screen' });
  await switchLanguage(page, language);
  await page.emulateMedia({ media: 'print' });
}
