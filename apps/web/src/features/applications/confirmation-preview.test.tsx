import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import type { ApplicationPreview } from '@jifen/contracts';
import { changeLanguage } from '../../i18n/i18n.ts';
import { installMatchMedia } from '../../test-support/render-app.tsx';
import { ConfirmationPreview } from './confirmation-preview.tsx';
import { act } from '../../test-support/act.ts';

// Issue 17, problem 7: the holder confirmed blind ("提交后计算"; 132 against the approved 154 without a word).
beforeAll(installMatchMedia);
let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

const pending = {
  kind: 'wage' as const,
  year: 2025,
  ruleId: 'P-2' as const,
  message: {
    zh: '待公布2025年度本市职工平均工资后计算（P-2）',
    en: "Computed once Shanghai's 2025 average wage is published (P-2)",
  },
};
const PREVIEW: ApplicationPreview = {
  asOf: '2026-12-06',
  policyId: 'sh-2026',
  policyHash: 'a'.repeat(64),
  total: 132,
  standardScore: 120,
  unavailable: null,
  lines: [
    { indicator: 'age', ruleId: 'S-2', name: { zh: '年龄', en: 'Age' }, points: 20, reason: null, pending: null },
    {
      indicator: 'education',
      ruleId: 'S-3',
      name: { zh: '教育背景', en: 'Education' },
      points: 90,
      reason: null,
      pending: null,
    },
    {
      indicator: 'siYears',
      ruleId: 'S-8',
      name: { zh: '社保年限', en: 'Years of social insurance' },
      points: 22,
      reason: null,
      pending: null,
    },
    {
      indicator: 'baseMultiple',
      ruleId: 'S-9',
      name: { zh: '社保基数', en: 'Social-insurance base' },
      points: 0,
      reason: null,
      pending,
    },
  ],
  lastApproved: {
    number: 'JF2026-000001',
    approvedOn: '2026-01-05',
    total: 154,
    linesKnown: true,
    changes: [
      {
        indicator: 'baseMultiple',
        ruleId: 'S-9',
        name: { zh: '社保基数', en: 'Social-insurance base' },
        before: 25,
        after: 0,
        pending,
        text: {
          zh: '社保基数（S-9）：上次核准25分，本次待公布2025年度本市职工平均工资后计算（P-2），暂计0分（-25）',
          en: 'Social-insurance base (S-9): 25 when last approved; now pending (-25)',
        },
      },
    ],
    explanation: {
      zh: '本次合计132分，比上次核准的154分少22分，原因：社保基数（S-9）：上次核准25分，本次待公布2025年度本市职工平均工资后计算（P-2），暂计0分（-25）。',
      en: "Today's total 132 is 22 below the last approved 154, because: Social-insurance base (S-9): 25 when last approved; now pending (-25).",
    },
  },
};

function render(preview: ApplicationPreview, editClaimsLink = false): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root?.render(
      <MemoryRouter>
        <ConfirmationPreview preview={preview} editClaimsLink={editClaimsLink} />
      </MemoryRouter>,
    ),
  );
  return container;
}

const textOf = (c: HTMLElement, id: string) => c.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;

describe('ConfirmationPreview', () => {
  it('shows each claimed indicator with its points and rule ID, the pending line as pending with what it waits for, and the total (zh)', async () => {
    await changeLanguage('zh-CN');
    const c = render(PREVIEW, true);
    expect(textOf(c, 'preview-points-education')).toBe('90');
    expect(c.querySelector('[data-testid="preview-line-education"]')?.textContent).toContain('S-3');
    const base = c.querySelector('[data-testid="preview-line-baseMultiple"]');
    expect(base?.getAttribute('data-pending')).toBe('true');
    expect(base?.textContent).toContain('S-9');
    expect(base?.textContent).toContain('待计算');
    expect(textOf(c, 'preview-pending-baseMultiple')).toBe('待公布2025年度本市职工平均工资后计算（P-2）');
    // A pending line shows no number that could read as 0 points earned.
    expect(c.querySelector('[data-testid="preview-points-baseMultiple"]')).toBeNull();
    expect(textOf(c, 'preview-total')).toBe('132');
    expect(c.textContent).not.toContain('提交后计算');
    expect(textOf(c, 'preview-last-total')).toBe('154分（申请 JF2026-000001，2026-01-05核准）');
    expect(textOf(c, 'preview-explanation')).toContain('少22分');
    expect(textOf(c, 'preview-explanation')).toContain('社保基数（S-9）');
    expect(c.querySelector('[data-testid="preview-edit-claims"]')?.getAttribute('href')).toBe('/me/claims');
  });

  it('reads in English, and leaves the edit link to the holder', async () => {
    await changeLanguage('en');
    const c = render(PREVIEW);
    expect(textOf(c, 'preview-pending-baseMultiple')).toBe(
      "Computed once Shanghai's 2025 average wage is published (P-2)",
    );
    expect(textOf(c, 'preview-last-total')).toBe('154 (application JF2026-000001, approved 2026-01-05)');
    expect(c.querySelector('[data-testid="preview-edit-claims"]')).toBeNull();
    await changeLanguage('zh-CN');
  });

  it('says why nothing can be computed instead of showing a total', async () => {
    await changeLanguage('zh-CN');
    const c = render({
      ...PREVIEW,
      lines: [],
      total: 0,
      lastApproved: null,
      unavailable: {
        code: 'CLAIMS.MISSING',
        message: { zh: '持证人尚未填写积分资料（学历、职称等）', en: 'The holder has no claims on file' },
      },
    });
    expect(textOf(c, 'preview-unavailable')).toContain('持证人尚未填写积分资料');
    expect(c.querySelector('[data-testid="preview-total"]')).toBeNull();
  });
});
