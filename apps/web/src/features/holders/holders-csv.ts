import type { HolderSummary } from '../../api/contract-types.ts';
import { toCsv, type CsvColumn as Column } from '../../components/csv.ts';
import { maskIdNumber } from '../../components/mask.ts';

export { csvCell, downloadText } from '../../components/csv.ts';
export type CsvColumn = Column<HolderSummary>;

/** The holders table as CSV; ID numbers are masked (PI-1). */
export function holdersToCsv(holders: readonly HolderSummary[], columns: readonly CsvColumn[]): string {
  return toCsv(
    holders.map((h) => ({ ...h, residentId: maskIdNumber(h.residentId) })),
    columns,
  );
}
