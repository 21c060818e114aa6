import { msg } from '@jifen/messages';
import type { Sql } from '../../adapters/db/sql.ts';
import { fail, type AppError } from '../../errors.ts';

/**
 * Issue #11 item 6: at most one open application per holder and one approved
 * points record per permit cycle, both decided by unique indexes (migration
 * 008), never by a read before the write. A request that loses the race gets
 * a 409 naming the application in the way.
 */
export const ONE_OPEN_PER_HOLDER = 'applications_one_open_per_holder';
export const ONE_APPROVED_PER_PERMIT = 'applications_one_approved_per_permit';

/** Whether `error` is PostgreSQL's unique violation (23505) of the named index (PGlite reports it the same way). */
export function violates(error: unknown, constraint: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown } | null;
  return !!e && e.code === '23505' && e.constraint === constraint;
}

/** The holder's permit row in force now: the cycle an approval belongs to (each endorsement is a new row, L-7). */
export async function currentPermitId(q: Sql, holderId: string): Promise<string | null> {
  const row = await q.maybeOne<{ id: string }>(
    'SELECT id FROM permits WHERE holder_id = $1 ORDER BY expires_on DESC, id LIMIT 1',
    [holderId],
  );
  return row?.id ?? null;
}

export async function openApplicationError(q: Sql, holderId: string): Promise<AppError> {
  const open = await q.maybeOne<{ id: string; number: string | null; state: string }>(
    "SELECT id, number, state FROM applications WHERE holder_id = $1 AND state NOT IN ('approved', 'rejected', 'withdrawn')",
    [holderId],
  );
  const id = open?.id ?? '';
  // People quote the application number (JF2026-000123), not the internal id.
  const shown = open?.number ?? id;
  return fail('APPLICATION.OPEN_EXISTS', msg('applications.openExists', { shown }), [], {
    details: { applicationId: id, state: open?.state ?? null },
  });
}

export async function approvedForPermitError(q: Sql, permitId: string): Promise<AppError> {
  const approved = await q.maybeOne<{ id: string; number: string | null }>(
    "SELECT id, number FROM applications WHERE permit_id = $1 AND state = 'approved'",
    [permitId],
  );
  const id = approved?.id ?? '';
  const shown = approved?.number ?? id;
  return fail('APPLICATION.ALREADY_APPROVED_FOR_PERMIT', msg('applications.periodApproved', { shown }), [], {
    details: { applicationId: id, permitId },
  });
}
