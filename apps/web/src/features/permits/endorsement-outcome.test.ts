import { describe, expect, it } from 'vitest';
import { addYears } from '@jifen/domain';
import { previewEndorsement, proposedNewExpiry, successNotes } from './endorsement-outcome.ts';

const permit = { issuedOn: '2025-04-01', expiresOn: '2026-03-31' };
const today = '2026-07-01';

describe('previewEndorsement (sh-2026): the same rule as the API', () => {
  it.each([
    ['2026-03-20', 'continuous', 'L-2'],
    ['2026-04-10', 'years_restart', 'L-3'],
    ['2026-05-30', 'years_restart', 'L-3'],
    ['2026-05-31', 'new_application', 'L-4'],
    ['2026-06-29', 'new_application', 'L-4'],
  ])('endorsed on %s: %s (%s)', (endorsedOn, outcome, ruleId) => {
    const preview = previewEndorsement(permit, endorsedOn, undefined, today);
    expect(preview.ok && preview.window).toMatchObject({ outcome, ruleId });
  });

  it("refuses after 90 days (L-5) with the API's words", () => {
    const preview = previewEndorsement(permit, '2026-06-30', undefined, today);
    expect(!preview.ok && preview).toMatchObject({ ruleId: 'L-5', blocksEndorsedOn: true });
    expect(!preview.ok && preview.message.zh).toContain('须重新申领居住证');
  });

  it('issue 10: proposes a new expiry the rule accepts, where expiry + 12 months was refused', () => {
    const early = { issuedOn: '2026-01-25', expiresOn: '2027-01-24' };
    const proposed = proposedNewExpiry(early, '2026-12-01', '2026-12-01');
    expect(proposed).toBe('2027-12-31');
    expect(previewEndorsement(early, '2026-12-01', proposed ?? '', '2026-12-01').ok).toBe(true);
    const old = previewEndorsement(early, '2026-12-01', addYears(early.expiresOn, 1), '2026-12-01');
    expect(!old.ok && old).toMatchObject({ ruleId: 'L-7', blocksEndorsedOn: false });
    expect(!old.ok && old.problems[0]?.zh).toContain('2027-12-31');
  });
});

describe('successNotes', () => {
  it('says each note once and leaves the sync advice to the permit history below', () => {
    const advice = '预计 2026-12-04 同步至积分系统（L-7）';
    const notes = successNotes({ notes: ['持证年限连续计算', advice], history: { sync: { advice } } });
    expect(notes).toEqual(['持证年限连续计算']);
    expect(successNotes({ notes: ['a', advice], history: { sync: null } })).toEqual(['a', advice]);
  });
});
