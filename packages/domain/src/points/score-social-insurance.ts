import { msg } from '@jifen/messages/domain';
import type { CompiledPolicy, CompiledTier } from './compiled-policy.ts';
import type { PointsFacts } from './facts.ts';
import { line, type PointsLine } from './line.ts';
import { wageYearMissing } from '../policy/wage-table.ts';

const NOTHING = { zh: '', en: '' };

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
  l.reason = msg('points.socialInsurance.years', { months: m, years, per, points: l.points });
  const toNext = 12 - (m % 12);
  l.raise = msg('points.socialInsurance.yearsRaise', { months: toNext, per });
  return l;
}

/** S-9: the points of the tier reached (one tier only), 0 when none or while pending on a missing wage year (P-2). */
export function baseMultiplePoints(f: PointsFacts, c: CompiledPolicy): number {
  if (f.si.tierPendingYear !== 0) return 0;
  return f.si.tierIndex >= 0 ? (c.tiers[f.si.tierIndex]?.points ?? 0) : 0;
}

/** S-9 thresholds, not bands: a tier needs months at "at least Nx". */
function atLeast(t: CompiledTier): { zh: string; en: string } {
  return msg('points.socialInsurance.atLeast', { multiple: t.minMultiple });
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
    ? msg('points.socialInsurance.excluded', {
        backPaid: si.excludedBackPaid,
        otherEmployer: si.excludedOtherEmployer,
        baseNotTaxed: si.excludedBaseNotTaxed,
        unknown: unknownNote(si),
      })
    : msg('points.socialInsurance.asEntered');
  const claimed =
    !si.fromRecords && si.claimedTierIndex >= 0 && si.claimedTierIndex !== si.tierIndex
      ? c.tiers[si.claimedTierIndex]
      : undefined;
  const unsupported = claimed
    ? msg('points.socialInsurance.unsupported', {
        atLeast: atLeast(claimed),
        months: claimed.months,
        paid: si.qualifyingMonths,
      })
    : NOTHING;
  l.reason = tier
    ? msg('points.socialInsurance.tier', {
        years: tier.windowMonths / 12,
        months: tier.months,
        atLeast: atLeast(tier),
        points: tier.points,
        unsupported,
        excluded,
      })
    : msg('points.socialInsurance.noTier', { unsupported, excluded });
  const better = c.tiers.filter((t) => t.points > l.points).at(-1);
  if (better) {
    const have = si.fromRecords ? (si.tierMonths[c.tiers.indexOf(better)] ?? 0) : null;
    l.raise = msg('points.socialInsurance.tierRaise', {
      years: better.windowMonths / 12,
      months: better.months,
      atLeast: atLeast(better),
      have: have === null ? NOTHING : msg('points.socialInsurance.haveSoFar', { months: have }),
      points: better.points,
    });
  }
  return l;
}

/** Months judged against a missing wage year that could not lift the tier: the result stands (P-2 only when it matters). */
function unknownNote(si: PointsFacts['si']): { zh: string; en: string } {
  if (si.missingWageYear === 0) return NOTHING;
  const n = Math.max(0, ...si.tierUnknownMonths);
  if (n === 0) return NOTHING;
  return msg('points.socialInsurance.unknownNote', { months: n, year: si.missingWageYear });
}
