import { expect, type Page } from '@playwright/test';
import { login, logout } from './session.ts';

/**
 * L-7: clerk.pd looks the holder up by resident ID at the community affairs
 * centre and records the endorsement the form proposes (the latest expiry
 * the rule allows), confirming in the dialog. Issue 17: a renewal is
 * submitted only after this.
 */
export async function endorseAtCounter(page: Page, residentId: string, name: string): Promise<void> {
  await login(page, 'clerk.pd');
  await page.getByTestId('lookup-id').fill(residentId);
  await page.getByTestId('lookup-submit').click();
  await expect(page.getByTestId('lookup-holder')).toContainText(name);
  await expect(page.getByTestId('endorsement-preview')).toBeVisible();
  await page.getByTestId('endorse-submit').click();
  await confirmInDialog(page, 'endorse-confirm', 'endorse-result');
  await logout(page);
}

/**
 * Clicks a dialog's OK until what it stores shows: a click that lands while
 * the dialog is still opening is ignored by antd, and OK is disabled (loading)
 * once a click went through, so the action cannot run twice.
 */
export async function confirmInDialog(page: Page, okTestId: string, resultTestId: string): Promise<void> {
  const ok = page.getByTestId(okTestId);
  await expect(ok).toBeVisible();
  await expect(async () => {
    if (await ok.isVisible()) await ok.click({ timeout: 2_000 });
    await expect(page.getByTestId(resultTestId)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}
