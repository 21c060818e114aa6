import { describe, expect, it } from 'vitest';
import { addDays, LIFECYCLE_STATES, lifecycleOn, selectPolicy, type LifecycleState } from '@jifen/domain';
import { policySet } from '@jifen/policies';
import { expiryRanges, type ExpiryRange } from './roster-ranges.ts';

/**
 * The roster's filters as expiry ranges must agree, date by date, with the
 * domain's own answer (L-2..L-5, L-8): for every expiry V within a year of
 * asOf, V is in the ranges exactly when lifecycleOn gives that state and a
 * next deadline inside the asked range.
 */
const within = (v: string, rs: ExpiryRange[]) =>
  rs.some((r) => (r.from === null || v >= r.from) && (r.to === null || v <= r.to));

describe('roster filters as expiry ranges agree with lifecycleOn (L-2..L-5, L-8)', () => {
  const cases: { asOf: string; state?: LifecycleState; deadlineFrom?: string; deadlineTo?: string; none?: true }[] = [
    ...LIFECYCLE_STATES.map((state) => ({ asOf: '2026-12-01', state })),
    { asOf: '2026-12-01', deadlineFrom: '2026-12-01', deadlineTo: '2026-12-07' },
    { asOf: '2026-12-01', state: 'grace', deadlineTo: '2027-01-15' },
    { asOf: '2026-12-01', deadlineFrom: '2027-02-01' },
    // A lapsed permit has no deadline left: a deadline filter never matches it.
    { asOf: '2026-12-01', state: 'permit_lapsed', deadlineFrom: '2026-01-01', none: true },
    { asOf: '2020-06-15', deadlineFrom: '2020-06-01', deadlineTo: '2020-08-31' },
  ];
  it.each(cases)('%o', (c) => {
    const policy = selectPolicy(policySet, c.asOf);
    if (!policy.ok) throw new Error('no policy');
    const ranges = expiryRanges(c.asOf, policy.value.params.lifecycle, c);
    let matched = 0;
    for (let d = -500; d <= 500; d++) {
      const v = addDays(c.asOf, d);
      const l = lifecycleOn({ expiry: v }, c.asOf, policy.value);
      if (!l.ok) throw new Error('lifecycle');
      const deadline = l.value.nextDeadline?.date;
      const byDeadline = c.deadlineFrom !== undefined || c.deadlineTo !== undefined;
      const expected =
        (!c.state || l.value.state === c.state) &&
        (!byDeadline ||
          (deadline !== undefined &&
            (!c.deadlineFrom || deadline >= c.deadlineFrom) &&
            (!c.deadlineTo || deadline <= c.deadlineTo)));
      expect(within(v, ranges), `${v}: ${l.value.state} ${deadline ?? '-'}`).toBe(expected);
      if (expected) matched++;
    }
    if (c.none) expect(ranges).toEqual([]);
    else expect(matched).toBeGreaterThan(0);
  });
});
