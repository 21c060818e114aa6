import { buildWageTable, type WageTable } from '../policy/wage-table.ts';
import { assessPoints } from './assess.ts';
import type { AssessmentPolicy } from './compiled-policy.ts';
import type { AssessmentInput } from './input.ts';
import type { PointsLine } from './line.ts';

/**
 * Issue 19, "the July wage change": what publishing a year's average wage
 * (S-9, from its switch month) does to one person's S-9 and S-4 lines.
 * A correction of a year already published is compared with that year's
 * published figure instead.
 *
 * "Before" is the person as their employer pays them today: the months the
 * new figure will govern judged against the figure in force until now (the
 * previous year's). "After" is the same months judged against the new
 * figure. So a base of 12,400 is >= 1x of 12,307 but < 1x of 12,434, and
 * where those months decide the tier, 50 points become 25. Pure: the
 * caller passes the policy in force and the draft row.
 */
export interface WageFigure {
  year: number;
  monthlyAverage: number;
  /** YYYY-MM; absent: the policy's switch month of the following year. */
  appliesFrom?: string;
}

export interface WageChangeLine {
  ruleId: 'S-9' | 'S-4';
  before: number;
  after: number;
  /** The multiple of the average wage the line held before (S-9: its tier's threshold; S-4: the base condition's). */
  multiple: number;
  /** The figure the months were judged against before, and the new one. */
  figureBefore: number;
  figureAfter: number;
  /** The monthly contribution base, in yuan, that keeps the line where it was under the new figure (multiple x figure, rounded up). */
  baseToKeep: number;
}

export interface WageChangeImpact {
  totalBefore: number;
  totalAfter: number;
  standardScore: number;
  /** Across the standard score (120) either way, or null. */
  crossed: 'up' | 'down' | null;
  /** The S-9 and S-4 lines whose points differ, S-9 first. */
  lines: WageChangeLine[];
}

function withRow(table: WageTable, row: WageFigure, source: string): WageTable | null {
  const years = table.doc.years.filter((r) => r.year !== row.year);
  const added = {
    year: row.year,
    monthlyAverage: row.monthlyAverage,
    source,
    ...(row.appliesFrom ? { appliesFrom: row.appliesFrom } : {}),
  };
  const built = buildWageTable({ ...table.doc, years: [...years, added].sort((a, b) => a.year - b.year) });
  return built.ok ? built.value : null;
}

const lineOf = (lines: readonly PointsLine[], ruleId: 'S-9' | 'S-4') => lines.find((l) => l.ruleId === ruleId);

/**
 * The impact of publishing `figure` on one person assessed on `asOf` under
 * `policy` (whose table may lack the year). Null when the person's S-9 and
 * S-4 lines do not change or the figure cannot be added to the table.
 */
export function wageChangeImpact(
  input: AssessmentInput,
  asOf: string,
  policy: AssessmentPolicy,
  figure: WageFigure,
): WageChangeImpact | null {
  // A correction of a published year compares with that year's figure; a new year with the previous one's, still in force.
  const published = policy.wages.byYear.get(figure.year)?.monthlyAverage;
  const previous = published ?? policy.wages.byYear.get(figure.year - 1)?.monthlyAverage;
  const beforeTable =
    published !== undefined || previous === undefined
      ? policy.wages
      : withRow(policy.wages, { ...figure, monthlyAverage: previous }, 'the figure in force until now');
  const afterTable = withRow(policy.wages, figure, 'the figure about to be published');
  if (!beforeTable || !afterTable) return null;
  const before = assessPoints(input, asOf, { ...policy, wages: beforeTable });
  const after = assessPoints(input, asOf, { ...policy, wages: afterTable });
  const p = policy.params.points;
  const lines: WageChangeLine[] = [];
  for (const ruleId of ['S-9', 'S-4'] as const) {
    const b = lineOf(before.lines, ruleId)?.points ?? 0;
    const a = lineOf(after.lines, ruleId)?.points ?? 0;
    if (a === b) continue;
    // S-9: the threshold of the tier held before (the highest tier worth those points); S-4: the base condition's multiple.
    const multiple =
      ruleId === 'S-9'
        ? (p.baseMultipleTiers.filter((t) => t.points === b).sort((x, y) => x.minMultiple - y.minMultiple)[0]
            ?.minMultiple ?? 0)
        : p.titleSiBase.minMultiple;
    lines.push({
      ruleId,
      before: b,
      after: a,
      multiple,
      figureBefore: previous ?? figure.monthlyAverage,
      figureAfter: figure.monthlyAverage,
      baseToKeep: Math.ceil(multiple * figure.monthlyAverage - 1e-9),
    });
  }
  if (lines.length === 0) return null;
  const crossed =
    before.meetsStandard === after.meetsStandard ? null : after.meetsStandard ? ('up' as const) : ('down' as const);
  return { totalBefore: before.total, totalAfter: after.total, standardScore: before.standardScore, crossed, lines };
}
