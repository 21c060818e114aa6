import { expect, type Locator, type Page } from '@playwright/test';

/** The text input of an antd picker or input carrying `data-testid` (the id sits on the input or on its wrapper). */
function inputOf(page: Page, testId: string): Locator {
  return page
    .getByTestId(testId)
    .locator('input')
    .or(page.locator(`input[data-testid="${testId}"]`))
    .first();
}

/** Types a date (or time) into an antd DatePicker/TimePicker and confirms it with Enter, as a keyboard user would. */
export async function typeIntoPicker(page: Page, testId: string, value: string): Promise<void> {
  const input = inputOf(page, testId);
  await input.click();
  await input.fill(value);
  // A TimePicker waits for its OK button; a DatePicker's panel has moved to
  // the typed day: click it (Enter would also submit the surrounding form).
  const ok = page.locator('.ant-picker-dropdown:visible .ant-picker-ok button');
  const day = page.locator(`.ant-picker-dropdown:visible td[title="${value}"]`);
  if (await ok.isVisible()) await ok.click();
  else if (await day.isVisible()) await day.click();
  else await input.press('Enter');
  await expect(input).toHaveValue(value);
}

/** Opens an antd Select (by test id, or a locator when the id is not unique on the page; typing `search` into it if given) and picks the option whose label contains `label`. */
export async function chooseOption(
  page: Page,
  select: string | Locator,
  label: string | RegExp,
  search?: string,
): Promise<void> {
  const box = typeof select === 'string' ? page.getByTestId(select) : select;
  const open = page.locator('.ant-select-dropdown:visible');
  const option = open.locator('.ant-select-item-option').filter({ hasText: label }).first();
  // A click that lands while the list is still opening can be lost: open and pick again until the list closes.
  await expect(async () => {
    if (!(await option.isVisible())) {
      await box.click();
      // A long list renders only the options in view: a searchable Select is narrowed first.
      if (search) await page.keyboard.type(search);
    }
    await option.click({ timeout: 5_000 });
    // Picked: a single select closes its list; a multiple one marks the option selected.
    await expect(async () => {
      const closed = (await open.count()) === 0;
      const selected =
        closed ||
        /ant-select-item-option-selected/.test(
          (await option.getAttribute('class', { timeout: 500 }).catch(() => '')) ?? '',
        );
      expect(closed || selected).toBe(true);
    }).toPass({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * Clicks an action button guarded by a Popconfirm, then its OK button once the
 * popover has finished zooming in. A click that lands while it is still opening
 * can be lost (CI once left an application in draft that way), so OK is clicked
 * again while the popover stays open; antd's OK button ignores a second click
 * once the first went through, so the action never runs twice.
 */
export async function confirmAction(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).click();
  const popover = page.locator('.ant-popover:visible').last();
  await expect(popover).toBeVisible();
  await expect(popover).not.toHaveClass(/zoom-big-(appear|enter)/);
  await expect(async () => {
    const cls = (await popover.getAttribute('class', { timeout: 500 }).catch(() => null)) ?? '';
    if (cls !== '' && !cls.includes('zoom-big-leave'))
      await popover.locator('.ant-btn-primary').click({ timeout: 2_000 });
    await expect(popover).toBeHidden({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
}

/** The state tag of the application on its detail page. */
export function applicationState(page: Page): Locator {
  return page.getByTestId('application-summary').getByTestId('application-state');
}
