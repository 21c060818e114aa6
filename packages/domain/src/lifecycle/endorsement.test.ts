import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policySet } from '@jifen/policies';
import { addDays, addYears, fromEpochDay, toEpochDay } from '../dates/index.ts';
import { getPolicy } from '../policy/index.ts';
import { decideEndorsement, endorsementFieldProblems, endorsementWindow } from './index.ts';

const found = getPolicy(policySet, 'sh-2026');
if (!found.ok) throw new Error('sh-2026 missing');
const policy = found.value;
const TODAY = '2026-12-01';

describe('endorsementWindow and decideEndorsement (L-2..L-5, L-7)', () => {
  it("issue 10: the old prefill (expiry + 12 months) is refused and the window's latest date is accepted", () => {
    // A permit in its renewal window: expires 20 days after today.
    const permit = { issuedOn: '2026-01-01', expiresOn: '2026-12-21' };
    const w = endorsementWindow(permit, TODAY, TODAY, policy);
    expect(w.ok && w.value).toMatchObject({
      ruleId: 'L-2',
      outcome: 'continuous',
      earliestNewExpiry: '2026-12-22',
      latestNewExpiry: '2027-12-21',
    });
    const oldPrefill = decideEndorsement(
      permit,
      { endorsedOn: TODAY, newExpiresOn: addYears(permit.expiresOn, 1) },
      TODAY,
      policy,
    );
    expect(oldPrefill.ok).toBe(true);
    // Earlier in the window the old prefill overshoots "12 months + 30 days from the endorsement".
    const early = { issuedOn: '2026-01-25', expiresOn: '2027-01-24' };
    const e = endorsementWindow(early, TODAY, TODAY, policy);
    expect(e.ok && e.value.latestNewExpiry).toBe('2027-12-31');
    const refused = decideEndorsement(
      early,
      { endorsedOn: TODAY, newExpiresOn: addYears(early.expiresOn, 1) },
      TODAY,
      policy,
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error).toMatchObject({ code: 'VALIDATION.ENDORSEMENT_DATES', ruleId: 'L-7' });
      expect(endorsementFieldProblems(refused.error)[0]?.message.zh).toContain('2027-12-31');
    }
    expect(decideEndorsement(early, { endorsedOn: TODAY, newExpiresOn: '2027-12-31' }, TODAY, policy).ok).toBe(true);
  });

  it('D-3: a permit expiring on 28 February before a leap day is endorsed to 28 February of the next year, no day lost', () => {
    const permit = { issuedOn: '2027-03-01', expiresOn: '2028-02-28' };
    const w = endorsementWindow(permit, '2028-02-20', '2028-02-20', policy);
    expect(w.ok && w.value).toMatchObject({ periodStart: '2028-02-29', latestNewExpiry: '2029-02-28' });
    const d = decideEndorsement(permit, { endorsedOn: '2028-02-20', newExpiresOn: '2029-02-28' }, '2028-02-20', policy);
    expect(d.ok).toBe(true);
    // The next year's cycle stays on 28 February.
    const next = endorsementWindow(
      { issuedOn: '2028-02-29', expiresOn: '2029-02-28' },
      '2029-02-10',
      '2029-02-10',
      policy,
    );
    expect(next.ok && next.value.latestNewExpiry).toBe('2030-02-28');
  });

  it('late endorsements: L-3 restarts the holding years, L-4 needs a new application, L-5 refuses', () => {
    const late = endorsementWindow({ issuedOn: '2025-10-01', expiresOn: '2026-10-20' }, TODAY, TODAY, policy);
    expect(late.ok && late.value).toMatchObject({
      ruleId: 'L-3',
      outcome: 'years_restart',
      daysOverdue: 42,
      periodStart: TODAY,
      latestNewExpiry: '2027-11-30',
    });
    const cleared = endorsementWindow({ issuedOn: '2025-09-01', expiresOn: '2026-09-20' }, TODAY, TODAY, policy);
    expect(cleared.ok && cleared.value).toMatchObject({
      ruleId: 'L-4',
      outcome: 'new_application',
      pointsNeedNewApplication: true,
    });
    expect(cleared.ok && cleared.value.notes).toHaveLength(2);
    const lapsed = endorsementWindow({ issuedOn: '2025-01-01', expiresOn: '2025-12-31' }, TODAY, TODAY, policy);
    expect(!lapsed.ok && lapsed.error).toMatchObject({ code: 'PERMIT.MUST_REAPPLY', ruleId: 'L-5' });
  });

  it('refuses an endorsement dated after today or before the permit was issued, naming the field', () => {
    const permit = { issuedOn: '2026-01-01', expiresOn: '2026-12-21' };
    for (const endorsedOn of [addDays(TODAY, 1), '2025-12-31']) {
      const r = endorsementWindow(permit, endorsedOn, TODAY, policy);
      expect(!r.ok && r.error.code).toBe('VALIDATION.ENDORSEMENT_DATE');
      expect(!r.ok && endorsementFieldProblems(r.error).map((p) => p.path)).toEqual(['endorsedOn']);
    }
  });

  it('accepts exactly the dates of the window it announces (property)', () => {
    const base = toEpochDay(TODAY);
    fc.assert(
      fc.property(fc.integer({ min: -90, max: 400 }), fc.integer({ min: -30, max: 800 }), (expiryOffset, pick) => {
        const expiresOn = fromEpochDay(base + expiryOffset);
        const permit = { issuedOn: '2025-01-01', expiresOn };
        const w = endorsementWindow(permit, TODAY, TODAY, policy);
        if (!w.ok) return w.error.code === 'PERMIT.MUST_REAPPLY';
        const candidate = fromEpochDay(toEpochDay(w.value.earliestNewExpiry) + pick);
        const inside = candidate >= w.value.earliestNewExpiry && candidate <= w.value.latestNewExpiry;
        return decideEndorsement(permit, { endorsedOn: TODAY, newExpiresOn: candidate }, TODAY, policy).ok === inside;
      }),
    );
  });
});
