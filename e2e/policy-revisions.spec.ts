import { expect, type Page } from '@playwright/test';
import { test } from './support/axe.ts';
import { readFileSync } from 'node:fs';
import { login, logout, menuLabels } from './support/session.ts';
import { POLICY_BUSINESS_DATE } from './support/demo-data.ts';
import { confirmAction } from './support/ui-helpers.ts';

/**
 * Issue 9, the administrators' part (after policy-pending.spec.ts, which
 * needs 2027 unpublished when it submits; files run in name order on the
 * same server): one administrator enters the 2027
 * working-day calendar and drafts a policy version that changes one
 * parameter; a second administrator (admin2) approves both; the comparison
 * lists the affected cases, and the public self-assessment uses the new
 * version only from its effective date.
 *
 * TEST DATA: the 2027 days below are NOT the State Council's 2027 notice
 * (not published when this was written); they only exercise the journey.
 */
const TEST_HOLIDAYS = [
  { date: '2027-01-01', zh: '元旦（测试数据）', en: "New Year's Day (test data)" },
  ...['06', '07', '08', '09', '10', '11', '12'].map((d) => ({
    date: `2027-02-${d}`,
    zh: '春节（测试数据）',
    en: 'Spring Festival (test data)',
  })),
];
const TEST_MAKEUP = {
  date: '2027-02-20',
  zh: '春节调休上班（测试数据）',
  en: 'Spring Festival make-up workday (test data)',
};

/** Today in Shanghai plus `days`, as YYYY-MM-DD (the rules' civil date; the browser's clock). */
function shanghaiDate(days: number): string {
  const now = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const VERSION_ID = 'sh-test-e2e';
/**
 * In the future for both clocks: the server's (BUSINESS_DATE) and the
 * browser's (today), whichever is later, so the journey runs on any day.
 */
const EFFECTIVE = [addDays(POLICY_BUSINESS_DATE, 20), shanghaiDate(20)].sort().at(-1)!;

async function openPolicyTab(page: Page, tab: 'calendars' | 'wages' | 'versions' | 'compare' | 'replay') {
  await page.getByTestId('side-menu').getByText('政策数据').click();
  await expect(page.getByTestId('policy-admin-page')).toBeVisible();
  await page.getByTestId(`tab-${tab}`).click();
}

async function fillDay(
  page: Page,
  list: 'holidays' | 'makeupWorkdays',
  index: number,
  day: { date: string; zh: string; en: string },
) {
  await page.getByTestId(`${list}-add`).click();
  await page.getByTestId(`${list}-date-${index}`).fill(day.date);
  await page.getByTestId(`${list}-zh-${index}`).fill(day.zh);
  await page.getByTestId(`${list}-en-${index}`).fill(day.en);
}

/** Picks a version in a searchable select by typing its id (the option list of the other select may still be closing). */
async function pickVersion(page: Page, testId: string, id: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(id);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${id}"]`).click();
  await expect(page.getByTestId(testId)).toContainText(id);
}

function documentRow(page: Page, table: string, key: string) {
  return page
    .getByTestId(table)
    .locator('tbody tr.ant-table-row')
    .filter({ has: page.getByRole('cell', { name: key, exact: true }) });
}

test.describe.configure({ mode: 'serial' });

test('an administrator enters the 2027 calendar (a new year, or a correction with a reason); only a second administrator can publish it', async ({
  page,
}) => {
  await login(page, 'admin');
  expect(await menuLabels(page)).toContain('政策数据');
  await openPolicyTab(page, 'calendars');
  await expect(documentRow(page, 'calendar-documents', '2026').first()).toContainText('已发布');
  // policy-pending.spec.ts (run before this file on the same server) publishes a first 2027 revision;
  // run alone, this journey enters the year itself.
  const correcting = (await page.getByTestId('correct-2027').count()) > 0;
  const revision = correcting ? 2 : 1;
  if (correcting) {
    await page.getByTestId('correct-2027').click();
    await expect(page.getByTestId('calendar-form')).toContainText('更正 2027 年');
  } else {
    await page.getByTestId('new-calendar').click();
    const year = page
      .getByTestId('calendar-form')
      .locator('input[data-testid="calendar-year"], [data-testid="calendar-year"] input')
      .first();
    await expect(year).toHaveValue('2027');
    await page.getByTestId('notice-title-0').fill('测试数据：2027年部分节假日安排（非国务院正式通知）');
    await page.getByTestId('notice-date-0').fill('2026-11-20');
    await page.getByTestId('notice-url-0').fill('https://example.org/jifen-e2e-test-2027');
  }
  const present = await page
    .locator('input[data-testid^="holidays-date-"]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  let index = present.length;
  for (const day of TEST_HOLIDAYS.filter((d) => !present.includes(d.date)))
    await fillDay(page, 'holidays', index++, day);
  await fillDay(
    page,
    'makeupWorkdays',
    await page.locator('input[data-testid^="makeupWorkdays-date-"]').count(),
    TEST_MAKEUP,
  );
  await page.getByTestId('calendar-source').fill('E2E TEST DATA — not the State Council notice');
  // The month grid shows what was typed.
  await expect(page.getByTestId('day-holiday-2027-02-06')).toBeVisible();
  await expect(page.getByTestId('day-makeup-2027-02-20')).toBeVisible();
  if (correcting) {
    // A correction of a published year needs its reason.
    await page.getByTestId('calendar-save').click();
    await expect(page.getByText('更正已发布的年度必须填写理由')).toBeVisible();
    await page.getByTestId('calendar-reason').fill('测试：补充春节假期与调休（测试数据）');
  }
  await page.getByTestId('calendar-save').click();
  await expect(page.getByTestId('calendar-form')).toHaveCount(0);
  await expect(page.getByTestId('publish-2027')).toBeVisible();

  // Impact before publishing: the due dates this calendar sets or moves.
  await page.getByTestId('impact-2027').click();
  const impact = page.locator('.ant-modal').filter({ hasText: '发布影响（2027）' });
  await expect(impact).toBeVisible();
  await expect(impact.getByTestId('impact-table').or(impact.getByText('没有申请的审核期限会因此改变。'))).toBeVisible();
  await impact.getByRole('button', { name: '关闭' }).click();

  // The drafter cannot approve their own draft.
  await confirmAction(page, 'publish-2027');
  await expect(page.getByTestId('publish-error')).toContainText('需另一位管理员审批');
  await expect(page.getByTestId('publish-2027')).toBeVisible();
  await logout(page);

  await login(page, 'admin2');
  await openPolicyTab(page, 'calendars');
  await confirmAction(page, 'publish-2027');
  await expect(page.getByTestId('publish-2027')).toHaveCount(0);
  await page.getByTestId(`view-2027-${revision}`).click();
  await expect(page.getByTestId('calendar-view').getByTestId('day-makeup-2027-02-20')).toBeVisible();

  // Nothing waits for the 2027 calendar any more (P-2).
  await expect(page.getByTestId('policy-pending').getByText(/2027 年工作日历/)).toHaveCount(0);

  // The public data the browsers run on now has 2027.
  const data = (await (await page.request.get('/api/v1/policy/data')).json()) as {
    calendars: { year: number; makeupWorkdays: { date: string }[] }[];
  };
  expect(data.calendars.find((c) => c.year === 2027)?.makeupWorkdays.map((d) => d.date)).toContain(TEST_MAKEUP.date);
  await logout(page);
});

test('a version changing one parameter: drafted by one administrator, published by another, compared, used from its date', async ({
  page,
}) => {
  await login(page, 'admin');
  await openPolicyTab(page, 'versions');
  await page.getByTestId('draft-from-sh-2026').click();
  await page.getByTestId('version-id').fill(VERSION_ID);
  await page.getByTestId('version-name-zh').fill('测试版本（社保每年 4 分）');
  await page.getByTestId('version-name-en').fill('Test version (4 points per SI year)');
  await page.getByTestId('version-effective').fill(shanghaiDate(0));
  await page.getByTestId('version-save').click();
  // Not in the future: refused before anything is sent.
  await expect(page.getByText(/生效日期必须晚于今天/)).toBeVisible();
  await page.getByTestId('version-effective').fill(EFFECTIVE);
  const siYearPoints = page
    .getByTestId('param-points.siYearPoints')
    .locator('input')
    .or(page.locator('input[data-testid="param-points.siYearPoints"]'))
    .first();
  await siYearPoints.fill('4');
  await siYearPoints.blur();
  await page.getByTestId('version-save').click();
  // A changed value needs its source.
  await expect(page.getByTestId('version-problems')).toBeVisible();
  await page.getByTestId('param-source-points.siYearPoints').fill('E2E 测试：每年社保 4 分（测试数据）');
  await page.getByTestId('version-save').click();
  await expect(page.getByTestId('version-form')).toHaveCount(0);
  await expect(documentRow(page, 'version-documents', VERSION_ID)).toContainText('草稿');
  await confirmAction(page, `publish-${VERSION_ID}`);
  await expect(page.getByTestId('publish-error')).toContainText('需另一位管理员审批');
  await logout(page);

  await login(page, 'admin2');
  await openPolicyTab(page, 'versions');
  await confirmAction(page, `publish-${VERSION_ID}`);
  await expect(documentRow(page, 'version-documents', VERSION_ID)).toContainText('已发布');

  await page.getByTestId('tab-compare').click();
  await pickVersion(page, 'compare-a', 'sh-2026');
  await pickVersion(page, 'compare-b', VERSION_ID);
  await page.getByTestId('compare-asof').fill(EFFECTIVE);
  await page.getByTestId('compare-run').click();
  const parameters = page.getByTestId('compare-parameters');
  await expect(parameters.locator('tbody tr.ant-table-row')).toHaveCount(1);
  await expect(parameters).toContainText('points.siYearPoints');
  const changed = Number(await page.getByTestId('count-changed').locator('.ant-statistic-content-value').innerText());
  expect(changed).toBeGreaterThan(0);
  await expect(page.getByTestId('compare-cases').locator('tbody tr.ant-table-row').first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-export').click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\r\n').filter(Boolean).length).toBeGreaterThanOrEqual(1 + changed);
  await logout(page);

  // The public self-assessment: the worked example (132 under sh-2026) is
  // assessed under the new version only from its effective date.
  await page.goto('/assess');
  await expect(page.getByTestId('assessment-page')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('field-residentId').fill('120223198902021249');
  await page.getByTestId('field-education').selectOption('benke_bachelor');
  await page.getByTestId('field-siYears').fill('4');
  await page.getByTestId('field-asOf').fill(addDays(EFFECTIVE, -1));
  await expect(page.getByTestId('policy')).toContainText('sh-2026');
  await expect(page.getByTestId('line-siYears')).toContainText('12');
  await page.getByTestId('field-asOf').fill(EFFECTIVE);
  await expect(page.getByTestId('policy')).toContainText(VERSION_ID);
  await expect(page.getByTestId('line-siYears')).toContainText('16');
});
