import { expect, type Page } from '@playwright/test';
import { saveScreenshot, switchLanguage } from './session.ts';

/**
 * Screenshots of a home in Chinese and English (artifacts/screenshots/<name>-zh.png,
 * -en.png); checks a text that must appear in English, then switches back.
 */
export async function screenshotHomeInBothLanguages(
  page: Page,
  name: string,
  englishText: string | RegExp,
): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await saveScreenshot(page, `${name}-zh`);
  await switchLanguage(page, 'en');
  await expect(page.getByText(englishText).first()).toBeVisible();
  await expect(page.getByTestId('logout')).toContainText('Sign out');
  await saveScreenshot(page, `${name}-en`);
  await switchLanguage(page, 'zh-CN');
  await expect(page.getByTestId('logout')).toContainText('退出登录');
}
