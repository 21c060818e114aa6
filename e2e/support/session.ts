import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from './axe.ts';

export const DEMO_PASSWORD = 'Demo@2026';
const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../artifacts/screenshots');

/** Signs in through the login form and waits for the role's home. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('logout')).toBeVisible();
  // Every role's home, checked once per sign-in (issue 22).
  await expectNoAxeViolations(page, `${username}'s home`);
}

/** A first sign-in with a password someone else set: the holder chooses their own, then lands where they were going. */
export async function changeForcedPassword(page: Page, current: string, next: string): Promise<void> {
  await expect(page.getByTestId('password-forced')).toBeVisible();
  await page.locator('#currentPassword').fill(current);
  await page.locator('#newPassword').fill(next);
  await page.locator('#repeat').fill(next);
  await page.getByTestId('change-password-submit').click();
  await expect(page).not.toHaveURL(/\/change-password/);
}

export async function logout(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('login-submit')).toBeVisible();
}

/** 中文 / EN switch in the header or on a public page. */
export async function switchLanguage(page: Page, language: 'zh-CN' | 'en'): Promise<void> {
  await page
    .getByTestId('language-switch')
    .getByText(language === 'en' ? 'EN' : '中文', { exact: true })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** The visible labels of the side menu (or the drawer's menu on a phone). */
export async function menuLabels(page: Page): Promise<string[]> {
  const items = page.getByTestId('side-menu').getByRole('menuitem');
  await expect(items.first()).toBeVisible();
  return (await items.allInnerTexts()).map((text) => text.trim());
}

/** A full-page screenshot under artifacts/screenshots/, once the page has settled. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}
