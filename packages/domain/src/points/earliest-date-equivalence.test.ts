import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordFactsOf } from '../compliance/records.ts';
import { addYears, ageOn, fromEpochDay, monthIndex, toEpochDay } from '../dates/index.ts';
import { epochDayFromParts } from '../dates/epoch-day.ts';
import type { LocalizedText } from '../result.ts';
import { assessPoints, totalOfFacts } from './assess.ts';
import { compilePolicy, type AssessmentPolicy, type CompiledPolicy } from './compiled-policy.ts';
import { earliestDateReaching, type EarliestDate } from './earliest-date.ts';
import { rankImprovements } from './improvements.ts';
import { assessWithOutlook } from './outlook.ts';
import { factsOf, type PointsFacts } from './facts.ts';
import type { AssessmentInput } from './input.ts';
import { EMPLOYER, fixturePolicy, monthsEnding } from './test-fixtures.ts';
import { coreInputFields } from './test-support-inputs.ts';

/**
 * Issue 20: the earliest-date projection was made cheaper (asOf scored before
 * any other date is worked out, the candidate dates merged in order instead
 * of through a set, a date's text written only when it is scored). It must
 * answer exactly as the version it replaced, kept here as the reference,
 * over many inputs: birth dates and ages, marriages, records of every kind,
 * targets and horizons.
 */
const policy = fixturePolicy();
const date = (from: number, to: number) =>
  fc.integer({ min: toEpochDay(`${from}-01-01`), max: toEpochDay(`${to}-12-31`) }).map(fromEpochDay);

const inputArb: fc.Arbitrary<AssessmentInput> = fc
  .record(
    {
      birthDate: date(1960, 2008),
      age: fc.integer({ min: 16, max: 66 }),
      ...coreInputFields,
      spouseHukouMarriageDate: date(1990, 2026),
      records: fc.record(
        {
          falseMaterialDates: fc.array(date(2016, 2026), { maxLength: 2 }),
          generalCrimeDates: fc.array(date(2016, 2026), { maxLength: 2 }),
          detentionDates: fc.array(date(2016, 2026), { maxLength: 3 }),
          seriousCrime: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['education', 'socialInsurance'] },
  )
  .map((i) => (i.birthDate !== undefined && i.age !== undefined ? { ...i, age: undefined } : i))
  .filter((i) => i.birthDate !== undefined || i.age !== undefined);

describe('the earliest date answers as the version it replaced', () => {
  it('on many inputs, evaluation dates, targets and horizons', () => {
    const seen = { today: 0, later: 0, never: 0 };
    fc.assert(
      fc.property(
        inputArb,
        date(2025, 2026),
        fc.option(fc.integer({ min: 40, max: 200 }), { nil: undefined }),
        fc.constantFrom(1, 5, 15),
        (input, asOf, target, horizon) => {
          if (input.birthDate !== undefined && ageOn(input.birthDate, asOf) < 16) return;
          if (input.birthDate === undefined) delete (input as { birthDate?: string }).birthDate;
          if (input.age === undefined) delete (input as { age?: number }).age;
          const fast: EarliestDate = earliestDateReaching(input, asOf, policy, target, horizon);
          expect(fast).toEqual(referenceEarliest(input, asOf, policy, target, horizon));
          seen[fast.date === null ? 'never' : fast.date === asOf ? 'today' : 'later']++;
        },
      ),
      { numRuns: 2_000 },
    );
    // The inputs reach every kind of answer often: today, a later date, none within the horizon.
    expect(Math.min(seen.today, seen.later, seen.never)).toBeGreaterThan(100);
  }, 120_000);

  it('on the evaluation date itself, with no target, and at the horizon', () => {
    const input: AssessmentInput = {
      birthDate: '1990-05-31',
      education: 'benke',
      contractEmployerUscc: EMPLOYER,
      socialInsurance: { kind: 'records', months: monthsEnding('2026-03', 24, 20000) },
      spouseHukouMarriageDate: '2020-02-29',
      records: { detentionDates: ['2024-02-29'], falseMaterialDates: ['2025-01-31'] },
    };
    for (const asOf of ['2026-02-28', '2026-03-01', '2026-03-31', '2026-12-31']) {
      for (const target of [undefined, 0, 60, 100, 130, 1_000]) {
        expect(earliestDateReaching(input, asOf, policy, target)).toEqual(
          referenceEarliest(input, asOf, policy, target),
        );
      }
    }
  });
});

describe('assessWithOutlook (one working-out of the facts)', () => {
  it('answers as the assessment, the what-ifs and the earliest date called one by one', () => {
    fc.assert(
      fc.property(inputArb, date(2025, 2026), (input, asOf) => {
        if (input.birthDate !== undefined && ageOn(input.birthDate, asOf) < 16) return;
        expect(assessWithOutlook(input, asOf, policy)).toEqual({
          assessment: assessPoints(input, asOf, policy, { explain: true }),
          improvements: rankImprovements(input, asOf, policy),
          earliest: earliestDateReaching(input, asOf, policy),
        });
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});

// The version before issue 20's change, unchanged: the reference.
function referenceEarliest(
  input: AssessmentInput,
  asOf: string,
  policy: AssessmentPolicy,
  target?: number,
  horizonYears = 15,
): EarliestDate {
  const c = compilePolicy(policy);
  const goal = target ?? c.standardScore;
  const now = factsOf(input, asOf, c);
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
    return result(null, totalNow, {
      zh: `存在一票否决情形（${now.records.seriousCrime ? 'C-6 严重刑事犯罪' : 'C-8'}），任何日期均不能达到`,
      en: `A veto applies (${now.records.seriousCrime ? 'C-6 serious crime' : 'C-8'}); no date reaches the target`,
    });
  }
  const end = addYears(asOf, horizonYears);
  let last = totalNow;
  for (const d of candidateDates(input, asOf, end, now, c)) {
    const f = projectFacts(now, input, asOf, d, c);
    const total = totalOfFacts(f, c);
    last = total;
    // C-1 gates a date when it applies to every applicant (a rule fix made after issue 20, in both).
    const c1 =
      c.params.compliance.siRequirementScope !== 'all' ||
      (f.si.insuredThisMonth && f.si.monthsPaidInWindow >= c.params.compliance.siMinMonthsLastYear);
    if (total >= goal && f.records.barredUntil === null && c1) {
      return result(
        d,
        total,
        d === asOf
          ? {
              zh: `测评日已达到${goal}分（${total}分）`,
              en: `The total already reaches ${goal} on the evaluation date (${total})`,
            }
          : {
              zh: `假设每月继续正常缴纳社保、工作不变，${d}积分达到${total}分（目标${goal}分）：社保年限、婚龄等随时间增加，年龄分只会减少，已计入`,
              en: `Assuming social insurance keeps being paid normally every month in the same job, the total reaches ${total} on ${d} (target ${goal}): social-insurance and marriage years grow with time, age points only fall, both accounted for`,
            },
      );
    }
  }
  return result(null, last, {
    zh: `假设每月继续正常缴纳社保、工作不变，${horizonYears}年内（至${end}）仅靠时间积累达不到${goal}分（届时${last}分），需提升学历、职称或社保基数等`,
    en: `Assuming social insurance keeps being paid normally in the same job, time alone does not reach ${goal} within ${horizonYears} years (by ${end}; ${last} then): a qualification, title or base multiple is needed`,
  });
}

function candidateDates(
  input: AssessmentInput,
  asOf: string,
  end: string,
  now: PointsFacts,
  c: CompiledPolicy,
): string[] {
  const asOfDay = toEpochDay(asOf);
  const set = new Set<number>([asOfDay]);
  const endDay = toEpochDay(end);
  const addDay = (n: number) => {
    if (n > asOfDay && n <= endDay) set.add(n);
  };
  const add = (d: string) => addDay(toEpochDay(d));
  // The 1st of every month after asOf's: straight from the month index (issue 20: no date strings in this loop).
  const firstMonth = monthIndex(asOf.slice(0, 7));
  for (let m = firstMonth + 1; ; m++) {
    const day = epochDayFromParts(Math.floor(m / 12), (m % 12) + 1, 1);
    if (day > endDay) break;
    addDay(day);
  }
  // A 29 February's anniversary is 1 March in a year without one, as ageOn counts it (a rule fix made after issue 20, in both).
  const anniversary = (date: string, y: number) => {
    const d = addYears(date, y);
    return d.slice(8) < date.slice(8) ? fromEpochDay(toEpochDay(d) + 1) : d;
  };
  for (let y = 1; toEpochDay(anniversary(asOf, y)) <= endDay; y++) add(anniversary(asOf, y));
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
  return [...set].sort((a, b) => a - b).map(fromEpochDay);
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

describe('a version with the same rules changes no earliest date (P-1 over the projection)', () => {
  it('splits the horizon at any day without changing the date, target or totals', () => {
    fc.assert(
      fc.property(inputArb, date(2025, 2026), fc.integer({ min: 1, max: 15 * 366 }), (input, asOf, after) => {
        const from = fromEpochDay(toEpochDay(asOf) + after);
        const same: AssessmentPolicy = { ...policy, id: 'same-rules', hash: 'same-rules' };
        const before = fromEpochDay(toEpochDay(from) - 1);
        const split = earliestDateReaching(input, asOf, policy, undefined, 15, {
          asOfUntil: before,
          later: [{ from, to: null, policy: same }],
        });
        const whole = earliestDateReaching(input, asOf, policy);
        expect({ ...split, reasoning: null }).toEqual({ ...whole, reasoning: null });
        // The date says which version scored it only when the later one did.
        expect(split.reasoning.en.includes('same-rules')).toBe(split.date !== null && split.date >= from);
      }),
      { numRuns: 600 },
    );
  });
});
