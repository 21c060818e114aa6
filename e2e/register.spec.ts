import { expect } from '@playwright/test';
import { test } from './support/axe.ts';
import { login, logout, saveScreenshot } from './support/session.ts';

// An employer registers itself; the Pudong talent centre sees it pending and
// rejects it only with a reason.

const NEW_EMPLOYER = '上海德尔塔咨询有限公司';
const VALID_USCC = '91310115MA1K7E2P4X';

test('employer self-registration: field messages, a draft that survives reload, review in Pudong', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: '单位自助注册' }).click();
  await expect(page).toHaveURL(/\/register-employer$/);
  await expect(page.getByTestId('register-district')).toBeVisible();

  await page.locator('#name').fill(NEW_EMPLOYER);
  await page.locator('#uscc').fill('91310115MA1K7E2P4Y');
  await page.locator('#contactMobile').fill('2380013800');
  await page.getByTestId('register-submit').click();
  await expect(page.getByText('校验码错误：最后一位应为 X')).toBeVisible();
  await expect(page.getByTestId('manual-verification')).toBeVisible();
  await expect(page.getByText('手机号须为以 1 开头的 11 位数字')).toBeVisible();
  await expect(page.getByText('此项为必填项').first()).toBeVisible();
  await saveScreenshot(page, 'register-errors-zh');

  await page.reload();
  await expect(page.locator('#name')).toHaveValue(NEW_EMPLOYER);

  await page.locator('#uscc').fill(VALID_USCC);
  await page.locator('#district').click();
  await page.locator('#district').fill('浦东');
  await page.locator('.ant-select-dropdown').getByText('浦东新区', { exact: true }).click();
  await page.locator('#contactName').fill('钱经理');
  await page.locator('#contactMobile').fill('13600136000');
  await page.locator('#hrDisplayName').fill('钱人事');
  await page.locator('#hrUsername').fill('hr.delta');
  await page.locator('#password').fill('Delta2026pass');
  await page.locator('#confirmPassword').fill('Delta2026pass');
  await page.getByTestId('register-submit').click();
  await expect(page.getByTestId('register-success')).toContainText('注册成功');
  // The sign-in name is the requested one with a random suffix, so registering reveals no username (issue 11).
  const assigned = /hr\.delta-[a-z0-9]{4}/.exec((await page.getByTestId('register-success').textContent()) ?? '')?.[0];
  expect(assigned).toBeDefined();

  await login(page, assigned!, 'Delta2026pass');
  await expect(page.getByTestId('employer-pending-banner')).toBeVisible();
  await logout(page);

  await login(page, 'reviewer.pd');
  const row = page.getByTestId('pending-employers').getByRole('row', { name: new RegExp(NEW_EMPLOYER) });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: '不予认证' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '不予认证' }).click();
  await expect(dialog.getByText('请填写不予认证的原因')).toBeVisible();
  await dialog.getByTestId('reject-reason').fill('营业执照复印件未加盖公章（M-3）');
  await dialog.getByRole('button', { name: '不予认证' }).click();
  await expect(page.getByText('已退回该单位')).toBeVisible();
  await expect(page.getByTestId('pending-employers')).not.toContainText(NEW_EMPLOYER);
  await logout(page);
});
