import { addDays, addYears } from '../dates/index.ts';
import type { PolicyParams } from '../policy/schema.ts';
import type { RecordsInput } from '../points/input.ts';

/**
 * C-5..C-8 facts on a date. C-9 (Civil Code art. 201-202): "within N
 * years" starts the day after the record's date and its last day is the
 * N-th anniversary, inclusive; a record counts while asOf <= date + N
 * years and stops counting the day after (the D-3 month-end rule gives
 * 29 Feb + 3 years = 28 Feb, art. 202's last day of the month). Records
 * dated after asOf are not yet on file and are ignored.
 */
export interface RecordFacts {
  falseMaterialCount: number;
  /** C-5: the date from which the bar ends (the applicant may apply again), or null. */
  barredUntil: string | null;
  generalCrimeCount: number;
  /** C-6: the dates of the general criminal records that count on asOf, oldest first. */
  generalCrimeDates: string[];
  /** C-6, C-9: the last day any of them counts (the latest record's N-th anniversary, inclusive), or null. */
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
      const last = addYears(d, years);
      if (asOf <= last) {
        n++;
        const stops = addDays(last, 1);
        if (nextExpiry === null || stops < nextExpiry) nextExpiry = stops;
      }
    }
    return n;
  };
  let barredUntil: string | null = null;
  for (const d of records.falseMaterialDates ?? []) {
    if (d > asOf) continue;
    const last = addYears(d, cp.falseMaterialBarYears);
    // barredUntil is the first free day: the day after the bar's anniversary (C-9).
    if (asOf <= last && (barredUntil === null || last >= barredUntil)) barredUntil = addDays(last, 1);
  }
  const generalCrimeDates = (records.generalCrimeDates ?? [])
    .filter((d) => d <= asOf && asOf <= addYears(d, cp.generalCrimeYears))
    .sort();
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
