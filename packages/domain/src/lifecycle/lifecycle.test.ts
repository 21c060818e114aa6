import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policySet } from '@jifen/policies';
import { addDays, addMonths, fromEpochDay, toEpochDay } from '../dates/index.ts';
import { getPolicy, type Policy } from '../policy/index.ts';
import { LIFECYCLE_STATES, lifecycleOn, permitSyncDate, type LifecycleStatus } from './index.ts';

function policy(id: string): Policy {
  const r = getPolicy(policySet, id);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}
const seed = policy('sh-2026');
const measures = policy('sh-2018');

function on(expiry: string, asOf: string, p: Policy = seed): LifecycleStatus {
  const r = lifecycleOn({ expiry }, asOf, p);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

describe('lifecycleOn: the worked cases (V = 2026-07-31, seed readings)', () => {
  it.each([
    ['2026-06-30', 'valid', 'window_opens', '2026-07-01', 1, false],
    ['2026-07-01', 'renewal_window', 'renew_by', '2026-07-31', 30, false],
    ['2026-07-31', 'renewal_window', 'renew_by', '2026-07-31', 0, false],
    ['2026-08-01', 'grace', 'late_renewal_ends', '2026-09-29', 59, true],
    ['2026-09-29', 'grace', 'late_renewal_ends', '2026-09-29', 0, true],
    ['2026-09-30', 'points_cleared', 'permit_endorsable_ends', '2026-10-29', 29, true],
    ['2026-10-29', 'points_cleared', 'permit_endorsable_ends', '2026-10-29', 0, true],
    ['2026-10-30', 'permit_lapsed', null, null, null, true],
  ] as const)('%s: %s, next %s %s (%s days left)', (asOf, state, kind, date, daysLeft, suspended) => {
    const s = on('2026-07-31', asOf);
    expect(s.state).toBe(state);
    expect(s.nextDeadline?.kind ?? null).toBe(kind);
    expect(s.nextDeadline?.date ?? null).toBe(date);
    expect(s.daysLeft).toBe(daysLeft);
    expect(s.benefits.suspended).toBe(suspended);
    expect(s.policy).toEqual({ id: 'sh-2026', hash: seed.hash });
  });
});

describe('boundaries in n = asOf - V', () => {
  it.each([
    [-31, 'valid'],
    [-30, 'renewal_window'],
    [0, 'renewal_window'],
    [1, 'grace'],
    [60, 'grace'],
    [61, 'points_cleared'],
    [90, 'points_cleared'],
    [91, 'permit_lapsed'],
    [400, 'permit_lapsed'],
  ] as const)('n = %i -> %s, for month-end, leap-day and year-end expiries', (n, state) => {
    for (const expiry of ['2026-07-31', '2026-02-28', '2028-02-29', '2026-12-31', '2026-01-31']) {
      const s = on(expiry, addDays(expiry, n));
      expect(s.n).toBe(n);
      expect(s.state).toBe(state);
    }
  });
});

describe('timeline (each key date with its rule)', () => {
  it.each([
    ['2026-07-31', ['2026-07-01', '2026-07-31', '2026-09-29', '2026-09-30', '2026-10-30']],
    ['2028-02-29', ['2028-01-30', '2028-02-29', '2028-04-29', '2028-04-30', '2028-05-30']],
    ['2026-12-31', ['2026-12-01', '2026-12-31', '2027-03-01', '2027-03-02', '2027-04-01']],
  ])('V = %s', (expiry, dates) => {
    const t = on(expiry, expiry).timeline;
    expect(t.map((e) => e.date)).toEqual(dates);
    expect(t.map((e) => e.ruleId)).toEqual(['L-2', 'L-1', 'L-3', 'L-4', 'L-5']);
    for (const e of t) {
      expect(e.label.zh).toContain(e.date);
      expect(e.label.en).toContain(e.date);
    }
  });

  it('a permit issued 2024-02-29: + 12 months = 2025-02-28 (D-3), so its last valid day is 2025-02-27', () => {
    const expiry = addDays(addMonths('2024-02-29', seed.params.lifecycle.permitPeriodMonths), -1);
    expect(expiry).toBe('2025-02-27');
    expect(on(expiry, '2025-01-28').state).toBe('renewal_window');
    expect(on(expiry, '2025-01-27').state).toBe('valid');
  });
});

describe('holding years (L-3 parameter) and the two policy versions', () => {
  it.each([
    [seed, '2026-08-15', true],
    [measures, '2024-08-15', false],
    [seed, '2026-07-15', false],
    [measures, '2024-07-15', false],
    [seed, '2026-10-01', true],
    [measures, '2024-10-01', true],
  ] as const)('%#: restart on %s = %s', (p, asOf, restart) => {
    const expiry = asOf.startsWith('2026') ? '2026-07-31' : '2024-07-31';
    expect(on(expiry, asOf, p).holdingYearsRestart.restart).toBe(restart);
  });

  it('both versions share the 30/60/90 day arithmetic', () => {
    for (const p of [seed, measures]) {
      expect(on('2024-07-31', '2024-09-29', p).state).toBe('grace');
      expect(on('2024-07-31', '2024-09-30', p).state).toBe('points_cleared');
    }
  });
});

describe('benefits (L-6)', () => {
  it('lists the suspended benefits with the first day and what restores them', () => {
    const b = on('2026-07-31', '2026-10-01').benefits;
    expect(b.from).toBe('2026-08-01');
    expect(b.items.map((i) => i.benefit)).toEqual([
      'school_entrance',
      'medical_reimbursement',
      'housing_purchase',
      'hukou_accumulation',
    ]);
    expect(b.restoredBy.en).toContain('new points application');
  });
});

describe('bad input', () => {
  it.each([
    ['2026-02-30', '2026-01-01'],
    ['2026-07-31', '31/07/2026'],
  ])('expiry %s, asOf %s -> DATE.INVALID', (expiry, asOf) => {
    const r = lifecycleOn({ expiry }, asOf, seed);
    expect(!r.ok && r.error.code).toBe('DATE.INVALID');
  });
});

describe('property: states cover every date after issue exactly once, in order', () => {
  it('each state is one contiguous run, in LIFECYCLE_STATES order, all five present', () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay('2018-01-01'), max: toEpochDay('2030-12-31') }), (vDay) => {
        const expiry = fromEpochDay(vDay);
        const issued = addDays(addMonths(expiry, -12), 1);
        const seen: string[] = [];
        for (let d = issued; d <= addDays(expiry, 120); d = addDays(d, 1)) {
          const state = on(expiry, d).state;
          if (seen.at(-1) !== state) seen.push(state);
        }
        expect(seen).toEqual([...LIFECYCLE_STATES]);
      }),
      { numRuns: 50 },
    );
  });
});

describe('permitSyncDate (L-7, advice after 3 working days)', () => {
  it.each([
    ['2026-07-31', '2026-08-05'],
    ['2026-09-30', '2026-10-10'],
    ['2026-02-13', '2026-02-25'],
  ])('endorsed %s -> in the points system from %s', (endorsedOn, expected) => {
    const r = permitSyncDate(policySet.calendar, endorsedOn, seed);
    expect(r.ok && r.value.expectedSyncDate).toBe(expected);
    if (r.ok) expect(r.value.advice.zh).toContain(expected);
  });

  it('a year without a calendar is CALENDAR.YEAR_MISSING', () => {
    const r = permitSyncDate(policySet.calendar, '2026-12-30', seed);
    expect(!r.ok && r.error.code).toBe('CALENDAR.YEAR_MISSING');
  });
});

describe('L-5 for a points cycle whose permit was endorsed past it (endorsedTo)', () => {
  // V = 2026-07-31, the points not renewed; the permit endorsed to 2027-07-31.
  const cycle = (asOf: string) => {
    const r = lifecycleOn({ expiry: '2026-07-31', endorsedTo: '2027-07-31' }, asOf, seed);
    if (!r.ok) throw new Error(r.error.message.en);
    return r.value;
  };
  it.each([
    ['2026-07-31', 'renewal_window'],
    ['2026-08-01', 'grace'],
    ['2026-09-30', 'points_cleared'],
    ['2026-10-29', 'points_cleared'],
    // V + 91: the cycle's permit period would lapse, but the holder holds the endorsed one.
    ['2026-10-30', 'points_cleared'],
    ['2027-07-31', 'points_cleared'],
    ['2027-10-29', 'points_cleared'],
    // The endorsed permit's own V + 91.
    ['2027-10-30', 'permit_lapsed'],
  ])('on %s: %s', (asOf, state) => {
    expect(cycle(asOf).state).toBe(state);
  });

  it('points cleared with the permit endorsed: no permit deadline and no lapse date of the old period; without the endorsement, both', () => {
    const endorsed = cycle('2026-10-30');
    expect(endorsed.nextDeadline).toBeNull();
    expect(endorsed.timeline.map((t) => t.kind)).not.toContain('permit_lapsed');
    expect(on('2026-10-29', '2026-10-29').nextDeadline).not.toBeNull();
    const notEndorsed = on('2026-07-31', '2026-10-30');
    expect(notEndorsed.state).toBe('permit_lapsed');
    expect(notEndorsed.timeline.map((t) => t.kind)).toContain('permit_lapsed');
    // An endorsedTo that is not later than V changes nothing.
    const same = lifecycleOn({ expiry: '2026-07-31', endorsedTo: '2026-07-31' }, '2026-10-30', seed);
    expect(same.ok && same.value.state).toBe('permit_lapsed');
  });
});
