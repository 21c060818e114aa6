import type { CompiledPolicy, CompiledTier } from './compiled-policy.ts';
import type { PointsFacts } from './facts.ts';
import { line, text, type PointsLine } from './line.ts';
import { wageYearMissing } from '../policy/wage-table.ts';

/** S-6: siYearPoints per full 12 qualifying months (paid normally, not back-paid), no cap. */
export function siYearsPoints(qualifyingMonths: number, c: CompiledPolicy): number {
  return Math.floor(qualifyingMonths / 12) * c.params.points.siYearPoints;
}

export function scoreSiYears(f: PointsFacts, c: CompiledPolicy, explain: boolean): PointsLine {
  const m = f.si.qualifyingMonths;
  const l = line('siYears', 'S-6', siYearsPoints(m, c));
  if (!explain) return l;
  const per = c.params.points.siYearPoints;
  const years = Math.floor(m / 12);
  l.reason = text(
    `在沪正常缴纳职工社保${m}个月（补缴不计），满${years}年，每满12个月${per}分：${l.points}分`,
    `${m} month(s) of Shanghai employee social insurance paid normally (back-payments excluded): ${years} full year(s) at ${per} per 12 months = ${l.points} points`,
  );
  const toNext = 12 - (m % 12);
  l.raise = text(`再正常缴纳${toNext}个月可加${per}分`, `${toNext} more month(s) of normal payment add ${per} points`);
  return l;
}

/** S-9: the points of the tier reached (one tier only), 0 when none or while pending on a missing wage year (P-2). */
export function baseMultiplePoints(f: PointsFacts, c: CompiledPolicy): number {
  if (f.si.tierPendingYear !== 0) return 0;
  return f.si.tierIndex >= 0 ? (c.tiers[f.si.tierIndex]?.points ?? 0) : 0;
}

/** S-9 thresholds, not bands: a tier needs months at "at least Nx". */
function atLeast(t: CompiledTier): { zh: string; en: string } {
  return text(`不低于上年平均工资${t.minMultiple}倍`, `at least ${t.minMultiple}x the previous year's average wage`);
}

export function scoreBaseMultiple(f: PointsFacts, c: CompiledPolicy, explain: boolean): PointsLine {
  const si = f.si;
  const l = line('baseMultiple', 'S-9', baseMultiplePoints(f, c));
  if (si.tierPendingYear !== 0) l.error = { ...wageYearMissing(si.tierPendingYear), ruleId: 'S-9' };
  if (!explain) return l;
  if (l.error) {
    l.reason = l.error.message;
    return l;
  }
  const tier = si.tierIndex >= 0 ? c.tiers[si.tierIndex] : undefined;
  const excluded = si.fromRecords
    ? text(
        `；补缴${si.excludedBackPaid}个月、非合同单位缴纳${si.excludedOtherEmployer}个月、基数与个税收入不符${si.excludedBaseNotTaxed}个月不计（C-2）${unknownNote(si).zh}`,
        `; not counted (C-2): ${si.excludedBackPaid} back-paid, ${si.excludedOtherEmployer} paid by another company than the contract employer, ${si.excludedBaseNotTaxed} with a base the taxed income does not support${unknownNote(si).en}`,
      )
    : text('（按填报档次）', ' (tier as entered)');
  const claimed =
    !si.fromRecords && si.claimedTierIndex >= 0 && si.claimedTierIndex !== si.tierIndex
      ? c.tiers[si.claimedTierIndex]
      : undefined;
  const unsupported = claimed
    ? text(
        `；填报的${atLeast(claimed).zh}档次需${claimed.months}个月，正常缴费仅${si.qualifyingMonths}个月，不能计分`,
        `; the tier entered (${atLeast(claimed).en}) needs ${claimed.months} months but only ${si.qualifyingMonths} were paid normally, so it cannot score`,
      )
    : text('', '');
  l.reason = tier
    ? text(
        `近${tier.windowMonths / 12}年内${tier.months}个月缴费基数${atLeast(tier).zh}：${tier.points}分，仅取一档${unsupported.zh}${excluded.zh}`,
        `${tier.months} months within the last ${tier.windowMonths / 12} years at a base of ${atLeast(tier).en}: ${tier.points} points, one tier only${unsupported.en}${excluded.en}`,
      )
    : text(
        `未达到任何缴费基数倍数档次：0分${unsupported.zh}${excluded.zh}`,
        `No base-multiple tier reached: 0 points${unsupported.en}${excluded.en}`,
      );
  const better = c.tiers.filter((t) => t.points > l.points).at(-1);
  if (better) {
    const have = si.fromRecords ? (si.tierMonths[c.tiers.indexOf(better)] ?? 0) : null;
    l.raise = text(
      `近${better.windowMonths / 12}年内${better.months}个月基数${atLeast(better).zh}${have === null ? '' : `（已有${have}个月）`}可得${better.points}分`,
      `${better.months} months within ${better.windowMonths / 12} years at a base of ${atLeast(better).en}${have === null ? '' : ` (${have} so far)`} would give ${better.points} points`,
    );
  }
  return l;
}

/** Months judged against a missing wage year that could not lift the tier: the result stands (P-2 only when it matters). */
function unknownNote(si: PointsFacts['si']): { zh: string; en: string } {
  if (si.missingWageYear === 0) return text('', '');
  const n = Math.max(0, ...si.tierUnknownMonths);
  if (n === 0) return text('', '');
  return text(
    `；另有${n}个月缺少${si.missingWageYear}年（或更早）平均工资数据，无论是否达到都不改变结果（P-2）`,
    `; ${n} month(s) lack a published average wage (${si.missingWageYear} or earlier) but could not change the result (P-2)`,
  );
}
