import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import './messages.ts';

// Issue 10, item 11: a refused submit said "the application stays a draft" while it was 持证人已确认.
describe('the refused-submit title names the real state', () => {
  it.each([
    ['zh-CN', '持证人已确认'],
    ['en', 'holder'],
  ])('%s', (language, expected) => {
    const t = i18n.getFixedT(language);
    const title = t('application.refusedTitle', { state: t('application.state.holder_confirmed') });
    expect(title).toContain(expected);
    expect(title).not.toMatch(/草稿|draft/);
  });
});
