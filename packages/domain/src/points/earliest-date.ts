import { msg } from '@jifen/messages/domain';
import { siCheckPasses } from '../compliance/checks.ts';
import { recordFactsOf } from '../compliance/records.ts';
import { addDays, addYears, ageOn, fromEpochDay, monthIndex, toEpochDay } from '../dates/index.ts';
import { epochDayFromParts } from '../dates/epoch-day.ts';
import type { LocalizedText } from '../result.ts';
import { totalOfFacts } from './assess.ts';
import type { LaterPolicy } from './assessment-policy.ts';
import { compilePolicy, type AssessmentPolicy, type CompiledPolicy } from './compiled-policy.ts';
import { factsOf, type PointsFacts } from './facts.ts';
import { siYearsPoints } from './score-social-insurance.ts';
import type { AssessmentInput } from './input.ts';

export interface EarliestDate {
  /** The first date on which the projected total reaches the target, or null within the horizon. */
  date: string | null;
  target: number;
  totalNow: number;
  /** The projected total on `date` (or at the horizon's end when null). */
  totalThen: number;
  horizonYears: number;
  reasoning: LocalizedText;
}

/**
 * Projects the time-based indicators forward from `asOf`, assuming the
 * person keeps paying social insurance normally every month and stays in
 * the same job:
 * - S-6 gains a qualifying month on the 1st of each month (C-1's window
 *   fills up the same way);
 * - S-14 marriage years, S-10/S-11 years (counted from asOf's anniversary,
 *   as only whole years are known) grow;
 * - S-2 age only rises, so age points only fall (on each birthday; with
 *   only an age given, on asOf's anniversaries);
 * - C-5/C-6/C-7 records stop counting when their years run out, and the
 *   C-5 bar ends.
 * S-9 tiers and S-4's base requirement are kept as they are today.
 * The total only rises on those dates, so checking them in order finds the
 * earliest one exactly. A date counts only if the C-5 bar has ended and
 * C-1 is met (when it applies to every applicant: the same test as
 * `checkSocialInsurance`); a serious criminal record or a C-8 veto means no
 * date.
 *
 * P-1: each day is scored by the version in force on it. `over` gives the
 * last day of asOf's version and the versions after it (`laterPoliciesOf`);
 * from a later version's first day, the same facts are scored by its rules
 * and its standard score, and a date found under it says so. A day no
 * version covers counts for nothing. Without `over`, asOf's version is taken
 * for the whole horizon (no later version known).
 */
export function earliestDateReaching(
  input: AssessmentInput,
  asOf: string,
  policy: AssessmentPolicy,
  target?: number,
  horizonYears = 15,
  over?: PolicyTimeline,
): EarliestDate {
  const c = compilePolicy(policy);
  return earliestDateOfFacts(factsOf(input, asOf, c), c, target, horizonYears, over);
}

/** asOf's version's last day and the versions after it, as `laterPoliciesOf` gives them. */
export interface PolicyTimeline {
  asOfUntil: string | null;
  later: readonly LaterPolicy[];
}

interface Period {
  from: number;
  to: number;
  c: CompiledPolicy;
  /** The version's id and first day, for a date found under a version after asOf's. */
  later: { id: string; from: string } | null;
}

/** The same from facts already worked out on asOf (`assessWithOutlook` shares them). */
export function earliestDateOfFacts(
  now: PointsFacts,
  c: CompiledPolicy,
  target?: number,
  horizonYears = 15,
  over?: PolicyTimeline,
): EarliestDate {
  const { input, asOf } = now;
  const goalOf = (k: CompiledPolicy) => target ?? k.standardScore;
  let goal = goalOf(c);
  const totalNow = totalOfFacts(now, c);
  const result = (date: string | null, totalThen: number, reasoning: LocalizedText): EarliestDate => ({
    date,
    target: goal,
    totalNow,
    totalThen,
    horizonYears,
    reasoning,
  });
  if (now.records.seriousCrime || now.records.familyPlanningVeto) {
    return result(
      null,
      totalNow,
      msg('points.earliestDate.veto', {
        rule: now.records.seriousCrime ? msg('points.earliestDate.vetoSeriousCrime') : 'C-8',
      }),
    );
  }
  const end = addYears(asOf, horizonYears);
  const endDay = toEpochDay(end);
  // asOf first, before any other date is worked out: most people asking either reach the target today or
  // need years, and the first answer costs one scoring (issue 20).
  // A date counts only if the applicant may apply then: the C-5 bar over, and C-1 met when it applies to every
  // applicant (the projection pays on monthly, so C-1's window fills up; the total alone said "reached today"
  // to someone C-1 refuses).
  const reached = (f: PointsFacts, total: number, k: CompiledPolicy) =>
    total >= goalOf(k) &&
    f.records.barredUntil === null &&
    (k.params.compliance.siRequirementScope !== 'all' || siCheckPasses(f.si, k));
  const today = projectFacts(now, input, asOf, asOf, c);
  let last = totalOfFacts(today, c);
  if (reached(today, last, c)) {
    return result(asOf, last, msg('points.earliestDate.alreadyReached', { goal, total: last }));
  }
  for (const period of periodsOf(asOf, endDay, c, over)) {
    const k = period.c;
    // A later version scores the same facts by its own rules (its tiers, windows and standard score).
    const base = k === c ? now : factsOf(input, asOf, k);
    goal = goalOf(k);
    // The dates up to the period's last day only: asOf's version may end within weeks.
    const periodEnd = period.to === endDay ? end : fromEpochDay(period.to);
    const days = candidateDays(input, asOf, periodEnd, base, k).filter((d) => d > period.from);
    // A version's first day is a day the total can change on (asOf, scored above, is the first period's).
    if (period.later) days.unshift(period.from);
    // A date's text is written only when it is scored.
    for (const day of days) {
      const d = fromEpochDay(day);
      const f = projectFacts(base, input, asOf, d, k);
      const total = totalOfFacts(f, k);
      last = total;
      if (!reached(f, total, k)) continue;
      const text = msg('points.earliestDate.reached', { date: d, total, goal });
      return result(
        d,
        total,
        period.later
          ? msg('points.earliestDate.reachedUnder', { text, version: period.later.id, from: period.later.from })
          : text,
      );
    }
  }
  return result(null, last, msg('points.earliestDate.notReached', { years: horizonYears, end, goal, total: last }));
}

/**
 * The stretches of the horizon and the version in force on each (P-1): asOf's
 * until its last day, then each later version from its first day to its last;
 * a gap between two versions is in none.
 */
function periodsOf(asOf: string, endDay: number, c: CompiledPolicy, over: PolicyTimeline | undefined): Period[] {
  const dayOrEnd = (d: string | null) => (d === null ? endDay : Math.min(endDay, toEpochDay(d)));
  const periods: Period[] = [{ from: toEpochDay(asOf), to: dayOrEnd(over?.asOfUntil ?? null), c, later: null }];
  for (const l of over?.later ?? []) {
    const from = toEpochDay(l.from);
    if (from > endDay) break;
    periods.push({ from, to: dayOrEnd(l.to), c: compilePolicy(l.policy), later: { id: l.policy.id, from: l.from } });
  }
  return periods;
}

/** The epoch days on which the projected total can change, in order, asOf first. */
function candidateDays(
  input: AssessmentInput,
  asOf: string,
  end: string,
  now: PointsFacts,
  c: CompiledPolicy,
): number[] {
  const asOfDay = toEpochDay(asOf);
  const endDay = toEpochDay(end);
  // The 1st of every month after asOf's, already in order: straight from the month index (issue 20: no
  // date strings and no set in this loop); the few other dates are merged in below.
  // A month's 1st can raise the total only through C-1 (its window fills up in the first
  // siWindowMonths months) or S-6 (the points of the qualifying months, which step once a
  // year): the projection changes nothing else monthly (projectFacts). On the other 1sts the
  // total can only fall (age), so they are skipped, except the last one, whose total is the
  // answer's `totalThen` when the target is not reached (issue 20: about 180 scorings became ~30).
  const months: number[] = [];
  const firstMonth = monthIndex(asOf.slice(0, 7));
  const window = c.params.compliance.siWindowMonths;
  const q0 = now.si.qualifyingMonths;
  let lastMonthDay = -1;
  // A record dated after asOf starts counting later, which the expiry chain below cannot see;
  // such an input keeps every month, as before.
  const everyMonth = recordDatedAfter(input, asOf);
  for (let m = firstMonth + 1; ; m++) {
    const day = epochDayFromParts(Math.floor(m / 12), (m % 12) + 1, 1);
    if (day > endDay) break;
    const k = m - firstMonth;
    if (everyMonth || k <= window || siYearsPoints(q0 + k, c) !== siYearsPoints(q0 + k - 1, c)) months.push(day);
    lastMonthDay = day;
  }
  if (lastMonthDay >= 0 && months[months.length - 1] !== lastMonthDay) months.push(lastMonthDay);
  const others: number[] = [];
  const add = (d: string) => {
    const n = toEpochDay(d);
    if (n > asOfDay && n <= endDay) others.push(n);
  };
  for (let y = 1; ; y++) {
    const d = anniversary(asOf, y);
    if (toEpochDay(d) > endDay) break;
    add(d);
  }
  if (input.spouseHukouMarriageDate) {
    for (let y = 1; ; y++) {
      const d = anniversary(input.spouseHukouMarriageDate, y);
      if (toEpochDay(d) > endDay) break;
      add(d);
    }
  }
  // Each record's expiry, found by asking again on the previous expiry date.
  let next = now.records.nextExpiry;
  while (next !== null && toEpochDay(next) <= endDay) {
    add(next);
    next = recordFactsOf(input.records, next, c.params).nextExpiry;
  }
  others.sort((a, b) => a - b);
  const days = [asOfDay];
  let i = 0;
  let j = 0;
  while (i < months.length || j < others.length) {
    const m = months[i];
    const o = others[j];
    const day = o === undefined || (m !== undefined && m <= o) ? (m as number) : o;
    if (day === m) i++;
    if (day === o) j++;
    if (day !== days[days.length - 1]) days.push(day);
  }
  return days;
}

/**
 * The day a whole year more has passed since `date` (`ageOn` counts it): the
 * same day `years` on, or 1 March for a 29 February in a year without one
 * (the 28th is still before it).
 */
function anniversary(date: string, years: number): string {
  const d = addYears(date, years);
  return d.slice(8) < date.slice(8) ? addDays(d, 1) : d;
}

function recordDatedAfter(input: AssessmentInput, asOf: string): boolean {
  const r = input.records;
  if (!r) return false;
  for (const dates of [r.falseMaterialDates, r.generalCrimeDates, r.detentionDates]) {
    for (const d of dates ?? []) if (d > asOf) return true;
  }
  return false;
}

function projectFacts(
  now: PointsFacts,
  input: AssessmentInput,
  asOf: string,
  d: string,
  c: CompiledPolicy,
): PointsFacts {
  const elapsedMonths = monthIndex(d.slice(0, 7)) - monthIndex(asOf.slice(0, 7));
  const elapsedYears = ageOn(asOf, d);
  const window = c.params.compliance.siWindowMonths;
  return {
    ...now,
    asOf: d,
    age: input.birthDate !== undefined ? ageOn(input.birthDate, d) : now.age + elapsedYears,
    si: {
      ...now.si,
      qualifyingMonths: now.si.qualifyingMonths + elapsedMonths,
      insuredThisMonth: now.si.insuredThisMonth || elapsedMonths > 0,
      monthsPaidInWindow: Math.min(window, now.si.monthsPaidInWindow + elapsedMonths),
    },
    records: recordFactsOf(input.records, d, c.params),
    marriageYears:
      input.spouseHukouMarriageDate !== undefined ? Math.max(0, ageOn(input.spouseHukouMarriageDate, d)) : -1,
    publicServiceYears: input.publicServiceYears !== undefined ? input.publicServiceYears + elapsedYears : 0,
    remoteSuburbYears: input.remoteSuburbYears !== undefined ? input.remoteSuburbYears + elapsedYears : 0,
  };
}
