/**
 * The human number of an application, `JF2026-000123`: the year it was
 * created in (Asia/Shanghai) and its place in that year's sequence, which
 * the database keeps (migration 009). Messages and pages name this number;
 * the UUID stays internal.
 */
export const APPLICATION_NUMBER_PATTERN = /^JF\d{4}-\d{6}$/;

export function formatApplicationNumber(year: number, seq: number): string {
  return `JF${String(year).padStart(4, '0')}-${String(seq).padStart(6, '0')}`;
}
