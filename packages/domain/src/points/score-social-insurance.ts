import type { CompiledPolicy } from './compiled-policy.ts';
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

/** S-9: the points of the tier reached (one tier only), 0 when none. */
export function baseMultiplePoints(f: PointsFacts, c: CompiledPolicy): number {
  if (f.si.missingWageYear !== 0 && f.si.fromRecords) return 0;
  return f.si.tierIndex >= 0 ? (c.tiers[f.si.tierIndex]?.points ?? 0) : 0;
}

function band(min: number, max: number | null): string {
  return max === null ? `>=${min}x` : `${min}x-${max}x`;
}

export function scoreBaseMultiple(f: PointsFacts, c: CompiledPolicy, explain: boolean): PointsLine {
  const si = f.si;
  const l = line('baseMultiple', 'S-9', baseMultiplePoints(f, c));
  if (si.missingWageYear !== 0 && si.fromRecords) l.error = { ...wageYearMissing(si.missingWageYear), ruleId: 'S-9' };
  if (!explain) return l;
  if (l.error) {
    l.reason = l.error.message;
    return l;
  }
  const tier = si.tierIndex >= 0 ? c.tiers[si.tierIndex] : undefined;
  const excluded = si.fromRecords
    ? text(
        `；补缴${si.excludedBackPaid}个月、非合同单位缴纳${si.excludedOtherEmployer}个月、基数与个税收入不符${si.excludedBaseNotTaxed}个月不计（C-2）`,
        `; not counted (C-2): ${si.excludedBackPaid} back-paid, ${si.excludedOtherEmployer} paid by another company than the contract employer, ${si.excludedBaseNotTaxed} with a base the taxed income does not support`,
      )
    : text('（按填报档次）', ' (tier as entered)');
  l.reason = tier
    ? text(
        `近${tier.windowMonths / 12}年内${tier.months}个月缴费基数达上年平均工资${band(tier.minMultiple, tier.maxMultiple)}：${tier.points}分，仅取一档${excluded.zh}`,
        `${tier.months} months within the last ${tier.windowMonths / 12} years at a base of ${band(tier.minMultiple, tier.maxMultiple)} the previous year's average wage: ${tier.points} points, one tier only${excluded.en}`,
      )
    : text(`未达到任何缴费基数倍数档次：0分${excluded.zh}`, `No base-multiple tier reached: 0 points${excluded.en}`);
  const better = c.tiers.filter((t) => t.points > l.points).at(-1);
  if (better) {
    const have = si.fromRecords ? (si.tierMonths[c.tiers.indexOf(better)] ?? 0) : 0;
    l.raise = text(
      `近${better.windowMonths / 12}年内${better.months}个月基数达到${band(better.minMultiple, better.maxMultiple)}（已有${have}个月）可得${better.points}分`,
      `${better.months} months within ${better.windowMonths / 12} years at ${band(better.minMultiple, better.maxMultiple)} (${have} so far) would give ${better.points} points`,
    );
  }
  return l;
}
