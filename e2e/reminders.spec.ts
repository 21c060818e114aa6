import { expect, test } from '@playwright/test';
import { login, saveScreenshot } from './support/session.ts';

// Issue 13: the lifecycle sweep that ran at startup has sent today's reminders:
// the holder sees the reminder and the state change with its rule, HR sees it in-app.

test('reminders: holder.li sees the renewal-window reminder (L-2) and its history; HR got it in-app', async ({ page }) => {
  await login(page, 'holder.li');
  await expect
    .poll(async () => ((await (await page.request.get('/api/v1/points-records/mine')).json()) as { reminders: unknown[] }).reminders.length)
    .toBeGreaterThan(0);
  await page.goto('/me/points-record');
  await expect(page.getByTestId('points-record-state')).toHaveText('最佳续办期（到期前）');
  const reminders = page.getByTestId('reminders-table');
  await expect(reminders).toContainText('居住证积分进入续办期（L-2）');
  await expect(reminders).toContainText('短信');
  await expect(page.getByTestId('points-history-table')).toContainText('L-2');
  await saveScreenshot(page, 'reminders-holder-points-record');

  await page.context().clearCookies();
  await login(page, 'hr.acme');
  await page.goto('/notifications');
  await expect(page.getByText('居住证积分进入续办期（L-2）').first()).toBeVisible();
  await expect(page.getByText('积分已清零（L-4）').first()).toBeVisible();
});
