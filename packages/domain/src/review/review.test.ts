import { describe, expect, it } from 'vitest';
import { policySet } from '@jifen/policies';
import { addWorkingDays, buildWorkingCalendar } from '../calendar/index.ts';
import { fixturePolicy, summaryInput } from '../points/test-fixtures.ts';
import { falseMaterialFinding } from './false-material.ts';
import { applyIndicatorDecisions, reviewTotals, type IndicatorDecision } from './indicators.ts';
import { compareByDue, countSla, queueSla } from './workbench.ts';

/** The shipped calendars (State Council notices, D-1), with their make-up working days. */
const CALENDAR = policySet.calendar;
const AT_RISK = 5;
const REVIEW_DAYS = 20;

describe('SLA: 20 working days from entering review (R-3, D-2), across the long holidays', () => {
  it.each([
    // Spring Festival 2026: 2/15-2/23 off, Saturdays 2/14 and 2/28 worked.
    ['2026-02-10', '2026-03-16'],
    ['2026-02-13', '2026-03-19'], // Friday before: the make-up Saturday 2/14 is day 1
    ['2026-02-14', '2026-03-20'], // entering on the make-up Saturday: 2/24 is day 1
    ['2026-02-23', '2026-03-20'], // last holiday day: the same due date as the Saturday before
    // Spring Festival 2025: 1/28-2/4 off, 1/26 (Sunday) and 2/8 (Saturday) worked.
    ['2025-01-24', '2025-02-27'],
    // National Day 2025: 10/1-10/8 off, 9/28 (Sunday) and 10/11 (Saturday) worked.
    ['2025-09-25', '2025-10-29'],
    ['2025-09-26', '2025-10-30'], // Friday: Sunday 9/28 counts, 10/1-10/8 do not
    // National Day 2026: 10/1-10/7 off, 9/20 (Sunday) and 10/10 (Saturday) worked.
    ['2026-09-18', '2026-10-22'], // Mid-autumn 9/25-9/27 as well
    ['2026-09-30', '2026-11-03'],
  ])('entering review on %s: due %s', (start, due) => {
    expect(addWorkingDays(CALENDAR, start, REVIEW_DAYS)).toEqual({ ok: true, value: due });
  });

  const underReview = (slaDue: string) => ({ state: 'under_review', slaDue, slaPendingYear: null });
  it.each([
    // Due 2026-03-16 (entered 2026-02-10, across Spring Festival).
    ['2026-03-16', '2026-02-14', 'on_track', 16], // the make-up Saturday is a working day
    ['2026-03-16', '2026-02-22', 'on_track', 16], // no working day passes during the holiday
    ['2026-03-16', '2026-03-06', 'on_track', 6],
    ['2026-03-16', '2026-03-09', 'at_risk', 5], // 5 working days or fewer: at risk
    ['2026-03-16', '2026-03-16', 'at_risk', 0], // due today: not yet breached
    ['2026-03-16', '2026-03-17', 'breached', -1],
    // Due 2025-10-29 (entered 2025-09-25, across National Day).
    ['2025-10-29', '2025-09-28', 'on_track', 18], // on the Sunday make-up day
    ['2025-10-29', '2025-10-08', 'on_track', 16], // the whole holiday costs nothing (as on 9/30)
    ['2025-10-29', '2025-10-11', 'on_track', 13], // Saturday make-up day
    ['2025-10-29', '2025-10-22', 'at_risk', 5],
    ['2025-10-29', '2025-10-21', 'on_track', 6],
    ['2025-10-29', '2025-10-30', 'breached', -1],
    ['2025-10-29', '2025-11-05', 'breached', -5],
    // Due 2026-10-09 (Friday before the 10/10 make-up Saturday): breached on the Saturday although no working day passed.
    ['2026-10-09', '2026-09-30', 'at_risk', 2],
    ['2026-10-09', '2026-10-10', 'breached', -1],
  ] as const)('due %s, on %s: %s with %i working days left', (due, today, status, left) => {
    expect(queueSla(underReview(due), today, CALENDAR, AT_RISK)).toEqual({
      status,
      workingDaysLeft: left,
      dueDate: due,
      pendingYear: null,
    });
  });

  it('P-2: a due date waiting for the next calendar shows as pending, never a guessed date', () => {
    expect(
      queueSla({ state: 'under_review', slaDue: null, slaPendingYear: 2027 }, '2026-12-10', CALENDAR, AT_RISK),
    ).toEqual({
      status: 'pending',
      workingDaysLeft: null,
      dueDate: null,
      pendingYear: 2027,
    });
    const only2026 = buildWorkingCalendar([CALENDAR.years.get(2026)!.doc]);
    if (!only2026.ok) throw new Error('calendar');
    // A due date known, but today's year missing from the calendar: pending too.
    expect(queueSla(underReview('2026-01-20'), '2025-12-31', only2026.value, AT_RISK)).toMatchObject({
      status: 'pending',
      pendingYear: 2025,
    });
  });

  it('only a case under review runs against the clock; counts and urgency order', () => {
    const views = [
      queueSla(underReview('2026-03-16'), '2026-03-17', CALENDAR, AT_RISK),
      queueSla({ state: 'awaiting_visit', slaDue: null, slaPendingYear: null }, '2026-03-17', CALENDAR, AT_RISK),
      queueSla(underReview('2026-04-30'), '2026-03-17', CALENDAR, AT_RISK),
      queueSla({ state: 'under_review', slaDue: null, slaPendingYear: 2027 }, '2026-03-17', CALENDAR, AT_RISK),
      queueSla(underReview('2026-03-20'), '2026-03-17', CALENDAR, AT_RISK),
    ];
    expect(countSla(views)).toEqual({ on_track: 1, at_risk: 1, breached: 1, pending: 1, not_running: 1 });
    expect([...views].sort(compareByDue).map((v) => v.status)).toEqual([
      'breached',
      'at_risk',
      'on_track',
      'pending',
      'not_running',
    ]);
  });
});

describe('indicator review (R-3 step 3): accepted, adjusted, rejected, recomputed by the engine', () => {
  const policy = fixturePolicy({});
  const claimed = summaryInput({
    education: 'master',
    commendations: ['provincial'],
    publicServiceYears: 5,
    shortageMajor: { jobMatches: true },
    qualifyingMonths: 36,
  });
  const ON = '2026-03-02';

  it("the claimed total is the engine's, and accepting everything changes nothing", () => {
    const r = reviewTotals(
      claimed,
      [{ indicator: 'education', decision: 'accepted', reason: '学历证书与学信网一致' }],
      ON,
      policy,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.reviewedTotal).toBe(r.value.claimedTotal);
    expect(r.value.lines.find((l) => l.indicator === 'education')).toMatchObject({
      reviewable: true,
      decision: { decision: 'accepted' },
    });
    expect(r.value.lines.find((l) => l.indicator === 'age')).toMatchObject({ reviewable: false });
  });

  it.each<[string, IndicatorDecision, string]>([
    [
      'education adjusted to a bachelor',
      {
        indicator: 'education',
        decision: 'adjusted',
        value: { education: 'benke_bachelor' },
        reason: '硕士学位未认证',
      },
      'education',
    ],
    [
      'shortage major rejected',
      { indicator: 'shortageMajor', decision: 'rejected', reason: '岗位与紧缺专业不符' },
      'shortageMajor',
    ],
    [
      'commendation adjusted to a municipal bureau one',
      {
        indicator: 'commendation',
        decision: 'adjusted',
        value: { commendation: 'municipal_bureau' },
        reason: '省级表彰证书不能核实',
      },
      'commendation',
    ],
    [
      'public service years adjusted to 1',
      { indicator: 'publicService', decision: 'adjusted', value: { years: 1 }, reason: '仅1年在岗证明' },
      'publicService',
    ],
  ])('%s lowers that line and the total by the same amount', (_name, decision, indicator) => {
    const r = reviewTotals(claimed, [decision], ON, policy);
    if (!r.ok) throw new Error(r.error.message.en);
    const line = r.value.lines.find((l) => l.indicator === indicator)!;
    expect(line.reviewed).toBeLessThan(line.claimed);
    expect(r.value.claimedTotal - r.value.reviewedTotal).toBe(line.claimed - line.reviewed);
  });

  it.each<[string, IndicatorDecision, string]>([
    ['no reason', { indicator: 'title', decision: 'rejected', reason: '  ' }, 'REVIEW.REASON_REQUIRED'],
    [
      'adjusting a yes/no claim',
      { indicator: 'freshGraduate', decision: 'adjusted', value: { years: 1 }, reason: 'x' },
      'REVIEW.ADJUSTMENT_INVALID',
    ],
    [
      'an unknown level',
      { indicator: 'education', decision: 'adjusted', value: { education: 'phd' as 'doctor' }, reason: 'x' },
      'REVIEW.ADJUSTMENT_INVALID',
    ],
    [
      'negative years',
      { indicator: 'remoteSuburb', decision: 'adjusted', value: { years: -1 }, reason: 'x' },
      'REVIEW.ADJUSTMENT_INVALID',
    ],
  ])('refuses %s with a coded error in both languages', (_name, decision, code) => {
    const r = applyIndicatorDecisions(claimed, [decision]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.message.zh && r.error.message.en).toBeTruthy();
  });
});

describe('false-material finding (C-5)', () => {
  const params = { compliance: { falseMaterialPenalty: 150, falseMaterialYears: 3, falseMaterialBarYears: 3 } };
  it.each([
    // C-9: the 3 years end on the anniversary, inclusive; the bar's first free day is the day after.
    ['2026-03-02', '2029-03-02', '2029-03-03'],
    ['2024-02-29', '2027-02-28', '2027-03-01'], // month-end rule of D-3
  ])('found on %s: -150 counted through %s, may apply again from %s', (foundOn, countsUntil, barredUntil) => {
    expect(falseMaterialFinding(foundOn, params)).toMatchObject({
      ruleId: 'C-5',
      penalty: -150,
      barredUntil,
      countsUntil,
    });
  });

  it('the engine deducts the same 150 points from an assessment within the 3 years', () => {
    const policy = fixturePolicy({});
    const input = summaryInput({ education: 'master' });
    const clean = reviewTotals(input, [], '2026-06-01', policy);
    const found = reviewTotals({ ...input, records: { falseMaterialDates: ['2026-03-02'] } }, [], '2026-06-01', policy);
    if (!clean.ok || !found.ok) throw new Error('assessment');
    expect(found.value.claimedTotal - clean.value.claimedTotal).toBe(
      falseMaterialFinding('2026-03-02', params).penalty,
    );
  });
});
