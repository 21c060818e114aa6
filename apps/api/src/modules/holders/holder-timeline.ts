import type { HolderTimeline, PermitPeriod } from '@jifen/domain';
import type { Sql } from '../../adapters/db/sql.ts';

/**
 * One holder's timeline as the domain's pure functions read it (issue 17):
 * every permit period (issued, endorsed, newly issued) and the points
 * cycle. A read only: permits are written by modules/permits and
 * modules/holders, points records by modules/points-records.
 */
export async function loadHolderTimeline(q: Sql, holderId: string): Promise<HolderTimeline> {
  const permits = await q.query<{ id: string; issued_on: string; expires_on: string }>(
    `SELECT id, issued_on::text AS issued_on, expires_on::text AS expires_on FROM permits WHERE holder_id = $1 ORDER BY expires_on`,
    [holderId],
  );
  const cycle = await q.maybeOne<{ cycle: number; permit_id: string | null; expires_on: string }>(
    `SELECT cycle, permit_id, expires_on::text AS expires_on FROM points_records WHERE holder_id = $1`,
    [holderId],
  );
  return {
    permits: permits.map((p) => ({ id: p.id, issuedOn: p.issued_on, expiresOn: p.expires_on })),
    cycle: cycle ? { cycle: cycle.cycle, permitId: cycle.permit_id, expiresOn: cycle.expires_on } : null,
  };
}

/** One permit period by id (the one an application is for). */
export async function findPermitPeriod(q: Sql, permitId: string): Promise<PermitPeriod | null> {
  const p = await q.maybeOne<{ id: string; issued_on: string; expires_on: string }>(
    `SELECT id, issued_on::text AS issued_on, expires_on::text AS expires_on FROM permits WHERE id = $1`,
    [permitId],
  );
  return p ? { id: p.id, issuedOn: p.issued_on, expiresOn: p.expires_on } : null;
}

/** The expiry of each holder's latest permit period (the sweep asks for the few near their permit's lapse). */
export async function latestPermitExpiries(q: Sql, holderIds: readonly string[]): Promise<Map<string, string>> {
  if (holderIds.length === 0) return new Map();
  const rows = await q.query<{ holder_id: string; expires_on: string }>(
    `SELECT holder_id, max(expires_on)::text AS expires_on FROM permits WHERE holder_id = ANY($1::uuid[]) GROUP BY holder_id`,
    [holderIds],
  );
  return new Map(rows.map((r) => [r.holder_id, r.expires_on]));
}
