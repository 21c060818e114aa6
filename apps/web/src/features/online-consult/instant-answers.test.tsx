import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import type { InstantAnswersResponse } from '@jifen/contracts';
import { lifecycleTimeline, selectPolicy } from '@jifen/domain';
import { policySet } from '@jifen/policies';
import { changeLanguage } from '../../i18n/i18n.ts';
import { installMatchMedia } from '../../test-support/render-app.tsx';
import { InstantAnswers } from './instant-answers.tsx';
import { act } from '../../test-support/act.ts';

// Issue 22: the instant answers' timeline printed every date twice (the date, then the engine's label that starts with it).
beforeAll(() => installMatchMedia());
let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

describe('InstantAnswers timeline', () => {
  it('prints each date once, with its label and rule', async () => {
    await changeLanguage('zh-CN');
    const policy = selectPolicy(policySet, '2026-12-06');
    if (!policy.ok) throw new Error('no policy');
    const timeline = lifecycleTimeline('2026-12-20', policy.value);
    const data: InstantAnswersResponse = {
      asOf: '2026-12-06',
      entries: [],
      lifecycle: {
        expiry: '2026-12-20',
        basis: { kind: 'date', text: '2026-12-20' },
        n: -14,
        state: 'renewal_window',
        stateLabel: { zh: '续办期内', en: 'In the renewal window' },
        nextDeadline: null,
        daysLeft: null,
        holdingYears: { restart: false, ruleId: 'L-6', reason: { zh: '连续', en: 'continuous' } },
        timeline,
        policyId: policy.value.id,
      },
    } as InstantAnswersResponse;
    const container = document.createElement('div');
    document.body.append(container);
    await act(async () => {
      root = createRoot(container);
      root.render(<InstantAnswers data={data} />);
    });
    for (const e of timeline) {
      const text = container.querySelector(`[data-testid="timeline-${e.ruleId}"]`)?.textContent ?? '';
      expect(text).toContain(e.label.zh);
      expect(text.split(e.date)).toHaveLength(2);
    }
  });
});
