import { addYears } from '../dates/index.ts';
import type { PolicyParams } from '../policy/schema.ts';
import type { RecordsInput } from '../points/input.ts';

/**
 * C-5..C-8 facts on a date. A record counts from its date while
 * asOf < date + N years (on the N-th anniversary it no longer counts; the
 * D-3 month-end rule gives 29 Feb + 3 years = 28 Feb). Records dated after
 * asOf are not yet on file and are ignored.
 */
export interface RecordFacts {
  falseMaterialCount: number;
  /** C-5: the date from which the bar ends (the applicant may apply again), or null. */
  barredUntil: string | null;
  generalCrimeCount: number;
  /** C-6: the dates of the general criminal records that count on asOf, oldest first. */
  generalCrimeDates: string[];
  /** C-6: the first day none of them counts any more (the latest record's date + N years), or null. */
  generalCrimeUntil: string | null;
  seriousCrime: boolean;
  detentionCount: number;
  /** C-8: only true when the policy's veto is on and a violation is on file. */
  familyPlanningVeto: boolean;
  /** The next date on which one of the counted records stops counting (for projections), or null. */
  nextExpiry: string | null;
}

const NONE: RecordFacts = {
  falseMaterialCount: 0,
  barredUntil: null,
  generalCrimeCount: 0,
  generalCrimeDates: [],
  generalCrimeUntil: null,
  seriousCrime: false,
  detentionCount: 0,
  familyPlanningVeto: false,
  nextExpiry: null,
};

export function recordFactsOf(records: RecordsInput | undefined, asOf: string, params: PolicyParams): RecordFacts {
  if (records === undefined) return NONE;
  const cp = params.compliance;
  let nextExpiry = null as string | null;
  const countWithin = (dates: readonly string[] | undefined, years: number): number => {
    if (!dates) return 0;
    let n = 0;
    for (const d of dates) {
      if (d > asOf) continue;
      const end = addYears(d, years);
      if (asOf < end) {
        n++;
        if (nextExpiry === null || end < nextExpiry) nextExpiry = end;
      }
    }
    return n;
  };
  let barredUntil: string | null = null;
  for (const d of records.falseMaterialDates ?? []) {
    if (d > asOf) continue;
    const end = addYears(d, cp.falseMaterialBarYears);
    if (asOf < end && (barredUntil === null || end > barredUntil)) barredUntil = end;
  }
  const generalCrimeDates = (records.generalCrimeDates ?? []).filter((d) => d <= asOf && asOf < addYears(d, cp.generalCrimeYears)).sort();
  const latestCrime = generalCrimeDates.at(-1);
  const facts: RecordFacts = {
    falseMaterialCount: countWithin(records.falseMaterialDates, cp.falseMaterialYears),
    barredUntil,
    generalCrimeCount: countWithin(records.generalCrimeDates, cp.generalCrimeYears),
    generalCrimeDates,
    generalCrimeUntil: latestCrime === undefined ? null : addYears(latestCrime, cp.generalCrimeYears),
    seriousCrime: records.seriousCrime === true,
    detentionCount: countWithin(records.detentionDates, cp.detentionYears),
    familyPlanningVeto: cp.familyPlanningVeto && records.familyPlanningViolation === true,
    nextExpiry: null,
  };
  if (barredUntil !== null && (nextExpiry === null || barredUntil < nextExpiry)) nextExpiry = barredUntil;
  facts.nextExpiry = nextExpiry;
  return facts;
}
