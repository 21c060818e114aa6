import { msg } from '@jifen/messages/domain';
import type { CompiledPolicy } from './compiled-policy.ts';
import type { PointsFacts } from './facts.ts';
import { line, type PointsLine } from './line.ts';

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
      l.reason = msg('points.deductions.falseMaterial', {
        years: cp.falseMaterialYears,
        count: r.falseMaterialCount,
        penalty: cp.falseMaterialPenalty,
      });
    lines.push(l);
  }
  if (r.detentionCount > 0) {
    const l = line('detention', 'C-7', -r.detentionCount * cp.detentionPenalty);
    if (explain)
      l.reason = msg('points.deductions.detention', {
        years: cp.detentionYears,
        count: r.detentionCount,
        penalty: cp.detentionPenalty,
      });
    lines.push(l);
  }
  if (r.generalCrimeCount > 0) {
    if (cp.generalCrimeEffect === 'deduct') {
      const l = line('generalCrime', 'C-6', -r.generalCrimeCount * cp.generalCrimePenalty);
      if (explain)
        l.reason = msg('points.deductions.generalCrime', {
          years: cp.generalCrimeYears,
          count: r.generalCrimeCount,
          penalty: cp.generalCrimePenalty,
        });
      lines.push(l);
    } else {
      const l = line('generalCrime', 'C-6', -positive);
      if (explain)
        l.reason = msg('points.deductions.generalCrimeClears', {
          years: cp.generalCrimeYears,
          dates: { zh: r.generalCrimeDates.join('、'), en: r.generalCrimeDates.join(', ') },
          positive,
          until: String(r.generalCrimeUntil),
        });
      lines.push(l);
    }
  }
}
