import { describe, expect, it } from 'vitest';
import { previewEndorsement } from './endorsement-outcome.ts';

describe('previewEndorsement (sh-2026)', () => {
  const expiry = '2026-03-31';
  it.each([
    ['2026-03-20', 'continuous', 'L-2'],
    ['2026-04-10', 'years_restart', 'L-3'],
    ['2026-05-30', 'years_restart', 'L-3'],
    ['2026-05-31', 'new_application', 'L-4'],
    ['2026-06-29', 'new_application', 'L-4'],
    ['2026-06-30', 'must_reapply', 'L-5'],
  ])('endorsed on %s: %s (%s)', (endorsedOn, kind, ruleId) => {
    const preview = previewEndorsement(expiry, endorsedOn);
    expect(preview?.kind).toBe(kind);
    expect(preview?.ruleId).toBe(ruleId);
  });
});
