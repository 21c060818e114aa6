import type { PolicyParams } from '../policy/schema.ts';
import type { CommendationLevel, EducationLevel, TitleLevel } from './input.ts';

/**
 * What an assessment needs from a policy version. `selectPolicy` returns a
 * richer object; anything with these fields will do, which keeps the
 * scorers testable with small fixtures.
 */
export interface AssessmentPolicy {
  id: string;
  hash: string;
  params: PolicyParams;
  /**
   * S-9: Shanghai's average wage in yuan per month, by calendar year
   * (`{ "2024": 12434 }`), from the policy's wage table with its source.
   */
  averageMonthlyWages: Readonly<Record<string, number>>;
}

export interface CompiledTier {
  minMultiple: number;
  maxMultiple: number | null;
  months: number;
  windowMonths: number;
  points: number;
}

/**
 * A policy flattened once for the hot path: plain numbers, tiers sorted by
 * points (the first reached tier wins: S-9 one tier only), the wage table
 * as an array indexed by year. Built once per policy object (WeakMap).
 */
export interface CompiledPolicy {
  id: string;
  hash: string;
  params: PolicyParams;
  standardScore: number;
  educationPoints: Readonly<Record<EducationLevel, number>>;
  titlePoints: Readonly<Record<TitleLevel, number>>;
  commendationPoints: Readonly<Record<CommendationLevel, number>>;
  /** Tiers, highest points first. */
  tiers: readonly CompiledTier[];
  /** The longest look-back any month-window rule needs (C-1, S-4, S-9). */
  maxWindowMonths: number;
  wageFirstYear: number;
  /** wages[year - wageFirstYear]; 0 = the year is missing from the table (P-2). */
  wages: Float64Array;
}

const cache = new WeakMap<AssessmentPolicy, CompiledPolicy>();

export function compilePolicy(policy: AssessmentPolicy): CompiledPolicy {
  const hit = cache.get(policy);
  if (hit) return hit;
  const compiled = buildCompiled(policy);
  cache.set(policy, compiled);
  return compiled;
}

function buildCompiled(policy: AssessmentPolicy): CompiledPolicy {
  const p = policy.params.points;
  const tiers = p.baseMultipleTiers
    .map((t) => ({
      minMultiple: t.minMultiple,
      maxMultiple: t.maxMultiple,
      months: t.months,
      windowMonths: t.windowYears * 12,
      points: t.points,
    }))
    .sort((a, b) => b.points - a.points || b.minMultiple - a.minMultiple);
  const years = Object.keys(policy.averageMonthlyWages).map(Number).filter(Number.isInteger);
  const first = years.length ? Math.min(...years) : 0;
  const last = years.length ? Math.max(...years) : -1;
  const wages = new Float64Array(Math.max(0, last - first + 1));
  for (const y of years) wages[y - first] = policy.averageMonthlyWages[String(y)] ?? 0;
  return {
    id: policy.id,
    hash: policy.hash,
    params: policy.params,
    standardScore: p.standardScore,
    educationPoints: { none: 0, ...p.education },
    titlePoints: p.title,
    commendationPoints: p.commendation,
    tiers,
    maxWindowMonths: Math.max(
      policy.params.compliance.siWindowMonths,
      p.titleSiBase.windowMonths,
      ...tiers.map((t) => t.windowMonths),
    ),
    wageFirstYear: first,
    wages,
  };
}

/** The average monthly wage of `year`, or 0 when the table lacks it (P-2). */
export function averageWageOf(c: CompiledPolicy, year: number): number {
  const i = year - c.wageFirstYear;
  return i >= 0 && i < c.wages.length ? (c.wages[i] ?? 0) : 0;
}
