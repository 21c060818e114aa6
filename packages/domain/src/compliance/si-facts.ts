import { monthFromIndex, monthIndex } from '../dates/index.ts';
import { averageWageOf, type CompiledPolicy } from '../points/compiled-policy.ts';
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
 * S-9 wage rule: a month in year Y is compared with the average wage of
 * year Y-1 (the base is set from the previous year's wage), so a month of
 * 2026 needs the 2025 wage; a missing year is P-2's WAGE.YEAR_MISSING.
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
  /** S-9: index into CompiledPolicy.tiers of the tier reached, or -1. */
  tierIndex: number;
  /** S-9: months counted per tier (same order as CompiledPolicy.tiers); empty for a summary. */
  tierMonths: readonly number[];
  /** S-4: months at the title base in its window; -1 when unknown (summary without it). */
  titleBaseMonths: number;
  /** P-2: a year whose average wage the table lacks but a counted month needs; 0 if none. */
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

function summaryFacts(s: SiSummary, c: CompiledPolicy): SiFacts {
  let tierIndex = -1;
  if (s.baseMultipleTier !== null) {
    let best = -1;
    for (let i = 0; i < c.tiers.length; i++) {
      const t = c.tiers[i];
      if (t && t.minMultiple <= s.baseMultipleTier && (best < 0 || t.minMultiple > (c.tiers[best]?.minMultiple ?? 0))) best = i;
    }
    tierIndex = best;
  }
  return {
    fromRecords: false,
    qualifyingMonths: s.qualifyingMonths,
    insuredThisMonth: s.insuredThisMonth,
    monthsPaidInWindow: s.monthsPaidInWindow,
    backPaidInWindow: 0,
    tierIndex,
    tierMonths: [],
    titleBaseMonths: s.titleBaseMonths ?? -1,
    missingWageYear: 0,
    excludedBackPaid: 0,
    excludedOtherEmployer: 0,
    excludedBaseNotTaxed: 0,
    taxChecked: false,
    taxMismatchMonths: null,
  };
}

function recordFacts(
  months: readonly SiMonthRecord[],
  contractEmployer: string | undefined,
  asOf: string,
  c: CompiledPolicy,
): SiFacts {
  const asOfIdx = monthIndex(asOf.slice(0, 7));
  const cp = c.params.compliance;
  const tb = c.params.points.titleSiBase;
  const tiers = c.tiers;
  const tierMonths = new Array<number>(tiers.length).fill(0);
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
    const idx = monthIndex(r.month);
    const ago = asOfIdx - idx;
    if (ago < 0) continue;
    const normal = r.paid && r.backPaid !== true;
    if (normal) {
      qualifying++;
      if (ago === 0) insuredThisMonth = true;
      if (ago < cp.siWindowMonths) inWindow++;
    } else if (r.paid && ago < cp.siWindowMonths) backPaidInWindow++;

    if (r.paid && r.taxDeclarers !== undefined && !isTaxMatched(r, cp.maxTaxDeclarersPerMonth)) {
      (taxMismatch ??= []).push(r.month);
    }

    if (ago >= c.maxWindowMonths || !r.paid) continue;
    if (!normal) {
      exBack++;
      continue;
    }
    if (contractEmployer === undefined || r.employerUscc !== contractEmployer) {
      exEmployer++;
      continue;
    }
    if (r.base === undefined || r.taxedIncome === undefined || r.taxedIncome < r.base) {
      exTax++;
      continue;
    }
    const wageYear = ((idx / 12) | 0) - 1;
    const wage = averageWageOf(c, wageYear);
    if (wage <= 0) {
      if (missingWageYear === 0 || wageYear > missingWageYear) missingWageYear = wageYear;
      continue;
    }
    // Compared in fen with the threshold rounded to the fen, so a base of
    // exactly 0.8x, 1x, 2x or 3x the wage reaches its tier despite binary floats.
    const fen = Math.round(r.base * 100);
    if (ago < tb.windowMonths && fen >= Math.round(tb.minMultiple * wage * 100)) titleBaseMonths++;
    for (let t = 0; t < tiers.length; t++) {
      const tier = tiers[t];
      if (tier && ago < tier.windowMonths && fen >= Math.round(tier.minMultiple * wage * 100)) tierMonths[t] = (tierMonths[t] ?? 0) + 1;
    }
  }

  let tierIndex = -1;
  for (let t = 0; t < tiers.length; t++) {
    if ((tierMonths[t] ?? 0) >= (tiers[t]?.months ?? Infinity)) {
      tierIndex = t;
      break;
    }
  }
  return {
    fromRecords: true,
    qualifyingMonths: qualifying,
    insuredThisMonth,
    monthsPaidInWindow: inWindow,
    backPaidInWindow,
    tierIndex,
    tierMonths,
    titleBaseMonths,
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
  return r.employerUscc === undefined || d.includes(r.employerUscc);
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
