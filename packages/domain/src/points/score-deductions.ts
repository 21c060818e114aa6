import type { CompiledPolicy } from './compiled-policy.ts';
import type { PointsFacts } from './facts.ts';
import { line, text, type PointsLine } from './line.ts';

/**
 * S-16 deductions: C-5 false materials, C-6 general crime, C-7 detention.
 * Lines appear only when a record counts. In C-6 "clear" mode the line
 * takes away the positive subtotal, so the lines still add up to the total,
 * min(0, the total before clearing).
 */
export function appendDeductions(lines: PointsLine[], f: PointsFacts, c: CompiledPolicy, explain: boolean): void {
  const cp = c.params.compliance;
  const r = f.records;
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
      // Clearing takes the total to 0 but never raises it: a total that
      // deductions (C-5, C-7) already made negative stays as it is.
      let subtotal = 0;
      for (const x of lines) subtotal += x.points;
      const l = line('generalCrime', 'C-6', subtotal > 0 ? -subtotal : 0);
      if (explain)
        l.reason =
          subtotal > 0
            ? text(
                `${cp.generalCrimeYears}年内有一般刑事犯罪记录（${r.generalCrimeDates.join('、')}）：积分清零，${r.generalCrimeUntil}起不再计`,
                `A general criminal record within ${cp.generalCrimeYears} years (${r.generalCrimeDates.join(', ')}) clears the points to 0; it stops counting on ${r.generalCrimeUntil}`,
              )
            : text(
                `${cp.generalCrimeYears}年内有一般刑事犯罪记录（${r.generalCrimeDates.join('、')}）：积分已为${subtotal}分，清零不提高积分`,
                `A general criminal record within ${cp.generalCrimeYears} years (${r.generalCrimeDates.join(', ')}): the total is already ${subtotal}, and clearing never raises it`,
              );
      lines.push(l);
    }
  }
}
