import type { PolicyParams } from '../policy/schema.ts';
import type { WageTable } from '../policy/wage-table.ts';
import type { CommendationLevel, EducationLevel, TitleLevel } from './input.ts';

/**
 * What an assessment needs: a policy version (`selectPolicy`'s `Policy`
 * has these fields) and the policy set's wage table (S-9, S-4). Build one
 * with `assessmentPolicyOn(set, asOf)`; small fixtures do in tests.
 */
export interface AssessmentPolicy {
  id: string;
  hash: string;
  params: PolicyParams;
  wages: WageTable;
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
  /** S-9: the month index (year*12 + month-1) each row applied from, -1 when the table does not say (policy switch month). */
  wageAppliesFrom: Int32Array;
  /**
   * Base thresholds in fen, by the wage year of the month (`wageYearOfMonth`): row (wageYear - wageFirstYear)
   * holds the S-4 title threshold then one per tier, from the previous year's
   * wage (S-9 rule), each rounded to the fen so exact multiples reach their tier.
   */
  thresholdsFen: Float64Array;
  /** tiers[i].windowMonths, flat for the record loop. */
  tierWindows: Int32Array;
}

// Keyed by the params and wage-table objects, not the wrapper, so a fresh
// `{ ...policy, wages }` per request still hits the cache.
const cache = new WeakMap<PolicyParams, WeakMap<WageTable, CompiledPolicy>>();

export function compilePolicy(policy: AssessmentPolicy): CompiledPolicy {
  let byWages = cache.get(policy.params);
  if (!byWages) cache.set(policy.params, (byWages = new WeakMap()));
  const hit = byWages.get(policy.wages);
  if (hit && hit.id === policy.id && hit.hash === policy.hash) return hit;
  const compiled = buildCompiled(policy);
  byWages.set(policy.wages, compiled);
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
  const years = [...policy.wages.byYear.keys()];
  const first = years.length ? Math.min(...years) : 0;
  const last = years.length ? Math.max(...years) : -1;
  const wages = new Float64Array(Math.max(0, last - first + 1));
  const appliesFrom = new Int32Array(wages.length).fill(-1);
  for (const [y, row] of policy.wages.byYear) {
    wages[y - first] = row.monthlyAverage;
    if (row.appliesFrom !== undefined)
      appliesFrom[y - first] = Number(row.appliesFrom.slice(0, 4)) * 12 + Number(row.appliesFrom.slice(5, 7)) - 1;
  }
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
    wageAppliesFrom: appliesFrom,
    tierWindows: Int32Array.from(tiers.map((t) => t.windowMonths)),
    thresholdsFen: thresholdTable(wages, policy.params.points.titleSiBase.minMultiple, tiers),
  };
}

function thresholdTable(wages: Float64Array, titleMultiple: number, tiers: readonly CompiledTier[]): Float64Array {
  const width = tiers.length + 1;
  const out = new Float64Array(wages.length * width);
  for (let y = 0; y < wages.length; y++) {
    const w = wages[y] ?? 0;
    out[y * width] = Math.round(titleMultiple * w * 100);
    for (let t = 0; t < tiers.length; t++) out[y * width + 1 + t] = Math.round((tiers[t]?.minMultiple ?? 0) * w * 100);
  }
  return out;
}

/** The average monthly wage of `year`, or 0 when the table lacks it (P-2). */
export function averageWageOf(c: CompiledPolicy, year: number): number {
  const i = year - c.wageFirstYear;
  return i >= 0 && i < c.wages.length ? (c.wages[i] ?? 0) : 0;
}

/**
 * S-9: the wage year whose figure was in force for contribution bases in the
 * month `monthIdx` (year*12 + month-1). The policy's switch month gives the
 * default; a table row that says when it applied from moves the boundary
 * (April switches before 2019). Never the nearest published year: an
 * unpublished year stays unpublished (P-2).
 */
/** The month index from which year `y`'s average wage applies, or -1 when not stated. */
function wageStartOf(c: CompiledPolicy, y: number): number {
  const i = y - c.wageFirstYear;
  return i >= 0 && i < c.wageAppliesFrom.length ? (c.wageAppliesFrom[i] as number) : -1;
}

// Called for every month of every assessment: no closure per call (issue 20).
export function wageYearOfMonthIndex(c: CompiledPolicy, monthIdx: number): number {
  const switchIndex = c.params.points.wageSwitchMonth - 1;
  let year = ((monthIdx / 12) | 0) - (monthIdx % 12 >= switchIndex ? 1 : 2);
  const next = wageStartOf(c, year + 1);
  if (next >= 0 && next <= monthIdx) year++;
  else if (wageStartOf(c, year) > monthIdx) year--;
  // A figure with a stated start lasts a year unless the next row says when it took over:
  // after that, an unpublished next year is P-2, never the stale figure.
  const cur = wageStartOf(c, year);
  if (cur >= 0 && monthIdx >= cur + 12 && averageWageOf(c, year + 1) === 0) year++;
  return year;
}
