import { expect, type Page } from '@playwright/test';
import { test } from './support/axe.ts';
import { pdfTextAndLinks } from '../apps/api/test/support/pdf.ts';
import { signedInApi } from './support/api.ts';
import { confirmInDialog, endorseAtCounter } from './support/clerk.ts';
import { DEMO_ID17, residentId } from './support/demo-data.ts';
import { login, logout, saveScreenshot } from './support/session.ts';
import { applicationState, chooseOption, confirmAction } from './support/ui-helpers.ts';

/**
 * Issue 17, on today's date with the demo data, on a server of its own
 * (project "timeline"): one person adds up across every role's pages.
 * 1. 李明's renewal waits for the endorsement (L-7); the endorsement alone
 *    leaves the points as they were; approved, the notice runs to the new
 *    expiry and last year's notice reads superseded.
 * 2. 刘洋, endorsed in the late window, stays late in HR's list (not 有效).
 * 4. 杨磊's lapsed permit (L-5): his case in review shows why and offers no
 *    approval; the clerk records a newly issued permit instead.
 */
test.describe.configure({ mode: 'serial' });

const YANG_LEI = '370202198709300072';
const LIU_YANG = '510107198502030055';

async function noticeVerifyPath(page: Page, applicationPath: string): Promise<string> {
  const id = applicationPath.split('/').pop();
  const res = await page.request.get(`/api/v1/applications/${id}/notice.pdf`);
  expect(res.status(), await res.text()).toBe(200);
  const { links } = await pdfTextAndLinks(Buffer.from(await res.body()));
  return new URL(links[0]!).pathname;
}

async function holderPermitExpiry(page: Page): Promise<string> {
  return (await page.getByTestId('holder-permit-expiry').innerText()).trim();
}

test("1 and 5. 李明: endorse first (L-7), then the renewal; it waits for the 2025 wage (P-2) and is approved when it is published; its notice runs to the new expiry and last year's is superseded", async ({
  page,
  playwright,
  baseURL,
}) => {
  // Last year's notice, as the holder printed it.
  await login(page, 'holder.li');
  const oldExpiry = await holderPermitExpiry(page);
  await expect(page.getByTestId('points-validity')).toContainText(oldExpiry);
  const prior = (
    (await (await page.request.get('/api/v1/applications?state=approved')).json()) as { applications: { id: string }[] }
  ).applications[0]!;
  const priorVerify = await noticeVerifyPath(page, `/applications/${prior.id}`);
  await logout(page);

  await login(page, 'hr.acme');
  await page.goto('/applications/new');
  await chooseOption(page, 'holder-select', '李明');
  await page.getByTestId('kind-renewal_same_employer').click();
  await page.getByTestId('create-application').click();
  await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;
  await logout(page);

  await login(page, 'holder.li');
  await page.goto(path);
  await confirmAction(page, 'action-confirm');
  await expect(applicationState(page)).toHaveAttribute('data-state', 'holder_confirmed');
  await logout(page);

  // HR is told before trying: the permit must be endorsed for the next period first, and where.
  await login(page, 'hr.acme');
  await page.goto(path);
  await expect(page.getByTestId('timeline-blocker')).toHaveAttribute('data-rule', 'L-7');
  await expect(page.getByTestId('timeline-blocker')).toContainText('社区事务受理服务中心');
  const refused = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/actions/submit'));
  await confirmAction(page, 'action-submit');
  expect((await refused).status()).toBe(422);
  await expect(applicationState(page)).toHaveAttribute('data-state', 'holder_confirmed');
  await saveScreenshot(page, 'timeline-renewal-waits-for-endorsement');
  await logout(page);

  await endorseAtCounter(page, residentId(DEMO_ID17.李明), '李明');

  // The endorsement extends the permit only: the points still end on the old expiry, and the holder is told so.
  await login(page, 'holder.li');
  const newExpiry = await holderPermitExpiry(page);
  expect(newExpiry > oldExpiry).toBe(true);
  await expect(page.getByTestId('points-validity')).toContainText(oldExpiry);
  await expect(page.getByTestId('points-validity-note').first()).toContainText(newExpiry);
  await logout(page);

  // HR's monthly records at bases of 12,400, near 1x: the 2025 average wage, not yet published, decides S-9 (issue 19).
  const hrApi = await signedInApi(await playwright.request.newContext({ baseURL }), 'hr.acme');
  const li = ((await hrApi.get('/api/v1/holders')) as { holders: { id: string; name: string }[] }).holders.find(
    (h) => h.name === '李明',
  )!;
  const records = (
    (await hrApi.get(`/api/v1/holders/${li.id}/records`)) as {
      records: { months: { base?: number; taxedIncome?: number }[]; version: number };
    }
  ).records;
  const near = records.months.map((m) =>
    m.base === undefined ? m : { ...m, base: 12400, taxedIncome: Math.max(12400, m.taxedIncome ?? 0) },
  );
  await hrApi.put(`/api/v1/holders/${li.id}/records`, { months: near, expectedVersion: records.version });

  await login(page, 'hr.acme');
  await page.goto(path);
  await expect(page.getByTestId('timeline-blocker')).toHaveCount(0);
  await confirmAction(page, 'action-submit');
  await expect(applicationState(page)).toHaveAttribute('data-state', 'under_review');
  await expect(page.getByTestId('pending-wage')).toBeVisible();
  await expect(page.getByTestId('permit-period')).toContainText(newExpiry);
  await logout(page);

  // 5. An administrator enters the 2025 wage (a test figure), a second one publishes it: the case is routed again as
  // at submission, every check passes, and the system approves it (R-1, P-2); HR reads why in its history.
  const drafter = await signedInApi(await playwright.request.newContext({ baseURL }), 'admin');
  const approver = await signedInApi(await playwright.request.newContext({ baseURL }), 'admin2');
  const wage = (await drafter.post('/api/v1/admin/policy/wages', {
    year: 2025,
    monthlyAverage: 12300,
    source: 'jifen browser-test figure, not the official announcement',
  })) as { document: { id: string } };
  // Issue 19, the July wage change: before publishing, the administrator sees whose tier the figure changes. 李明's
  // bases of 12,400 are below 1x of 2024's 12,434 and at least 1x of this 12,300, so his S-9 line rises.
  await login(page, 'admin');
  await page.goto('/admin/policy');
  await page.getByRole('tab', { name: '平均工资' }).click();
  await page.getByTestId('impact-2025').click();
  const impact = page.locator('.ant-modal').filter({ has: page.getByTestId('wage-impact-table') });
  await expect(impact.getByTestId('wage-impact-table').locator('tr', { hasText: '李明' })).toBeVisible();
  await saveScreenshot(page, 'timeline-wage-impact-preview');
  await impact.getByRole('button', { name: '关闭' }).click();
  await logout(page);
  await approver.post(`/api/v1/admin/policy/documents/${wage.document.id}/publish`, {});
  await login(page, 'hr.acme');
  await page.goto(path);
  await expect(applicationState(page)).toHaveAttribute('data-state', 'approved');
  await expect(page.getByTestId('pending-wage')).toHaveCount(0);
  await saveScreenshot(page, 'timeline-approved-on-publication');
  await logout(page);

  // One truth: the holder's points, the new notice and last year's notice agree on the new expiry.
  await login(page, 'holder.li');
  await expect(page.getByTestId('points-validity')).toContainText(newExpiry);
  const verify = await noticeVerifyPath(page, path);
  await logout(page);
  await page.goto(verify);
  await expect(page.getByTestId('verify-status')).toHaveAttribute('data-status', 'valid');
  await expect(page.getByTestId('verify-details')).toContainText(newExpiry);
  await page.goto(priorVerify);
  await expect(page.getByTestId('verify-status')).toHaveAttribute('data-status', 'superseded');
  await saveScreenshot(page, 'timeline-old-notice-superseded');
});

test('2. 刘洋: endorsed in the late window, HR still sees the late window with its deadline, not 有效', async ({
  page,
}) => {
  await endorseAtCounter(page, LIU_YANG, '刘洋');
  await login(page, 'hr.acme');
  await page.goto('/holders');
  const row = page.getByTestId('holders-table').locator('tr', { hasText: '刘洋' });
  await expect(row.getByTestId('lifecycle-tag')).toHaveAttribute('data-state', 'grace');
  await saveScreenshot(page, 'timeline-endorsed-still-late');
});

test('4. 杨磊: a lapsed permit (L-5) is not approved; the clerk records a newly issued permit', async ({ page }) => {
  await login(page, 'reviewer.pd');
  const cases = (
    (await (await page.request.get('/api/v1/applications?state=under_review')).json()) as {
      applications: { id: string; holder: { name: string } }[];
    }
  ).applications;
  const yang = cases.find((c) => c.holder.name === '杨磊')!;
  await page.goto(`/applications/${yang.id}`);
  await expect(page.getByTestId('timeline-blocker')).toHaveAttribute('data-rule', 'L-5');
  await expect(page.getByTestId('action-approve')).toHaveCount(0);
  await saveScreenshot(page, 'timeline-lapsed-case');
  await logout(page);

  await login(page, 'clerk.pd');
  await page.getByTestId('lookup-id').fill(YANG_LEI);
  await page.getByTestId('lookup-submit').click();
  await expect(page.getByTestId('lookup-holder')).toContainText('杨磊');
  await expect(page.getByTestId('endorsement-form')).toHaveCount(0);
  await page.getByTestId('new-permit-no').fill('沪居2026新0001');
  await page.getByTestId('new-permit-submit').click();
  await confirmInDialog(page, 'new-permit-confirm', 'new-permit-result');
  await expect(page.getByTestId('new-permit-result')).toContainText('L-5');
  await saveScreenshot(page, 'timeline-new-permit');
});
