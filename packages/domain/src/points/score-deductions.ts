import type { CompiledPolicy } from './compiled-policy.ts';
import type { PointsFacts } from './facts.ts';
import { line, text, type PointsLine } from './line.ts';

/**
 * S-16 deductions: C-5 false materials, C-6 general crime, C-7 detention.
 * Lines appear only when a record counts. In C-6 "clear" mode the line
 * takes away the positive points (every line before the deductions), and
 * the deductions (C-5, C-7) still count: the total is their sum, 0 when
 * there are none (rules.md C-6: 133 positive, one C-5, clear: -150).
 */
export function appendDeductions(lines: PointsLine[], f: PointsFacts, c: CompiledPolicy, explain: boolean): void {
  const cp = c.params.compliance;
  const r = f.records;
  let positive = 0;
  for (const x of lines) positive += x.points;
  if (r.falseMaterialCount > 0) {
    const l = line('falseMaterial', 'C-5', -r.falseMaterialCount * cp.falseMaterialPenalty);
    if (explain)
      l.reason = text(
        `${cp.falseMaterialYears}年内提供虚假材料${r.falseMaterialCount}次，每次扣${cp.falseMaterialPenalty}分`,
        `${r.falseMaterialCount} false-material record(s) within ${cp.falseMaterialYears} years, ${cp.falseMaterialPenalty} points each`,
      );
    lines.push(l);
  }
  if (r.detentionCount > 0) {
    const l = line('detention', 'C-7', -r.detentionCount * cp.detentionPenalty);
    if (explain)
      l.reason = text(
        `${cp.detentionYears}年内行政拘留${r.detentionCount}次，每次扣${cp.detentionPenalty}分`,
        `${r.detentionCount} administrative detention(s) within ${cp.detentionYears} years, ${cp.detentionPenalty} points each`,
      );
    lines.push(l);
  }
  if (r.generalCrimeCount > 0) {
    if (cp.generalCrimeEffect === 'deduct') {
      const l = line('generalCrime', 'C-6', -r.generalCrimeCount * cp.generalCrimePenalty);
      if (explain)
        l.reason = text(
          `${cp.generalCrimeYears}年内一般刑事犯罪记录${r.generalCrimeCount}次，每次扣${cp.generalCrimePenalty}分`,
          `${r.generalCrimeCount} general criminal record(s) within ${cp.generalCrimeYears} years, ${cp.generalCrimePenalty} points each`,
        );
      lines.push(l);
    } else {
      const l = line('generalCrime', 'C-6', -positive);
      if (explain)
        l.reason = text(
          `${cp.generalCrimeYears}年内有一般刑事犯罪记录（${r.generalCrimeDates.join('、')}）：其余各项积分${positive}分清零，扣分项照扣；${r.generalCrimeUntil}期满（含当日），次日起不再计`,
          `A general criminal record within ${cp.generalCrimeYears} years (${r.generalCrimeDates.join(', ')}) clears the other ${positive} points to 0; deductions still count. The ${cp.generalCrimeYears} years end on ${r.generalCrimeUntil} (inclusive); it stops counting the day after`,
        );
      lines.push(l);
    }
  }
}
