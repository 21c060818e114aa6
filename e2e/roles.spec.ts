import { expect } from '@playwright/test';
import { test } from './support/axe.ts';
import { readFileSync } from 'node:fs';
import { DEMO } from './support/demo-data.ts';
import { chooseOption } from './support/ui-helpers.ts';
import { login, logout, menuLabels, saveScreenshot, switchLanguage } from './support/session.ts';
import { screenshotHomeInBothLanguages } from './support/home-screenshots.ts';

// One journey per role: what the role sees, what it may not see, both languages.

const MASKED_ID = /^\d{4}\*{10}[\dX]{4}$/;

test('login page: Chinese by default, the API error in the chosen language, register link', async ({ page }) => {
  // `/` is the public home now (issue 10, item 3; e2e/new-user.spec.ts): its sign-in entry leads here.
  await page.goto('/');
  await page.getByTestId('home-sign-in').getByRole('link').click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('public-home-link')).toHaveText('积分 jifen');
  await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();
  await expect(page.getByText('上海市居住证积分管理')).toBeVisible();
  await page.locator('#username').fill('hr.acme');
  await page.locator('#password').fill('wrong-password-1');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toContainText(/[\u4e00-\u9fff]/);
  await switchLanguage(page, 'en');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).not.toContainText(/[\u4e00-\u9fff]/);
  await page.reload();
  await expect(page.getByTestId('login-submit')).toHaveText(/Sign in/);
  await page.getByRole('link', { name: 'Register your employer' }).click();
  await expect(page).toHaveURL(/\/register-employer$/);
  await switchLanguage(page, 'zh-CN');
  await expect(page.getByText('用人单位自助注册')).toBeVisible();
});

test('holder: own profile with a masked ID; the admin page is forbidden', async ({ page }) => {
  await login(page, 'holder.li');
  await expect(page.getByTestId('user-display-name')).toHaveText('李明');
  await expect(page.getByTestId('role-tag').first()).toHaveText('持证人');
  const profile = page.getByTestId('holder-profile');
  await expect(profile).toContainText('李明');
  await expect(profile).toContainText(DEMO.acme.name);
  await expect(page.getByTestId('holder-id-masked')).toHaveText(MASKED_ID);
  await expect(page.getByTestId('lifecycle-tag')).toHaveAttribute('data-state', 'renewal_window');
  expect(await menuLabels(page)).toEqual([
    '我的居住证积分',
    '我的积分指标',
    '我的积分申请',
    '我的居住证记录',
    '通知',
    '我的短信',
    '积分有效期与提醒',
  ]);
  await expect(page.getByTestId('points-validity')).toBeVisible();
  await screenshotHomeInBothLanguages(page, 'holder', 'My residence permit and points');

  await page.goto('/admin/users');
  await expect(page.getByText('403', { exact: true })).toBeVisible();
  await expect(page.getByText('您的角色无权访问此页面。')).toBeVisible();
  await page.goto('/no-such-page');
  await expect(page.getByText('您访问的页面不存在。')).toBeVisible();
  await logout(page);
});

test('hr.acme: only its own holders; search, state filter, masked CSV export', async ({ page }) => {
  await login(page, 'hr.acme');
  await expect(page.getByTestId('user-scope')).toHaveText(DEMO.acme.name);
  expect(await menuLabels(page)).toEqual(['本单位持证人', '积分申请', '员工花名册', '转入申请']);
  const table = page.getByTestId('holders-table');
  for (const name of DEMO.acme.holders) await expect(table.getByRole('cell', { name, exact: true })).toBeVisible();
  for (const name of DEMO.beta.holders) await expect(table.getByText(name, { exact: true })).toHaveCount(0);
  await expect(page.getByTestId('employer-pending-banner')).toHaveCount(0);

  await page.getByTestId('holders-search').locator('input').fill('王芳');
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(1);
  await page.getByTestId('holders-search').locator('input').fill('');
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(DEMO.acme.holders.length);

  const download = page.waitForEvent('download');
  await page.getByTestId('holders-export').click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csv.trim().split('\r\n');
  expect(rows).toHaveLength(DEMO.acme.holders.length + 1);
  for (const row of rows.slice(1)) expect(row.split(',')[1]).toMatch(MASKED_ID);

  await screenshotHomeInBothLanguages(page, 'hr', 'Our permit holders');
  await page.goto('/admin/audit');
  await expect(page.getByText('403', { exact: true })).toBeVisible();
  await logout(page);
});

test('hr.beta sees Xuhui holders only; hr.gamma sees the pending-verification banner', async ({ page }) => {
  await login(page, 'hr.beta');
  const table = page.getByTestId('holders-table');
  for (const name of DEMO.beta.holders) await expect(table.getByRole('cell', { name, exact: true })).toBeVisible();
  for (const name of DEMO.acme.holders) await expect(table.getByText(name, { exact: true })).toHaveCount(0);
  await logout(page);

  await login(page, 'hr.gamma');
  await expect(page.getByTestId('employer-pending-banner')).toContainText('尚待认证');
  await saveScreenshot(page, 'hr-pending-zh');
  await logout(page);
});

test('reviewer.pd: the pending Pudong employer, district holders; reviewer.xh does not see it', async ({ page }) => {
  await login(page, 'reviewer.pd');
  expect(await menuLabels(page)).toEqual(['待认证单位', '辖区积分申请', '现场办理时段', '辖区持证人', '审核工作台']);
  await expect(page.getByTestId('pending-employers')).toContainText(DEMO.gamma.name);
  await screenshotHomeInBothLanguages(page, 'reviewer', 'Employers to verify');

  await page.getByTestId('side-menu').getByText('辖区持证人').click();
  await expect(page).toHaveURL(/\/holders$/);
  const table = page.getByTestId('holders-table');
  await expect(table.getByRole('cell', { name: DEMO.acme.holders[0], exact: true })).toBeVisible();
  for (const name of DEMO.beta.holders) await expect(table.getByText(name, { exact: true })).toHaveCount(0);
  await saveScreenshot(page, 'reviewer-holders-zh');
  await logout(page);

  await login(page, 'reviewer.xh');
  await expect(page.getByTestId('user-scope')).toContainText(DEMO.xuhui);
  await expect(page.getByTestId('pending-employers')).toBeVisible();
  await expect(page.getByTestId('pending-employers')).not.toContainText(DEMO.gamma.name);
  await page.getByTestId('side-menu').getByText('辖区持证人').click();
  await expect(
    page.getByTestId('holders-table').getByRole('cell', { name: DEMO.beta.holders[0], exact: true }),
  ).toBeVisible();
  await expect(page.getByTestId('holders-table').getByText(DEMO.acme.holders[0], { exact: true })).toHaveCount(0);
  await logout(page);
});

test('clerk.pd: the centre home with the holder lookup by resident ID', async ({ page }) => {
  await login(page, 'clerk.pd');
  await expect(page.getByTestId('user-scope')).toContainText(DEMO.lujiazuiCentre);
  await expect(page.getByTestId('lookup-form')).toBeVisible();
  await screenshotHomeInBothLanguages(page, 'clerk', 'Look up');
  await page.goto('/holders');
  await expect(page.getByText('403', { exact: true })).toBeVisible();
  await logout(page);
});

test('consultant: its scope, and the working call-back queue (issue 10, item 9)', async ({ page }) => {
  await login(page, 'consultant');
  await expect(page.getByTestId('consultant-scope')).toBeVisible();
  await expect(page.getByTestId('consultant-new-count')).toContainText('待回访的新请求');
  await expect(page.getByText('后续版本')).toHaveCount(0);
  await screenshotHomeInBothLanguages(page, 'consultant', 'Open the call-back queue');
  await logout(page);
});

test('admin: users, the audit log and its hash chain', async ({ page }) => {
  await login(page, 'admin');
  await expect(page).toHaveURL(/\/admin\/users$/);
  expect(await menuLabels(page)).toEqual(['用户管理', '审计日志', '政策数据', '失败短信']);
  const users = page.getByTestId('users-table');
  for (const username of ['reviewer.pd', 'reviewer.xh', 'clerk.pd', 'hr.acme', 'holder.li']) {
    await expect(users.getByRole('cell', { name: username, exact: true })).toBeVisible();
  }
  await expect(page.getByTestId('create-staff-form')).toBeVisible();
  await screenshotHomeInBothLanguages(page, 'admin', 'New staff account');

  await page.getByTestId('side-menu').getByText('审计日志').click();
  await expect(page.getByTestId('audit-table').locator('tbody tr.ant-table-row').first()).toBeVisible();
  await page.getByTestId('verify-chain').click();
  await expect(page.getByTestId('chain-result')).toContainText('哈希链完整');
  await saveScreenshot(page, 'admin-audit-zh');
  await logout(page);
});

test('admin: creates a reviewer, then makes it a clerk of a community centre (issue 10, item 13)', async ({ page }) => {
  await login(page, 'admin');
  const form = page.getByTestId('create-staff-form');
  await form.locator('#username').fill('reviewer.moved');
  await form.locator('#displayName').fill('调岗测试');
  await chooseOption(page, 'staff-role', '区人才服务中心');
  await chooseOption(page, 'staff-district', '浦东新区', '浦东');
  await form.locator('#password').fill('Moved-2026-staff');
  await form.getByRole('button', { name: /创\s*建/ }).click();
  const row = page
    .getByTestId('users-table')
    .locator('tr', { has: page.getByRole('cell', { name: 'reviewer.moved', exact: true }) });
  await expect(row).toBeVisible();

  await page.getByTestId('role-reviewer.moved').click();
  const dialog = page.locator('.ant-modal');
  await expect(dialog).toContainText('reviewer.moved');
  await chooseOption(page, dialog.getByTestId('staff-role'), '社区事务受理服务中心');
  await chooseOption(page, dialog.getByTestId('staff-centre'), '陆家嘴');
  await dialog.locator('.ant-btn-primary').click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('陆家嘴街道社区事务受理服务中心');
  // Holder and HR accounts keep their role: no such action on their rows.
  await expect(page.getByTestId('role-holder.li')).toHaveCount(0);
  await logout(page);
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('hr.acme: the menu is a drawer, the table scrolls, nothing overflows the page', async ({ page }) => {
    await login(page, 'hr.acme');
    await expect(page.locator('.ant-layout-sider')).toHaveCount(0);
    await expect(page.getByTestId('holders-table')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'phone-hr-zh');
    await page.getByTestId('open-menu').click();
    await expect(page.getByTestId('drawer-user')).toContainText(DEMO.acme.name);
    expect(await menuLabels(page)).toEqual(['本单位持证人', '积分申请', '员工花名册', '转入申请']);
    await saveScreenshot(page, 'phone-hr-menu-zh');
    await page.getByTestId('side-menu').getByText('本单位持证人').click();
    await switchLanguage(page, 'en');
    await saveScreenshot(page, 'phone-hr-en');
    await switchLanguage(page, 'zh-CN');
    await logout(page);
  });
});
