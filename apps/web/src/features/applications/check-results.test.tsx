import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { changeLanguage } from '../../i18n/i18n.ts';
import { CheckResults } from './check-results.tsx';
import { messages as CHECK_VERDICT_MESSAGES } from './check-messages.ts';
import { installMatchMedia } from '../../test-support/render-app.tsx';
import { act } from '../../test-support/act.ts';

// Issue 10, items 8 and 11: C-4 "passed" for a holder who claimed no title; rule IDs read twice.
beforeAll(installMatchMedia);
let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function render(): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root?.render(
      <CheckResults
        checks={[
          { ruleId: 'C-1', passed: true, message: { zh: 'C-1 通过：本月在沪参保', en: 'C-1 met: insured this month' } },
          {
            ruleId: 'C-4',
            passed: true,
            notApplicable: true,
            message: {
              zh: 'C-4 不适用：未申报职称、技能等级或紧缺急需专业',
              en: 'C-4 not applicable: no title, skill level or shortage major claimed',
            },
          },
        ]}
      />,
    ),
  );
  return container;
}

describe('CheckResults', () => {
  it('shows a check with nothing to check as not applicable, and each rule ID once (zh)', async () => {
    await changeLanguage('zh-CN');
    const container = render();
    const c4 = container.querySelector('[data-testid="check-C-4"]');
    expect(c4?.getAttribute('data-verdict')).toBe('notApplicable');
    expect(c4?.textContent).toContain('不适用');
    expect(c4?.textContent).not.toContain('通过');
    expect(c4?.textContent?.match(/C-4/g)).toHaveLength(1);
    expect(container.querySelector('[data-testid="check-C-1"]')?.textContent?.match(/C-1/g)).toHaveLength(1);
  });

  it('in English too', async () => {
    await changeLanguage('en');
    const c4 = render().querySelector('[data-testid="check-C-4"]');
    expect(c4?.textContent).toContain('Not applicable');
    expect(c4?.textContent).not.toContain('Passed');
    await changeLanguage('zh-CN');
    expect(Object.keys(CHECK_VERDICT_MESSAGES.en.checkVerdict)).toEqual(
      Object.keys(CHECK_VERDICT_MESSAGES['zh-CN'].checkVerdict),
    );
  });
});
