import { expect, test as base, type Page } from '@playwright/test';
import { createRequire } from 'node:module';

/**
 * axe-core (pinned in package.json) in every browser journey (issue 22): WCAG 2.0/2.1 A and AA
 * and WCAG 2.2's target size. A journey fails on any violation, with each rule, element and why.
 */
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: string[]; failureSummary?: string }[];
  }[];
}

/** Runs axe on the page as it is now and fails with a readable list when anything violates. */
export async function expectNoAxeViolations(page: Page, where = page.url()): Promise<void> {
  if (page.isClosed()) return;
  // The page's own content must have settled: spinners gone, lazy chunks loaded.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  // CSP (script-src 'self') would refuse the inline script: the config sets bypassCSP for the journeys.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  // antd animates colours (transition: all 0.2s): axe once read a button half-way from disabled grey.
  // Transitions are stopped for the scan, so colours are the final ones, then restored.
  const still = await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
  });
  const result = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResult> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    AXE_TAGS,
  );
  await still.evaluate((style) => (style as HTMLStyleElement).remove());
  const found = result.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${n.target.join(' ')} -- ${(n.failureSummary ?? v.help).replace(/\s+/g, ' ')}`,
    ),
  );
  expect(found, `accessibility violations on ${where}`).toEqual([]);
}

/**
 * `test` with axe checked at the end of each journey, on the page where it ends; the journeys
 * also check each page they visit through the shared helpers (login() checks every role's home).
 */
export const test = base.extend<{ axeAtEnd: void }>({
  axeAtEnd: [
    async ({ page }, use) => {
      await use();
      if (test.info().status === 'passed') await expectNoAxeViolations(page, `the end of "${test.info().title}"`);
    },
    { auto: true },
  ],
});
