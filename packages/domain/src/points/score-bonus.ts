import { msg } from '@jifen/messages/domain';
import type { CompiledPolicy } from './compiled-policy.ts';
import type { PointsFacts } from './facts.ts';
import type { CommendationLevel } from './input.ts';
import { line, type PointsLine } from './line.ts';

const COMMENDATION_NAMES: Record<CommendationLevel, { zh: string; en: string }> = {
  municipal_bureau: msg('points.commendation.municipalBureau'),
  municipal: msg('points.commendation.municipal'),
  provincial: msg('points.commendation.provincial'),
};

export function scoreShortageMajor(f: PointsFacts, c: CompiledPolicy, explain: boolean): PointsLine {
  const m = f.input.shortageMajor;
  const full = c.params.points.shortageMajor;
  const l = line('shortageMajor', 'S-7', m && m.jobMatches ? full : 0);
  if (!explain) return l;
  l.reason = !m
    ? msg('points.shortageMajor.none')
    : m.jobMatches
      ? msg('points.shortageMajor.counts', { points: full })
      : msg('points.shortageMajor.jobMismatch', { points: full });
  if (!m || !m.jobMatches) l.raise = msg('points.shortageMajor.raise', { points: full });
  return l;
}

export function scoreTalent(f: PointsFacts, c: CompiledPolicy, explain: boolean): PointsLine {
  const full = c.params.points.entrepreneur;
  const l = line('talent', 'S-8', f.input.talent ? full : 0);
  if (!explain) return l;
  l.reason = f.input.talent
    ? f.input.talent === 'entrepreneur'
      ? msg('points.talent.entrepreneur', { points: full })
      : msg('points.talent.intermediary', { points: full })
    : msg('points.talent.none');
  return l;
}

/**
 * S-10, S-11 "counted after N years" (满N年后开始计入): nothing before N full
 * years; from N years on every full year counts, up to the cap.
 */
export function yearsAfterPoints(
  years: number,
  rule: { pointsPerYear: number; afterYears: number; max: number | null },
): number {
  if (years < rule.afterYears) return 0;
  const pts = years * rule.pointsPerYear;
  return rule.max === null ? pts : Math.min(rule.max, pts);
}

function scoreYearsAfter(
  indicator: 'publicService' | 'remoteSuburb',
  years: number,
  c: CompiledPolicy,
  explain: boolean,
): PointsLine {
  const rule = indicator === 'publicService' ? c.params.points.publicService : c.params.points.remoteSuburb;
  const l = line(indicator, indicator === 'publicService' ? 'S-10' : 'S-11', yearsAfterPoints(years, rule));
  if (!explain) return l;
  const where =
    indicator === 'publicService' ? msg('points.yearsAfter.publicService') : msg('points.yearsAfter.remoteSuburb');
  const cap = rule.max === null ? { zh: '', en: '' } : msg('points.yearsAfter.cap', { max: rule.max });
  l.reason = msg('points.yearsAfter.reason', {
    where,
    years,
    afterYears: rule.afterYears,
    perYear: rule.pointsPerYear,
    cap,
    points: l.points,
  });
  const next = Math.max(years + 1, rule.afterYears);
  const gain = yearsAfterPoints(next, rule) - l.points;
  if (gain > 0) l.raise = msg('points.yearsAfter.raise', { years: next, gain });
  return l;
}

export const scorePublicService = (f: PointsFacts, c: CompiledPolicy, explain: boolean) =>
  scoreYearsAfter('publicService', f.publicServiceYears, c, explain);
export const scoreRemoteSuburb = (f: PointsFacts, c: CompiledPolicy, explain: boolean) =>
  scoreYearsAfter('remoteSuburb', f.remoteSuburbYears, c, explain);

export function scoreFreshGraduate(f: PointsFacts, c: CompiledPolicy, explain: boolean): PointsLine {
  const full = c.params.points.freshGraduate;
  const l = line('freshGraduate', 'S-12', f.input.freshGraduate ? full : 0);
  if (!explain) return l;
  l.reason = f.input.freshGraduate
    ? msg('points.freshGraduate.counts', { points: full })
    : msg('points.freshGraduate.none');
  return l;
}

export function scoreCommendation(f: PointsFacts, c: CompiledPolicy, explain: boolean): PointsLine {
  const best = f.commendation;
  const l = line('commendation', 'S-13', best ? c.commendationPoints[best] : 0);
  if (!explain) return l;
  l.reason = best
    ? msg('points.commendation.counts', { name: COMMENDATION_NAMES[best], points: l.points })
    : msg('points.commendation.none');
  const higher = (Object.keys(c.commendationPoints) as CommendationLevel[])
    .filter((k) => c.commendationPoints[k] > l.points)
    .sort((a, b) => c.commendationPoints[a] - c.commendationPoints[b])[0];
  if (higher)
    l.raise = msg('points.commendation.raise', {
      name: COMMENDATION_NAMES[higher],
      gain: c.commendationPoints[higher] - l.points,
    });
  return l;
}

export function spousePoints(marriageYears: number, c: CompiledPolicy): number {
  const s = c.params.points.spouseHukou;
  return marriageYears <= 0 ? 0 : Math.min(s.max, marriageYears * s.pointsPerYear);
}

export function scoreSpouse(f: PointsFacts, c: CompiledPolicy, explain: boolean): PointsLine {
  const s = c.params.points.spouseHukou;
  const l = line('spouseHukou', 'S-14', spousePoints(f.marriageYears, c));
  if (!explain) return l;
  l.reason =
    f.marriageYears < 0
      ? msg('points.spouse.none')
      : msg('points.spouse.counts', { years: f.marriageYears, perYear: s.pointsPerYear, max: s.max, points: l.points });
  if (f.marriageYears >= 0 && l.points < s.max) l.raise = msg('points.spouse.raise', { perYear: s.pointsPerYear });
  return l;
}

/** S-15: per unit of average annual tax, or per unit of local hires; the better route counts, capped. */
export function investmentPoints(f: PointsFacts, c: CompiledPolicy): number {
  const inv = f.input.investment;
  if (!inv) return 0;
  const p = c.params.points.investment;
  const taxUnits = Math.floor((inv.averageAnnualTaxYuan ?? 0) / p.taxUnitYuan);
  const hireUnits = Math.floor((inv.localHiresPerYear ?? 0) / p.hiresUnit);
  return Math.min(p.cap, Math.max(taxUnits, hireUnits) * p.pointsPerUnit);
}

export function scoreInvestment(f: PointsFacts, c: CompiledPolicy, explain: boolean): PointsLine {
  const l = line('investment', 'S-15', investmentPoints(f, c));
  if (!explain) return l;
  const p = c.params.points.investment;
  const inv = f.input.investment;
  l.reason = !inv
    ? msg('points.investment.none')
    : msg('points.investment.counts', {
        tax: inv.averageAnnualTaxYuan ?? 0,
        hires: inv.localHiresPerYear ?? 0,
        taxUnit: p.taxUnitYuan,
        hiresUnit: p.hiresUnit,
        perUnit: p.pointsPerUnit,
        cap: p.cap,
        points: l.points,
      });
  return l;
}
