import type { ComparisonResponse } from '@jifen/contracts';

export type Crossing = 'up' | 'down' | 'none';

/** One holder the comparison affects: their totals under A and B and the dates that move. */
export interface AffectedCase {
  holderId: string;
  name: string;
  residentIdMasked: string;
  totalA: number | null;
  totalB: number | null;
  crossing: Crossing;
  /** `L-2 2027-01-04→2027-01-11`, one per moved date. */
  datesMoved: string[];
}

/**
 * Everyone the comparison lists, once: crossing 120 upwards or downwards,
 * a changed total, or a moved date (a holder may be in several lists).
 */
export function affectedCases(cases: ComparisonResponse['cases']): AffectedCase[] {
  const byHolder = new Map<string, AffectedCase>();
  const add = (h: ComparisonResponse['cases']['changed'][number], crossing: Crossing) => {
    const existing = byHolder.get(h.holderId);
    if (existing) {
      if (crossing !== 'none') existing.crossing = crossing;
      return;
    }
    byHolder.set(h.holderId, {
      holderId: h.holderId,
      name: h.name,
      residentIdMasked: h.residentIdMasked,
      totalA: h.totalA,
      totalB: h.totalB,
      crossing,
      datesMoved: [],
    });
  };
  for (const h of cases.crossedUp) add(h, 'up');
  for (const h of cases.crossedDown) add(h, 'down');
  for (const h of cases.changed) add(h, 'none');
  for (const d of cases.datesMoved) {
    const existing = byHolder.get(d.holderId) ?? {
      holderId: d.holderId,
      name: d.name,
      residentIdMasked: '',
      totalA: null,
      totalB: null,
      crossing: 'none' as const,
      datesMoved: [],
    };
    existing.datesMoved.push(`${d.ruleId} ${d.a}→${d.b}`);
    byHolder.set(d.holderId, existing);
  }
  return [...byHolder.values()].sort((a, b) => a.name.localeCompare(b.name) || a.holderId.localeCompare(b.holderId));
}

/** A distribution bucket's label: `110–119`, or `130+` for the open top. */
export function rangeLabel(bucket: { from: number; to: number | null }): string {
  return bucket.to === null ? `${bucket.from}+` : `${bucket.from}–${bucket.to}`;
}
