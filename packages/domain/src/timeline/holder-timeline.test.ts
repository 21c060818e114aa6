import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policySet } from '@jifen/policies';
import { addDays, addYears, fromEpochDay, toEpochDay } from '../dates/index.ts';
import { getPolicy, type Policy } from '../policy/index.ts';
import type { ApplicationKind } from '../workflow/types.ts';
import {
  applicationTarget,
  clearingDate,
  newPermitAllowed,
  noticeValidUntil,
  pointsStatusOn,
  type HolderTimeline,
  type PermitPeriod,
} from './index.ts';

function policy(id: string): Policy {
  const r = getPolicy(policySet, id);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}
const seed = policy('sh-2026');

// V = 2026-07-31, the rule book's worked lifecycle; the cycle was approved for that period.
const old: PermitPeriod = { id: 'p1', issuedOn: '2025-08-01', expiresOn: '2026-07-31' };
const endorsed: PermitPeriod = { id: 'p2', issuedOn: '2026-08-01', expiresOn: '2027-07-31' };
const notEndorsed: HolderTimeline = { permits: [old], cycle: { cycle: 1, permitId: 'p1', expiresOn: '2026-07-31' } };
const afterEndorsement: HolderTimeline = { ...notEndorsed, permits: [old, endorsed] };

const code = (r: ReturnType<typeof applicationTarget>) =>
  r.ok ? (r.value?.id ?? 'none') : `${r.error.ruleId} ${r.error.code}`;

describe('applicationTarget: a renewal is for the permit period endorsed after the cycle (L-7)', () => {
  it.each<[string, HolderTimeline, string]>([
    ['not endorsed, in the window', notEndorsed, 'L-7 TIMELINE.PERMIT_NOT_ENDORSED'],
    ['endorsed for the next period', afterEndorsement, 'p2'],
  ])('%s', (_label, timeline, expected) => {
    expect(code(applicationTarget(timeline, 'renewal_same_employer', 'submit', '2026-07-20', seed))).toBe(expected);
    expect(
      code(applicationTarget(timeline, 'renewal_changed_employer', 'approve', '2026-07-25', seed, '2026-07-20')),
    ).toBe(expected);
  });

  it('a draft can be prepared before the endorsement', () => {
    expect(code(applicationTarget(notEndorsed, 'renewal_same_employer', 'create', '2026-07-20', seed))).toBe('p1');
  });

  it('the refusal names the rule, what to do and where', () => {
    const r = applicationTarget(notEndorsed, 'renewal_same_employer', 'submit', '2026-07-20', seed);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.zh).toContain('社区事务受理服务中心');
    expect(r.error.message.zh).toContain('L-7');
    expect(r.error.message.en).toContain('endorsed');
  });

  it('points approved before jifen knew them (no cycle on file): the renewal is for the permit in force (L-7)', () => {
    expect(
      code(
        applicationTarget(
          { permits: [endorsed], cycle: null },
          'renewal_changed_employer',
          'submit',
          '2026-08-02',
          seed,
        ),
      ),
    ).toBe('p2');
    expect(
      code(
        applicationTarget({ permits: [old], cycle: null }, 'renewal_changed_employer', 'submit', '2026-08-01', seed),
      ),
    ).toBe('L-7 TIMELINE.PERMIT_EXPIRED');
  });
});

describe('applicationTarget: the day boundaries of L-4 and L-5 (V = 2026-07-31)', () => {
  it.each<[string, string]>([
    ['2026-09-29', 'p2'], // day 60: late window, still renewable
    ['2026-09-30', 'L-4 TIMELINE.POINTS_CLEARED'], // day 61: cleared
  ])('renewal submitted on %s after an endorsement: %s', (day, expected) => {
    expect(code(applicationTarget(afterEndorsement, 'renewal_same_employer', 'submit', day, seed))).toBe(expected);
  });

  it('a renewal submitted on day 60 stays approvable on day 61 and later', () => {
    expect(
      code(applicationTarget(afterEndorsement, 'renewal_same_employer', 'approve', '2026-10-20', seed, '2026-09-29')),
    ).toBe('p2');
  });

  it.each<[string, string]>([
    ['2026-10-29', 'L-4 TIMELINE.POINTS_CLEARED'], // day 90: permit still endorsable, points cleared
    ['2026-10-30', 'L-5 TIMELINE.PERMIT_LAPSED'], // day 91: the permit must be applied for again
  ])('renewal on %s without endorsement: %s', (day, expected) => {
    expect(code(applicationTarget(notEndorsed, 'renewal_same_employer', 'submit', day, seed))).toBe(expected);
  });

  it('a lapsed permit refuses every kind at every stage, a case in review included', () => {
    for (const kind of [
      'first_application',
      'renewal_same_employer',
      'renewal_changed_employer',
      'reapplication_after_clearing',
    ] as const) {
      for (const stage of ['create', 'submit', 'approve'] as const) {
        expect(code(applicationTarget(notEndorsed, kind, stage, '2026-10-30', seed))).toBe(
          'L-5 TIMELINE.PERMIT_LAPSED',
        );
      }
    }
  });

  it('after a newly issued permit a first application goes ahead', () => {
    const fresh: PermitPeriod = { id: 'p3', issuedOn: '2026-11-20', expiresOn: '2027-11-19' };
    const t: HolderTimeline = { ...notEndorsed, permits: [old, fresh] };
    expect(code(applicationTarget(t, 'first_application', 'submit', '2026-11-21', seed))).toBe('p3');
  });

  it('a first application needs the permit in force on the submission day', () => {
    const t: HolderTimeline = { permits: [old], cycle: null };
    expect(code(applicationTarget(t, 'first_application', 'submit', '2026-07-31', seed))).toBe('p1');
    expect(code(applicationTarget(t, 'first_application', 'submit', '2026-08-01', seed))).toBe(
      'L-7 TIMELINE.PERMIT_EXPIRED',
    );
  });
});

describe('newPermitAllowed (L-5)', () => {
  it.each<[string, boolean]>([
    ['2026-10-29', false], // day 90: endorse instead
    ['2026-10-30', true], // day 91
  ])('on %s: %s', (day, allowed) => {
    expect(newPermitAllowed(notEndorsed, day, seed).ok).toBe(allowed);
  });
  it('a holder with no permit on file may be issued one', () => {
    expect(newPermitAllowed({ permits: [], cycle: null }, '2026-10-01', seed).ok).toBe(true);
  });
});

describe('an endorsement extends the permit, never the points (L-1, L-7)', () => {
  const arbDay = fc.integer({ min: toEpochDay('2026-06-01'), max: toEpochDay('2026-12-31') }).map(fromEpochDay);
  it('the points state depends on the cycle only, whatever permit periods follow; only L-5 is the endorsed permit', () => {
    fc.assert(
      fc.property(arbDay, fc.integer({ min: 1, max: 3 }), (day, extra) => {
        const periods = [
          old,
          ...Array.from({ length: extra }, (_, i) => ({
            id: `e${i}`,
            issuedOn: addDays(old.expiresOn, 1),
            expiresOn: addYears(old.expiresOn, i + 1),
          })),
        ];
        const a = pointsStatusOn(notEndorsed, day, seed);
        const b = pointsStatusOn({ ...notEndorsed, permits: periods }, day, seed);
        if (!a?.ok || !b?.ok) throw new Error('no status');
        // Never better for an endorsement: the same state, except that past V + 90 the holder's endorsed
        // permit has not lapsed (L-5): the points stay cleared, with no permit deadline left to meet.
        if (a.value.state === 'permit_lapsed') expect(b.value.state).toBe('points_cleared');
        else expect(b.value.state).toBe(a.value.state);
        if (b.value.state === 'points_cleared') expect(b.value.nextDeadline).toBeNull();
        else expect(b.value.nextDeadline?.date).toBe(a.value.nextDeadline?.date);
      }),
    );
  });

  it('the clearing date is the first day after the late window', () => {
    expect(clearingDate(notEndorsed.cycle!, seed)).toBe('2026-09-30');
  });

  it("a notice is valid until its application's permit period's expiry", () => {
    expect(noticeValidUntil(afterEndorsement, 'p2')).toBe('2027-07-31');
    expect(noticeValidUntil(afterEndorsement, 'p1')).toBe('2026-07-31');
    expect(noticeValidUntil(afterEndorsement, null)).toBeNull();
  });
});

describe('a new application (first, or after clearing) only once the points on file are cleared (L-4)', () => {
  const NEW: ApplicationKind[] = ['first_application', 'reapplication_after_clearing'];
  // V = 2026-07-31: cleared from V + 61 (2026-09-30); the permit endorsed to 2027-07-31 stays in force.
  it.each<[string, string]>([
    ['2026-06-30', 'L-4 TIMELINE.POINTS_RENEWABLE'], // valid, before the window
    ['2026-07-20', 'L-4 TIMELINE.POINTS_RENEWABLE'], // renewal window (L-2)
    ['2026-07-31', 'L-4 TIMELINE.POINTS_RENEWABLE'], // V
    ['2026-08-01', 'L-4 TIMELINE.POINTS_RENEWABLE'], // V + 1, late window (L-3)
    ['2026-09-29', 'L-4 TIMELINE.POINTS_RENEWABLE'], // V + 60, the late window's last day
    ['2026-09-30', 'p2'], // V + 61: cleared
    ['2026-10-30', 'p2'], // V + 91: cleared, the endorsed permit in force
  ])('submitted on %s: %s', (day, expected) => {
    for (const kind of NEW) {
      expect(code(applicationTarget(afterEndorsement, kind, 'submit', day, seed)), kind).toBe(expected);
      // Approval judges the submission day, whenever the centre decides.
      expect(code(applicationTarget(afterEndorsement, kind, 'approve', '2026-11-20', seed, day)), kind).toBe(expected);
    }
  });

  it('is refused in words that say to renew and when the points are cleared, in zh and en', () => {
    const r = applicationTarget(afterEndorsement, 'first_application', 'submit', '2026-08-10', seed);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.zh).toContain('续办');
    expect(r.error.message.zh).toContain('2026-09-30');
    expect(r.error.message.en).toContain('renew');
    expect(r.error.message.en).toContain('2026-09-30');
  });

  it('drafts are free: the data can be prepared before the day', () => {
    for (const kind of NEW)
      expect(code(applicationTarget(afterEndorsement, kind, 'create', '2026-08-10', seed))).toBe('p2');
  });

  it('a holder with no points on file (never approved, or before jifen) may make one while the permit is in force', () => {
    const none: HolderTimeline = { permits: [old], cycle: null };
    for (const kind of NEW) {
      expect(code(applicationTarget(none, kind, 'submit', '2026-07-20', seed))).toBe('p1');
      expect(code(applicationTarget(none, kind, 'submit', '2026-08-01', seed))).toBe('L-7 TIMELINE.PERMIT_EXPIRED');
    }
  });
});

describe('pointsStatusOn: L-5 is the permit the holder holds', () => {
  it('points not renewed, permit endorsed: cleared from V + 61 and still cleared on V + 91; not endorsed: lapsed on V + 91', () => {
    const state = (t: HolderTimeline, day: string) => {
      const r = pointsStatusOn(t, day, seed);
      return r?.ok ? r.value.state : null;
    };
    expect(state(afterEndorsement, '2026-09-30')).toBe('points_cleared');
    expect(state(afterEndorsement, '2026-10-30')).toBe('points_cleared');
    expect(state(afterEndorsement, '2027-10-30')).toBe('permit_lapsed');
    expect(state(notEndorsed, '2026-10-30')).toBe('permit_lapsed');
  });
});
