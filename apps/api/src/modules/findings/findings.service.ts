import { msg } from '@jifen/messages';
import type { FalseMaterialView } from '@jifen/contracts';
import type { Sql } from '../../adapters/db/sql.ts';
import { findingDatesOfHolder, findingsOfHolder, insertFinding } from './findings.repository.ts';

/**
 * C-5 findings on a holder, for the other modules: the dates go into every
 * later assessment input (`records.falseMaterialDates`), so the engine
 * deducts the penalty and applies the bar by itself.
 */
export async function falseMaterialDatesOf(q: Sql, holderId: string): Promise<string[]> {
  return findingDatesOfHolder(q, holderId);
}

/** The holder's findings as every role reads them, with the dates and whether the bar still runs on `today`. */
export async function findingViews(q: Sql, holderId: string, today: string): Promise<FalseMaterialView[]> {
  const rows = await findingsOfHolder(q, holderId);
  return rows.map((r) => {
    const penalty = Number(r.penalty);
    return {
      ruleId: 'C-5' as const,
      applicationNumber: r.application_number,
      foundOn: r.found_on,
      penalty,
      barredUntil: r.barred_until,
      countsUntil: r.counts_until,
      reason: r.reason,
      active: today < r.barred_until || today < r.counts_until,
      message: msg('review.falseMaterialRecord', {
        foundOn: r.found_on,
        application: r.application_number,
        points: -penalty,
        countsUntil: r.counts_until,
        barredUntil: r.barred_until,
      }),
    };
  });
}

/** Records a C-5 finding, in the caller's transaction (the review decides it: review.service). */
export async function recordFinding(q: Sql, f: Parameters<typeof insertFinding>[1]): Promise<void> {
  await insertFinding(q, f);
}
