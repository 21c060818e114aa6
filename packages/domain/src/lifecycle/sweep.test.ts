import { describe, expect, it } from 'vitest';
import { policySet } from '@jifen/policies';
import { addDays, addYears, diffDays } from '../dates/index.ts';
import { getPolicy } from '../policy/index.ts';
import { actionsFor, simulatedPermits, simulateSweep } from './sweep-simulation.ts';
import {
  advanceRecord,
  cycleEventDays,
  reachesPermitLapse,
  recordStateOn,
  reminderDueOn,
  reminderRules,
  renderReminder,
  reviewerDigest,
} from './sweep.ts';

const found = getPolicy(policySet, 'sh-2026');
if (!found.ok) throw new Error('sh-2026 missing');
const policy = found.value;

describe('sweep core: boundaries (L-2..L-5, issue 13)', () => {
  // Month ends, a year end and 29 February, each checked on both sides of every bound.
  it.each(['2026-12-31', '2027-01-31', '2027-03-31', '2028-02-29', '2028-03-01', '2026-02-28'])('expiry %s', (v) => {
    const at = (n: number) => recordStateOn(v, addDays(v, n), policy);
    expect([at(-31), at(-30), at(0), at(1), at(60), at(61), at(90), at(91)]).toEqual([
      'valid',
      'renewal_window',
      'renewal_window',
      'grace',
      'grace',
      'points_cleared',
      'points_cleared',
      'permit_lapsed',
    ]);
    const due = Object.fromEntries(
      reminderRules(policy).map((r) => [r.kind, diffDays(reminderDueOn(r, v, policy), v)]),
    );
    expect(due).toEqual({
      window_opens: -30,
      expiry_minus_7: -7,
      after_expiry: 1,
      before_clearing: 46,
      cleared: 61,
      before_lapse: 84,
    });
    // Advancing over the whole cycle at once meets every change in order, each on its day.
    const out = advanceRecord(
      { id: 'r', cycle: 1, expiresOn: v, state: 'valid', renewalSubmittedOn: null, permitExpiresOn: null },
      addDays(v, -40),
      addDays(v, 200),
      policy,
    );
    expect(out.changes.map((c) => [c.to, diffDays(c.on, v), c.ruleId])).toEqual([
      ['renewal_window', -30, 'L-2'],
      ['grace', 1, 'L-3'],
      ['points_cleared', 61, 'L-4'],
      ['permit_lapsed', 91, 'L-5'],
    ]);
    expect(out.changes.map((c) => [c.benefitsSuspended, c.revokeNotice])).toEqual([
      [false, false],
      [true, false],
      [false, true],
      [false, false],
    ]);
    expect(out.reminders.map((r) => diffDays(r.dueOn, v))).toEqual([-30, -7, 1, 46, 61, 84]);
    expect(out.nextEventOn).toBeNull();
  });

  it('29 February: the window of a 2028-02-29 expiry opens on 2028-01-30, the late window starts on 1 March', () => {
    expect(cycleEventDays('2028-02-29', policy).slice(0, 3)).toEqual(['2028-01-30', '2028-02-22', '2028-03-01']);
  });

  it('fills the texts from the policy (dates and the L-6 benefits)', () => {
    const rule = reminderRules(policy).find((r) => r.kind === 'after_expiry')!;
    const t = renderReminder(rule, '2026-11-30', policy).text;
    expect(t.zh).toContain('2026-11-30');
    expect(t.zh).toContain('2027-01-29');
    expect(t.zh).toContain('医保报销');
    expect(t.en).not.toMatch(/\{\w+\}/);
  });

  it('a renewal submitted in time cancels the rest of the cycle; a late one does not', () => {
    const base = {
      id: 'r',
      cycle: 1,
      expiresOn: '2027-03-31',
      state: 'renewal_window' as const,
      permitExpiresOn: null,
    };
    expect(
      advanceRecord({ ...base, renewalSubmittedOn: '2027-03-20' }, '2027-03-24', '2027-04-01', policy).reminders,
    ).toEqual([]);
    expect(
      advanceRecord({ ...base, renewalSubmittedOn: '2027-04-05' }, '2027-03-24', '2027-04-01', policy).reminders.map(
        (r) => r.kind,
      ),
    ).toEqual(['expiry_minus_7', 'after_expiry']);
  });
});

describe('sweep core: a permit endorsed past the cycle does not lapse with it (L-5)', () => {
  // V = 2026-07-31, the points not renewed; the permit endorsed to 2027-07-31.
  const v = '2026-07-31';
  const endorsed = {
    id: 'r',
    cycle: 1,
    expiresOn: v,
    state: 'grace' as const,
    renewalSubmittedOn: null,
    permitExpiresOn: '2027-07-31',
  };

  it('the points are cleared on V + 61; no "can no longer be endorsed" reminder, no lapse at V + 91; the record waits for the endorsed permit', () => {
    const out = advanceRecord(endorsed, addDays(v, 46), addDays(v, 200), policy);
    expect(out.changes.map((c) => [c.on, c.to])).toEqual([[addDays(v, 61), 'points_cleared']]);
    expect(out.reminders.map((r) => r.kind)).toEqual(['before_clearing', 'cleared']);
    expect(out.nextEventOn).toBe(addDays('2027-07-31', 91));
    // On that day the endorsed permit lapses, and the record with it.
    const later = advanceRecord(out.record, out.nextEventOn!, addDays('2027-07-31', 91), policy);
    expect(later.changes.map((c) => [c.on, c.from, c.to, c.ruleId])).toEqual([
      ['2027-10-30', 'points_cleared', 'permit_lapsed', 'L-5'],
    ]);
    expect(later.nextEventOn).toBeNull();
  });

  it('not endorsed (or endorsed only up to V), the cycle runs to its own lapse as before', () => {
    for (const permitExpiresOn of [null, v]) {
      const out = advanceRecord({ ...endorsed, permitExpiresOn }, addDays(v, 46), addDays(v, 200), policy);
      expect(out.changes.map((c) => c.to)).toEqual(['points_cleared', 'permit_lapsed']);
      expect(out.reminders.map((r) => r.kind)).toEqual(['before_clearing', 'cleared', 'before_lapse']);
      expect(out.nextEventOn).toBeNull();
    }
  });

  it('only a day from the first permit-lapse event on needs the permit', () => {
    expect(reachesPermitLapse(v, addDays(v, 83), policy)).toBe(false);
    expect(reachesPermitLapse(v, addDays(v, 84), policy)).toBe(true);
    expect(reachesPermitLapse(v, addDays(v, 400), policy)).toBe(true);
  });
});

describe('sweep core: a simulated year of 300 permits on a fixed clock', () => {
  const permits = simulatedPermits(300, '2026-11-15', 400);
  const from = '2026-12-01';
  const to = '2027-11-30';
  const log = simulateSweep(permits, from, to, policy);

  it('every state change happens on its day, once (oracle: the state on each day against the day before)', () => {
    const expected: string[] = [];
    for (const p of permits) {
      let cycle = 1;
      let expiry = p.expiresOn;
      let prev = recordStateOn(expiry, addDays(from, -1), policy);
      for (let day = from; day <= to; day = addDays(day, 1)) {
        const a = actionsFor(p, day, cycle);
        if (a?.type === 'renew') {
          cycle++;
          expiry = a.newExpiresOn;
          prev = recordStateOn(expiry, day, policy);
        }
        const now = recordStateOn(expiry, day, policy);
        if (now !== prev) expected.push(`${p.id}|${cycle}|${day}|${prev}>${now}`);
        prev = now;
      }
    }
    const got = log.changes.map((c) => `${c.id}|${c.cycle}|${c.on}|${c.from}>${c.to}`);
    expect(got.sort()).toEqual(expected.sort());
    expect(new Set(got).size).toBe(got.length);
    expect(log.changes.some((c) => c.to === 'permit_lapsed')).toBe(true);
  });

  it('every reminder goes on its day, once per record cycle; none after a renewal submitted in time', () => {
    const keys = log.reminders.map((r) => `${r.id}|${r.cycle}|${r.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of permits) {
      const mine = log.reminders.filter((r) => r.id === p.id && r.cycle === 1);
      const expected = reminderRules(policy)
        .map((rule) => ({ kind: rule.kind, on: reminderDueOn(rule, p.expiresOn, policy) }))
        .filter((r) => r.on >= from && r.on <= to)
        .filter((r) => {
          // The holder's action only happens when its day is inside the simulated year.
          // In time: submitted at V-10 (cancels the rest), renewed at V-3 (a new cycle); late: renewed at V+20.
          const cuts = p.fate === 'in_time' ? [-10, -3] : p.fate === 'late' ? [20] : [];
          const cut = cuts.find((c) => addDays(p.expiresOn, c) >= from);
          return cut === undefined || diffDays(r.on, p.expiresOn) < cut;
        });
      expect(mine.map((r) => `${r.kind}@${r.on}`).sort()).toEqual(expected.map((r) => `${r.kind}@${r.on}`).sort());
    }
    // Renewed records start a new cycle whose reminders come a year later.
    const renewedInTime = permits.find(
      (p) => p.fate === 'in_time' && p.expiresOn >= '2026-12-15' && p.expiresOn <= '2027-06-30',
    )!;
    const next = addYears(renewedInTime.expiresOn, 1);
    expect(log.reminders.filter((r) => r.id === renewedInTime.id && r.cycle === 2).map((r) => r.on)).toEqual(
      [addDays(next, -30), addDays(next, -7)].filter((d) => d <= to),
    );
  });
});

describe("reviewers' morning digest", () => {
  it('lists cases at risk and breached; a due date in a year without a calendar is pending (P-2)', () => {
    const d = reviewerDigest(
      [
        { id: 'a', slaDue: '2026-12-04' },
        { id: 'b', slaDue: '2026-11-30' },
        { id: 'c', slaDue: '2026-12-20' },
        { id: 'd', slaDue: '2027-01-06' },
      ],
      '2026-12-01',
      policySet.calendar,
      5,
    );
    expect(d.entries).toEqual([
      { id: 'a', slaDue: '2026-12-04', workingDaysLeft: 3, status: 'at_risk' },
      { id: 'b', slaDue: '2026-11-30', workingDaysLeft: null, status: 'breached' },
    ]);
    expect(d.pendingYear).toBe(2027);
  });
});
