import { devices, expect, type Page } from '@playwright/test';
import { test } from './support/axe.ts';
import { login, logout, saveScreenshot, switchLanguage } from './support/session.ts';

/** Issue #4 / PI-3: ask for a call-back with consent, see it in the consultant's queue, withdraw it and see it gone. */

const { defaultBrowserType: _browser, ...PHONE } = devices['Pixel 7'];

async function requestFromAssessment(page: Page, mobile: string): Promise<string> {
  await page.goto('/assess');
  await page.getByTestId('field-asOf').fill('2026-03-01');
  await page.getByTestId('field-residentId').fill('120223198902021249');
  await page.getByTestId('field-education').selectOption('benke_bachelor');
  await page.getByTestId('field-siYears').fill('4');
  // Insured this month is the person's own assertion: never pre-ticked (issue 10, item 8).
  await page.getByTestId('field-insuredThisMonth').check();
  await expect(page.getByTestId('total')).toHaveText('132');
  await page.getByTestId('consult-link').click();
  await expect(page).toHaveURL(/\/consult#a=/);
  await page.getByTestId('consult-name').fill('张三');
  await page.getByTestId('consult-mobile').fill('1380013');
  await page.getByTestId('consult-question').fill('换了单位，积分续办需要准备哪些材料？');
  await page.getByTestId('consult-submit').click();
  await expect(page.getByText('手机号码无效')).toBeVisible();
  await expect(page.getByText('请阅读并同意《隐私保护声明》')).toBeVisible();
  await page.getByTestId('consult-mobile').fill(mobile);
  // Sharing the assessment is the visitor's choice: never pre-ticked (issue 10, item 8).
  await expect(page.getByTestId('consult-attach')).not.toBeChecked();
  await page.getByTestId('consult-attach').check();
  await expect(page.getByText('总分 132 分')).toBeVisible();
  await page.getByTestId('consult-consent').check();
  await saveScreenshot(page, `consultation-request-${page.viewportSize()!.width < 600 ? 'phone' : 'desktop'}-zh`);
  await page.getByTestId('consult-submit').click();
  const reference = (await page.getByTestId('reference').innerText()).trim();
  expect(reference).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
  return reference;
}

test('request, queue, call back, withdraw, gone (desktop, zh and en)', async ({ page }) => {
  const reference = await requestFromAssessment(page, '13800138000');
  await saveScreenshot(page, 'consultation-submitted-desktop-zh');
  await page.getByTestId('status-link').click();
  await expect(page.getByTestId('status-value')).toHaveText('已收到，等待回电');
  await saveScreenshot(page, 'consultation-status-desktop-zh');
  await switchLanguage(page, 'en');
  await expect(page.getByTestId('status-value')).toHaveText('Received, waiting for a call-back');
  await saveScreenshot(page, 'consultation-status-desktop-en');
  await switchLanguage(page, 'zh-CN');

  await login(page, 'consultant');
  await page.getByTestId('side-menu').getByText('咨询回访队列').click();
  const card = page.getByTestId(`consultation-${reference}`);
  await expect(card).toBeVisible();
  await expect(card.getByTestId('queue-mobile')).toHaveText('138****8000');
  await expect(card).toContainText('132');
  await card.getByTestId('reveal').click();
  await expect(card.getByTestId('queue-mobile')).toHaveText('13800138000');
  await card.getByTestId('note-input').fill('已回电，约下周带材料');
  await card.getByTestId('note-add').click();
  await expect(card.getByTestId('queue-notes')).toContainText('已回电，约下周带材料');
  await saveScreenshot(page, 'consultation-queue-desktop-zh');
  await card.getByTestId('mark-called').click();
  await page.getByTestId('queue-filter').getByText('顾问已回电').click();
  await expect(page.getByTestId(`consultation-${reference}`).getByTestId('queue-status')).toHaveText('顾问已回电');
  await switchLanguage(page, 'en');
  await expect(page.getByTestId(`consultation-${reference}`).getByTestId('queue-status')).toHaveText(
    'A consultant has called back',
  );
  await saveScreenshot(page, 'consultation-queue-desktop-en');
  await switchLanguage(page, 'zh-CN');
  await logout(page);

  await page.goto(`/consult/status#ref=${reference}`);
  await expect(page.getByTestId('status-value')).toHaveText('顾问已回电');
  await page.getByTestId('withdraw').click();
  await page.getByTestId('withdraw-confirm').click();
  await expect(page.getByTestId('withdrawn')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('status-not-found')).toBeVisible();

  await login(page, 'consultant');
  await page.goto('/consultations');
  await page.getByTestId('queue-filter').getByText('全部').click();
  await expect(page.getByText('队列为空').or(page.getByTestId('queue').locator('.ant-card').first())).toBeVisible();
  await expect(page.getByTestId(`consultation-${reference}`)).toHaveCount(0);
});

test('privacy notice in both languages', async ({ page }) => {
  await page.goto('/privacy');
  await expect(page.getByTestId('privacy-notice')).toContainText('撤回与删除');
  await saveScreenshot(page, 'privacy-notice-desktop-zh');
  await switchLanguage(page, 'en');
  await expect(page.getByTestId('privacy-notice')).toContainText('Withdrawal and deletion');
  await saveScreenshot(page, 'privacy-notice-desktop-en');
});

test.describe('on a phone', () => {
  test.use(PHONE);
  test('request, status and withdrawal', async ({ page }) => {
    const reference = await requestFromAssessment(page, '13900139000');
    await page.getByTestId('status-link').click();
    await expect(page.getByTestId('status-value')).toBeVisible();
    await switchLanguage(page, 'en');
    await saveScreenshot(page, 'consultation-status-phone-en');
    await page.getByTestId('withdraw').click();
    await page.getByTestId('withdraw-confirm').click();
    await expect(page.getByTestId('withdrawn')).toBeVisible();
    await page.goto('/privacy');
    await saveScreenshot(page, 'privacy-notice-phone-en');
    expect(reference).toBeTruthy();
  });
});
