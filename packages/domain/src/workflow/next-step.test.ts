import { describe, expect, it } from 'vitest';
import { nextStep } from './next-step.ts';
import { formatApplicationNumber, APPLICATION_NUMBER_PATTERN } from './number.ts';
import { APPLICATION_STATES } from './types.ts';

describe('the next step of an application (issue #10)', () => {
  it.each(APPLICATION_STATES)('%s says who acts next, in zh and en', (state) => {
    const s = nextStep({ state, holderName: '王芳', holderHasAccount: true, slaDue: '2026-03-16' });
    expect(s.text.zh.length).toBeGreaterThan(5);
    expect(s.text.en).toMatch(/^[A-Z]/);
    expect(s.text.zh).not.toMatch(/。。/);
    expect(s.waitingFor === null).toBe(['approved', 'rejected', 'withdrawn'].includes(state));
  });

  it('a draft waits for the holder: named, and how they confirm when they can sign in', () => {
    const s = nextStep({ state: 'draft', holderName: '李明', holderHasAccount: true });
    expect(s).toMatchObject({ waitingFor: 'holder', ruleId: 'R-3', options: [] });
    expect(s.text.zh).toContain('等待持证人确认');
    expect(s.text.zh).toContain('李明');
    expect(s.text.en).toContain("Waiting for the holder's confirmation");
  });

  it('a draft for a holder without an account offers the SMS invitation and the paper confirmation', () => {
    const s = nextStep({ state: 'draft', holderName: '王芳', holderHasAccount: false });
    expect(s.options).toEqual(['invite_by_sms', 'paper_confirmation']);
    expect(s.text.zh).toContain('尚无登录账号');
    const invited = nextStep({
      state: 'draft',
      holderName: '王芳',
      holderHasAccount: false,
      openInvite: { mobileMasked: '139****5670', expiresOn: '2026-12-08' },
    });
    expect(invited.text.zh).toContain('139****5670');
    expect(invited.text.en).toContain('valid until 2026-12-08');
  });

  it('numbers applications JF<year>-<6 digits>', () => {
    expect(formatApplicationNumber(2026, 123)).toBe('JF2026-000123');
    expect(APPLICATION_NUMBER_PATTERN.test(formatApplicationNumber(2027, 1))).toBe(true);
  });
});
