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
  await page.getByTestId('endorse-confirm').click();
  await expect(page.getByTestId('endorse-result')).toBeVisible();
  await logout(page);
}
