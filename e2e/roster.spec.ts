import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect as baseExpect, type Page } from '@playwright/test';
import { test } from './support/axe.ts';
import { addDays, residentIdCheckChar } from '@jifen/domain';
import { login, logout, saveScreenshot } from './support/session.ts';

// Issue #13, the employer's roster, on today's date (the main e2e server):
// hr.beta imports a roster with three bad rows, downloads the report, fixes
// and re-imports, sees the dashboard and the expiry calendar, and starts
// renewals in bulk for the people in their renewal window. hr.beta (two demo
// holders) keeps the other journeys' hr.acme lists as they expect them.

const expect = baseExpect.configure({ timeout: 30_000 });

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const id = (n: number) => {
  const first17 = `110105198805${String(10 + n).padStart(2, '0')}${String(n).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
};
const row = (n: number, name: string, dept: string, days: number) => [
  name,
  id(n),
  '',
  dept,
  `SHE2E-${n}`,
  addDays(today, days),
];

// In their renewal window (L-2): 甲, 乙, 己, 辛; late (L-3): 丙; valid: 丁, 戊, 庚.
const GOOD = [
  row(1, '花名册甲', '研发部', 10),
  row(2, '花名册乙', '研发部', 20),
  row(3, '花名册丙', '财务部', -15),
  row(4, '花名册丁', '财务部', 150),
  row(5, '花名册戊', '市场部', 45),
];
const wrongCheck = (s: string) => `${s.slice(0, 17)}${s.endsWith('0') ? '1' : '0'}`;
const BAD = [
  ['花名册己', wrongCheck(id(6)), '', '研发部', 'SHE2E-6', addDays(today, 5)],
  ['花名册庚', id(7), '', '市场部', 'SHE2E-7', '2027-02-30'],
  ['花名册辛', id(8), '', '研发部', '', addDays(today, 25)],
];
const FIXED = [row(6, '花名册己', '研发部', 5), row(7, '花名册庚', '市场部', 60), row(8, '花名册辛', '研发部', 25)];

async function workbook(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册 roster');
  ws.addRow([
    '姓名 name',
    '公民身份号码 resident ID',
    '手机号码 mobile',
    '部门 department',
    '居住证号码 permit no.',
    '居住证有效期至 permit expiry (YYYY-MM-DD)',
  ]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/') && r.status() >= 400)
      problems.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
  });
  page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
  return problems;
}

async function upload(page: Page, rows: string[][], name: string) {
  await page
    .getByTestId('roster-import')
    .locator('input[type=file]')
    .setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await workbook(rows),
    });
}

test('hr.beta: roster import with a report, fix and re-import, dashboard and calendar, bulk renewals', async ({
  page,
}) => {
  await login(page, 'hr.beta');
  // From here on (the login page's own session check answers 401 by design).
  const problems = watch(page);
  await page.getByTestId('side-menu').getByText('员工花名册').click();
  await expect(page.getByTestId('roster-dashboard')).toBeVisible();

  await page.getByTestId('open-import').click();
  const template = page.waitForEvent('download');
  await page.getByTestId('roster-template').click();
  expect((await template).suggestedFilename()).toBe('roster-template.xlsx');

  // Three bad rows: a wrong check digit (I-1), a date that does not exist, an expiry without a permit number.
  await upload(page, [GOOD[0]!, BAD[0]!, GOOD[1]!, BAD[1]!, GOOD[2]!, BAD[2]!, GOOD[3]!, GOOD[4]!], 'roster.xlsx');
  await expect(page.getByTestId('import-done')).toHaveAttribute('data-rejected', '3');
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect(page.getByTestId('import-errors').locator('tbody tr.ant-table-row')).toHaveCount(3);
  await saveScreenshot(page, 'roster-import-report-zh');
  const report = page.waitForEvent('download');
  await page.getByTestId('import-report-download').click();
  const csv = readFileSync(await (await report).path(), 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines).toHaveLength(4);
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['3', '5', '7']);
  expect(csv).toContain('公民身份号码 resident ID');
  expect(csv).toContain('YYYY-MM-DD');

  // The fixed file: the good rows are unchanged, the three fixed ones are added.
  await upload(page, [...GOOD, ...FIXED], 'roster-fixed.xlsx');
  await expect(page.getByTestId('import-done')).toHaveAttribute('data-rejected', '0');
  await expect(page.getByTestId('import-done')).toContainText('新增 3 人');
  await expect(page.getByTestId('import-done')).toContainText('无变化 5 人');
  await page.getByTestId('import-close').click();

  // The dashboard: counts by state and the expiry calendar of the next 90 days.
  await expect(page.getByTestId('count-renewal_window')).toContainText('4');
  await expect(page.getByTestId(`expiry-${addDays(today, 10)}`)).toBeVisible();
  await expect(page.getByTestId('roster-table').getByText('花名册丙')).toBeVisible();
  await saveScreenshot(page, 'roster-dashboard-zh');

  // The people in their renewal window, all selected: one draft each.
  await page.getByTestId('count-renewal_window').click();
  const rows = page.getByTestId('roster-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(4);
  await page.getByTestId('roster-table').locator('thead .ant-checkbox-input').check();
  await page.getByTestId('start-renewals').click();
  const outcomes = page.getByTestId('renewal-results').getByTestId('renewal-outcome');
  await expect(outcomes).toHaveCount(4);
  for (const o of await outcomes.all()) await expect(o).toHaveAttribute('data-outcome', 'created');
  await saveScreenshot(page, 'roster-renewals-zh');
  await page.getByTestId('renewals-close').click();
  expect(problems).toEqual([]);
  await logout(page);
});
