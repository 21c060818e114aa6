import { addDays, addYears, firstEventAfterCreation, recordStateOn, selectPolicy } from '@jifen/domain';
import { randomUUID } from 'node:crypto';
// A fresh database publishes the shipped data (preparePolicyData), so the demo is made under it.
import { policySet as shippedPolicySet } from '@jifen/policies';
import type { Sql } from '../adapters/db/sql.ts';

/**
 * Issue 13: a points record for every demo holder with a permit, as it stood
 * fifteen days before the seeding day (approved about a year earlier). The
 * sweep that runs at startup catches up those days in order, so on the
 * first start the holders and HR see the reminders of the last days (李明's
 * renewal window opening, 张伟's "7 days left", 陈静's clearing) and the
 * records show their state changes.
 */
export async function seedPointsRecords(q: Sql, today: string): Promise<void> {
  const asOf = addDays(today, -15);
  const policy = selectPolicy(shippedPolicySet, asOf);
  if (!policy.ok) return;
  const rows = await q.query<{
    holder_id: string;
    permit_id: string;
    expires_on: string;
    application_id: string | null;
  }>(
    `SELECT DISTINCT ON (p.holder_id) p.holder_id, p.id AS permit_id, p.expires_on::text AS expires_on,
       (SELECT a.id FROM applications a WHERE a.holder_id = p.holder_id AND a.state = 'approved' ORDER BY a.created_at DESC LIMIT 1) AS application_id
     FROM permits p ORDER BY p.holder_id, p.expires_on DESC`,
  );
  const at = new Date(`${asOf}T09:00:00+08:00`);
  for (const r of rows) {
    const validFrom = addDays(addYears(r.expires_on, -1), 1);
    const state = recordStateOn(r.expires_on, asOf, policy.value);
    await q.execute(
      `INSERT INTO points_records (id, holder_id, application_id, permit_id, cycle, valid_from, expires_on, state, state_since, next_event_on, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $8, $9, $10, $10)`,
      [
        randomUUID(),
        r.holder_id,
        r.application_id,
        r.permit_id,
        validFrom,
        r.expires_on,
        state,
        asOf,
        firstEventAfterCreation(r.expires_on, asOf, policy.value),
        at,
      ],
    );
  }
}
