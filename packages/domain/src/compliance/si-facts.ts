import { monthFromIndex, monthIndex } from '../dates/index.ts';
import { wageYearOfMonthIndex, type CompiledPolicy, type CompiledTier } from '../points/compiled-policy.ts';
import type { AssessmentInput, SiMonthRecord, SiSummary } from '../points/input.ts';

/**
 * Social-insurance facts that C-1, C-2, C-3, S-4, S-6 and S-9 read, from
 * either monthly records (one pass, no allocation unless a month fails) or
 * the public page's summary.
 *
 * Windows end with the month of `asOf` and include it: "the last 12
 * months" on 2026-03-01 are 2025-04..2026-03. Months after asOf's month
 * are ignored.
 *
 * S-9 wage rule: a month is compared with the figure in force for
 * contribution bases in that month. A year's average wage is announced the
 * next year and applies from the switch month (`wageSwitchMonth`, July):
 * 2026-01..2026-06 compare with the 2024 figure, 2026-07 onward with the
 * 2025 figure (`wageYearOfMonth`). A missing year is P-2's WAGE.YEAR_MISSING,
 * but only when it can change the result: a month judged against a missing
 * year is "unknown", and a tier (or S-4's base condition) is pending only
 * while the unknown months could still lift the result (see `tierPendingYear`).
 *
 * A month counts towards a base multiple (S-9, and S-4's base requirement)
 * only when it was paid normally (not back-paid), was paid by the contract
 * employer, and its base is supported by the taxed income of that month
 * (taxedIncome >= base); a month lacking the data to confirm this does not
 * count, rather than being assumed.
 */
export interface SiFacts {
  fromRecords: boolean;
  /** S-6: months paid normally, all time up to asOf. */
  qualifyingMonths: number;
  /** C-1 */
  insuredThisMonth: boolean;
  monthsPaidInWindow: number;
  backPaidInWindow: number;
  /** S-9: index into CompiledPolicy.tiers of the tier reached on published figures, or -1. */
  tierIndex: number;
  /**
   * S-9, summary only: the tier the person claimed (thresholds: the highest
   * tier at or below the multiple entered), even when the months entered
   * cannot support it; -1 when none. For records it equals `tierIndex`.
   */
  claimedTierIndex: number;
  /** S-9: months counted per tier (same order as CompiledPolicy.tiers); empty for a summary. */
  tierMonths: readonly number[];
  /** S-9: months per tier that would count but are judged against a missing wage year. */
  tierUnknownMonths: readonly number[];
  /**
   * S-9 with P-2: the missing wage year when the unknown months could still
   * lift the result above `tierIndex` (the line is pending); 0 when the
   * published figures decide it.
   */
  tierPendingYear: number;
  /** S-4: months at the title base in its window on published figures; -1 when unknown (summary without it). */
  titleBaseMonths: number;
  /** S-4: months in the title window judged against a missing wage year. */
  titleBaseUnknownMonths: number;
  /** S-4 with P-2: the missing year when it could decide the base condition; 0 when the known months decide it. */
  titleBasePendingYear: number;
  /** P-2: the latest year whose average wage the table lacks but a month in the windows needs; 0 if none. */
  missingWageYear: number;
  /** Months within the longest window excluded from the base multiple, by reason. */
  excludedBackPaid: number;
  excludedOtherEmployer: number;
  excludedBaseNotTaxed: number;
  /** C-3: false for a summary, which cannot show the tax side. */
  taxChecked: boolean;
  /** C-3: failing months (YYYY-MM), oldest first as given; null when none. */
  taxMismatchMonths: string[] | null;
}

export function siFactsOf(input: AssessmentInput, asOf: string, c: CompiledPolicy): SiFacts {
  const si = input.socialInsurance;
  if (si.kind === 'summary') return summaryFacts(si, c);
  return recordFacts(si.months, input.contractEmployerUscc, asOf, c);
}

/**
 * A summary is taken at its word only as far as it can be true: S-9
 * thresholds (a month at 2.5x counts for the 2x, 1x and 0.8x tiers), so the
 * claim reaches every tier at or below the multiple entered, and of those
 * the best tier whose month count the insured months can hold wins (2x-3x
 * claimed with 24 insured months scores nothing: every such tier needs 36).
 * Months in a window never exceed the insured months (C-1, S-4).
 */
function summaryFacts(s: SiSummary, c: CompiledPolicy): SiFacts {
  let tierIndex = -1;
  let claimedTierIndex = -1;
  if (s.baseMultipleTier !== null) {
    for (let i = 0; i < c.tiers.length; i++) {
      const t = c.tiers[i] as CompiledTier;
      if (t.minMultiple > s.baseMultipleTier) continue;
      // Tiers are sorted best first: the first one claimed is the claim, the first one the months hold is the result.
      if (claimedTierIndex < 0) claimedTierIndex = i;
      if (tierIndex < 0 && t.months <= s.qualifyingMonths) tierIndex = i;
    }
  }
  const titleWindow = c.params.points.titleSiBase.windowMonths;
  return {
    fromRecords: false,
    qualifyingMonths: s.qualifyingMonths,
    insuredThisMonth: s.insuredThisMonth,
    monthsPaidInWindow: Math.min(s.monthsPaidInWindow, s.qualifyingMonths),
    backPaidInWindow: 0,
    tierIndex,
    claimedTierIndex,
    tierMonths: [],
    tierUnknownMonths: [],
    tierPendingYear: 0,
    titleBaseMonths:
      s.titleBaseMonths === undefined ? -1 : Math.min(s.titleBaseMonths, s.qualifyingMonths, titleWindow),
    titleBaseUnknownMonths: 0,
    titleBasePendingYear: 0,
    missingWageYear: 0,
    excludedBackPaid: 0,
    excludedOtherEmployer: 0,
    excludedBaseNotTaxed: 0,
    taxChecked: false,
    taxMismatchMonths: null,
  };
}

/**
 * S-9 / S-4: the year whose average wage is the reference for a month's
 * contribution base (see the module comment): Y-1 from the switch month of
 * year Y on, Y-2 before it. `month` is `YYYY-MM`.
 */
export function wageYearOfMonth(month: string, wageSwitchMonth: number): number {
  const idx = monthIndexOf(month);
  return ((idx / 12) | 0) - (idx % 12 >= wageSwitchMonth - 1 ? 1 : 2);
}

/** `YYYY-MM` to a month index without validation: the input passed the schema. */
function monthIndexOf(m: string): number {
  return (
    ((m.charCodeAt(0) - 48) * 1000 +
      (m.charCodeAt(1) - 48) * 100 +
      (m.charCodeAt(2) - 48) * 10 +
      (m.charCodeAt(3) - 48)) *
      12 +
    (m.charCodeAt(5) - 48) * 10 +
    (m.charCodeAt(6) - 48) -
    1
  );
}

function recordFacts(
  months: readonly SiMonthRecord[],
  contractEmployer: string | undefined,
  asOf: string,
  c: CompiledPolicy,
): SiFacts {
  const asOfIdx = monthIndexOf(asOf);
  const cp = c.params.compliance;
  const window = cp.siWindowMonths;
  const maxDeclarers = cp.maxTaxDeclarersPerMonth;
  const titleWindow = c.params.points.titleSiBase.windowMonths;
  const tiers = c.tiers;
  const nTiers = tiers.length;
  const width = nTiers + 1;
  const thresholds = c.thresholdsFen;
  const tierWindows = c.tierWindows;
  const maxWindow = c.maxWindowMonths;
  const wages = c.wages;
  const firstYear = c.wageFirstYear;
  const switchIndex = c.params.points.wageSwitchMonth - 1;
  const hasAppliesFrom = c.wageAppliesFrom.some((m) => m >= 0);
  const tierMonths = new Array<number>(nTiers).fill(0);
  const tierUnknown = new Array<number>(nTiers).fill(0);
  let titleUnknown = 0;
  let titleMissingYear = 0;
  let qualifying = 0;
  let insuredThisMonth = false;
  let inWindow = 0;
  let backPaidInWindow = 0;
  let titleBaseMonths = 0;
  let missingWageYear = 0;
  let exBack = 0;
  let exEmployer = 0;
  let exTax = 0;
  let taxMismatch: string[] | null = null;

  for (let i = 0; i < months.length; i++) {
    const r = months[i] as SiMonthRecord;
    const idx = monthIndexOf(r.month);
    const ago = asOfIdx - idx;
    if (ago < 0) continue;
    const paid = r.paid;
    const normal = paid && r.backPaid !== true;
    if (normal) {
      qualifying++;
      if (ago === 0) insuredThisMonth = true;
      if (ago < window) inWindow++;
    } else if (paid && ago < window) backPaidInWindow++;

    if (paid && r.taxDeclarers !== undefined && !isTaxMatched(r, maxDeclarers)) (taxMismatch ??= []).push(r.month);

    if (ago >= maxWindow || !paid) continue;
    if (!normal) {
      exBack++;
      continue;
    }
    if (contractEmployer === undefined || r.employerUscc !== contractEmployer) {
      exEmployer++;
      continue;
    }
    const base = r.base;
    if (base === undefined || r.taxedIncome === undefined || r.taxedIncome < base) {
      exTax++;
      continue;
    }
    const wageYear = hasAppliesFrom
      ? wageYearOfMonthIndex(c, idx)
      : ((idx / 12) | 0) - (idx % 12 >= switchIndex ? 1 : 2);
    const row = wageYear - firstYear;
    if (row < 0 || row >= wages.length || (wages[row] as number) <= 0) {
      // Unknown, not failed: the month may or may not reach a threshold (P-2 decides below whether that matters).
      if (wageYear > missingWageYear) missingWageYear = wageYear;
      if (ago < titleWindow) {
        titleUnknown++;
        if (wageYear > titleMissingYear) titleMissingYear = wageYear;
      }
      for (let t = 0; t < nTiers; t++)
        if (ago < (tierWindows[t] as number)) tierUnknown[t] = (tierUnknown[t] as number) + 1;
      continue;
    }
    // Compared in fen against thresholds rounded to the fen (CompiledPolicy.thresholdsFen).
    const fen = Math.round(base * 100);
    const at = row * width;
    if (ago < titleWindow && fen >= (thresholds[at] as number)) titleBaseMonths++;
    for (let t = 0; t < nTiers; t++) {
      if (ago < (tierWindows[t] as number) && fen >= (thresholds[at + 1 + t] as number))
        tierMonths[t] = (tierMonths[t] as number) + 1;
    }
  }

  let tierIndex = -1;
  for (let t = 0; t < nTiers; t++) {
    if ((tierMonths[t] as number) >= (tiers[t] as { months: number }).months) {
      tierIndex = t;
      break;
    }
  }
  // P-2 only where it can change the result: a better tier than the one reached that the unknown months could still fill.
  let tierPendingYear = 0;
  const better = tierIndex < 0 ? nTiers : tierIndex;
  for (let t = 0; t < better; t++) {
    if ((tierMonths[t] as number) + (tierUnknown[t] as number) >= (tiers[t] as { months: number }).months)
      tierPendingYear = missingWageYear;
  }
  const titleNeed = c.params.points.titleSiBase.months;
  const titlePending = titleBaseMonths < titleNeed && titleBaseMonths + titleUnknown >= titleNeed;
  return {
    fromRecords: true,
    qualifyingMonths: qualifying,
    insuredThisMonth,
    monthsPaidInWindow: inWindow,
    backPaidInWindow,
    tierIndex,
    claimedTierIndex: tierIndex,
    tierMonths,
    tierUnknownMonths: tierUnknown,
    tierPendingYear,
    titleBaseMonths,
    titleBaseUnknownMonths: titleUnknown,
    titleBasePendingYear: titlePending ? titleMissingYear : 0,
    missingWageYear,
    excludedBackPaid: exBack,
    excludedOtherEmployer: exEmployer,
    excludedBaseNotTaxed: exTax,
    taxChecked: true,
    taxMismatchMonths: taxMismatch,
  };
}

/**
 * C-3 for one paid month: at most `maxDeclarers` companies declare the tax,
 * and the company paying social insurance is among them. A month whose
 * records show no declarer at all also fails: nobody matches the payer.
 */
export function isTaxMatched(r: SiMonthRecord, maxDeclarers: number): boolean {
  const d = r.taxDeclarers;
  if (d === undefined) return true;
  if (d.length === 0 || d.length > maxDeclarers) return false;
  if (r.employerUscc === undefined) return true;
  for (let i = 0; i < d.length; i++) if (d[i] === r.employerUscc) return true;
  return false;
}

/** C-1 explanation: the window's months that were not paid normally. */
export function monthsNotPaidInWindow(input: AssessmentInput, asOf: string, windowMonths: number): string[] {
  const si = input.socialInsurance;
  if (si.kind !== 'records') return [];
  const end = monthIndex(asOf.slice(0, 7));
  const normal = new Set<number>();
  for (const r of si.months) if (r.paid && r.backPaid !== true) normal.add(monthIndex(r.month));
  const out: string[] = [];
  for (let i = end - windowMonths + 1; i <= end; i++) if (!normal.has(i)) out.push(monthFromIndex(i));
  return out;
}

/**
 * C-1's months that did not count, each with why (issue 22: the refusal
 * listed months without saying whether they were missing or not paid
 * normally): no record for the month, a record that says unpaid, or a
 * back-payment (which never counts).
 */
export function monthsNotPaidByReason(
  input: AssessmentInput,
  asOf: string,
  windowMonths: number,
): { noRecord: string[]; unpaid: string[]; backPaid: string[] } {
  const out = { noRecord: [] as string[], unpaid: [] as string[], backPaid: [] as string[] };
  const si = input.socialInsurance;
  if (si.kind !== 'records') return out;
  const end = monthIndex(asOf.slice(0, 7));
  const byMonth = new Map(si.months.map((r) => [monthIndex(r.month), r]));
  for (let i = end - windowMonths + 1; i <= end; i++) {
    const r = byMonth.get(i);
    if (!r) out.noRecord.push(monthFromIndex(i));
    else if (!r.paid) out.unpaid.push(monthFromIndex(i));
    else if (r.backPaid === true) out.backPaid.push(monthFromIndex(i));
  }
  return out;
}
