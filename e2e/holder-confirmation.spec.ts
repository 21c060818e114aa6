import { expect as baseExpect, type Page } from '@playwright/test';
import { test } from './support/axe.ts';
import { watchPageProblems as watch } from './support/page-problems.ts';
import { login, logout, saveScreenshot, switchLanguage } from './support/session.ts';
import { confirmAction } from './support/ui-helpers.ts';

// Issue #10 on today's date (the main e2e server, no BUSINESS_DATE): the holder
// reads and confirms their own claims (GET /me/claims answered 404), sees their
// points on the home page; HR sees what a draft waits for and confirms it for a
// holder without an account (SMS invitation, signed paper confirmation).

// Each page's chunk loads on first visit; on a loaded shared machine that outlasts the default 10 s.
const expect = baseExpect.configure({ timeout: 30_000 });

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('signed page scan'),
]);

/** A draft through the API as the signed-in HR specialist (the form has its own journey). */
async function createDraft(page: Page, holderName: string): Promise<string> {
  return page.evaluate(async (name) => {
    const csrf = (await (await fetch('/api/v1/auth/csrf')).json()).csrfToken as string;
    const holders = (await (await fetch('/api/v1/holders')).json()).holders as { id: string; name: string }[];
    const holder = holders.find((h) => h.name === name);
    const res = await fetch('/api/v1/applications', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': csrf,
        'idempotency-key': `e2e-${crypto.randomUUID()}`,
      },
      body: JSON.stringify({ holderId: holder?.id, kind: 'first_application' }),
    });
    return ((await res.json()).application as { id: string }).id;
  }, holderName);
}

test('holder: reads and confirms the claims HR declared; the home shows the approved total, valid-until and the current application', async ({
  page,
}) => {
  await login(page, 'holder.li');
  // From here on: the sign-in page's own "who am I" (401 while signed out) is not a failure.
  const problems = watch(page);
  const points = page.getByTestId('my-points');
  await expect(points).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('my-points-total')).toContainText(/\d+/);
  await expect(page.getByTestId('my-points-valid-until')).toContainText(/\d{4}-\d{2}-\d{2}/);
  await expect(points).toContainText(/JF\d{4}-\d{6}/);

  await page.getByTestId('side-menu').getByText('我的积分指标').click();
  await expect(page).toHaveURL(/\/me\/claims$/);
  const status = page.getByTestId('claims-status');
  await expect(status).toHaveAttribute('data-confirmed', 'false');
  await expect(page.getByTestId('claims-card')).not.toContainText('接口不存在');
  await page.getByTestId('claims-confirm').click();
  await expect(status).toHaveAttribute('data-confirmed', 'true');
  await expect(page.getByTestId('claims-confirm')).toBeDisabled();
  await saveScreenshot(page, 'holder-claims-confirmed-zh');
  await switchLanguage(page, 'en');
  await expect(page.getByTestId('claims-card')).not.toContainText(/[\u4e00-\u9fff]{4,}/);
  await page.goto('/');
  await expect(page.getByTestId('my-points')).toContainText('Approved points');
  await switchLanguage(page, 'zh-CN');
  expect(problems).toEqual([]);
  await logout(page);
});

test('hr: a draft for a holder without an account says what it waits for; invite by SMS; record the signed paper confirmation', async ({
  page,
}) => {
  await login(page, 'hr.acme');
  const problems = watch(page);
  const id = await createDraft(page, '王芳');
  await page.goto(`/applications/${id}`);
  // The detail page's chunk loads on first visit: slow on a shared CI machine.
  await expect(page.getByTestId('application-number')).toHaveText(/^JF\d{4}-\d{6}$/);
  const number = (await page.getByTestId('application-number').innerText()).trim();
  const step = page.getByTestId('next-step-text');
  await expect(step).toContainText('等待持证人确认');
  await expect(step).toContainText('王芳');
  await expect(page.getByTestId('application-total')).toHaveText('提交后计算');

  // The confirmation's OK button (as confirmAction does), then the invitation's own answer before the page's text.
  const invited = page.waitForResponse(
    (r) => r.url().endsWith('/holder-invitation') && r.request().method() === 'POST',
  );
  await confirmAction(page, 'invite-holder');
  expect((await invited).status()).toBe(201);
  await expect(step).toContainText('139****5670');
  await switchLanguage(page, 'en');
  await expect(step).toContainText("Waiting for the holder's confirmation");
  // The holder's name stays as written; nothing else is Chinese.
  expect((await step.innerText()).replaceAll('王芳', '')).not.toMatch(/[\u4e00-\u9fff]/);
  await switchLanguage(page, 'zh-CN');

  await page.getByTestId('record-paper').click();
  await page
    .locator('.ant-modal input[type=file]')
    .setInputFiles({ name: 'signed.png', mimeType: 'image/png', buffer: PNG });
  await page.locator('#paper-submit').click();
  await expect(page.getByTestId('application-state').first()).toHaveAttribute('data-state', 'holder_confirmed');
  await expect(page.getByTestId('paper-confirmation')).toContainText('张人事');
  await expect(page.getByTestId('next-step')).toHaveAttribute('data-waiting-for', 'hr');
  await expect(page.getByTestId('application-events')).toContainText('登记书面确认');
  await saveScreenshot(page, 'hr-paper-confirmation-zh');

  await page.goto('/applications');
  await page.getByTestId('applications-search').locator('input').fill(number);
  await page.getByTestId('applications-search').locator('input').press('Enter');
  await expect(page.getByTestId(`application-number-${id}`)).toHaveText(number);
  await expect(page.getByTestId('applications-table').locator('tbody tr.ant-table-row')).toHaveCount(1);
  expect(problems).toEqual([]);
  await logout(page);
});

test('activation page: a link without a valid token says so in both languages', async ({ page }) => {
  await page.goto(`/activate#${'A'.repeat(43)}`);
  await expect(page.getByTestId('activation-error')).toContainText('激活链接无效');
  await switchLanguage(page, 'en');
  await page.goto('/activate');
  await expect(page.getByTestId('activation-error')).toContainText('The link is incomplete');
});
