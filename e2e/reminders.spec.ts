import { expect } from '@playwright/test';
import { test } from './support/axe.ts';
import { login, saveScreenshot } from './support/session.ts';

// Issue 13: the lifecycle sweep that ran at startup has sent today's reminders:
// the holder sees the reminder and the state change with its rule, HR sees it in-app.
// Issue 17: the startup sweep caught up the seed's last fifteen days, so each
// reminder was rendered today, from today's state (李明's window opened five
// days ago: 20 days are left); the points record heads its history with the
// state that applies, since when and by which rule; HR's copy names the holder
// and opens the holder's page.

test('reminders: holder.li sees the renewal-window reminder (L-2) and its history; HR got it in-app', async ({
  page,
}) => {
  await login(page, 'holder.li');
  await expect
    .poll(
      async () =>
        ((await (await page.request.get('/api/v1/points-records/mine')).json()) as { reminders: unknown[] }).reminders
          .length,
    )
    .toBeGreaterThan(0);
  await page.goto('/me/points-record');
  await expect(page.getByTestId('points-record-state')).toHaveText('最佳续办期（到期前）');
  const reminders = page.getByTestId('reminders-table');
  await expect(reminders).toContainText('居住证积分进入续办期（L-2）');
  // Rendered on the day it went out: the days left to the expiry (the demo's permit expires 20 days after seeding).
  await expect(reminders).toContainText('还剩20天');
  await expect(reminders).toContainText('短信');
  await expect(page.getByTestId('points-history-table')).toContainText('L-2');
  const current = page.getByTestId('points-history-current');
  await expect(current).toContainText('当前状态：最佳续办期（到期前）');
  await expect(current).toContainText('L-2');
  await expect(current).toContainText(/\d{4}-\d{2}-\d{2}/);
  await saveScreenshot(page, 'reminders-holder-points-record');

  await page.context().clearCookies();
  await login(page, 'hr.acme');
  await page.goto('/notifications');
  await expect(page.getByText('居住证积分进入续办期（L-2）').first()).toBeVisible();
  await expect(page.getByText('积分已清零（L-4）').first()).toBeVisible();
  // HR's copy names the holder with a masked ID and links to the holder's page.
  const li = page.getByTestId('notification').filter({ hasText: '居住证积分进入续办期（L-2） · 李明（' }).first();
  await expect(li).toContainText(/持证人李明（\d{4}\*+\w{4}）/);
  await saveScreenshot(page, 'reminders-hr-notifications');
  await li.getByTestId('notification-link').click();
  await expect(page).toHaveURL(/\/holders\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('holder-detail')).toContainText('李明', { timeout: 30_000 });
});
