import { msg } from '@jifen/messages';
import { insertPlainNotification } from '../modules/notifications/messages.service.ts';
import { randomUUID } from 'node:crypto';
import type { Db } from '../adapters/db/sql.ts';
import { shanghaiDate, type Clock } from '../clock.ts';
import { runSweep, type SweepDeps, type SweepRunResult } from '../modules/points-records/points-records.sweep.ts';

/**
 * The pg-boss queue that ran the sweep before issue 21; the leader's timer
 * runs it now (jobs/scheduled-work.ts), so its schedule is removed at start.
 */
export const RETIRED_SWEEP_QUEUE = 'lifecycle-sweep';

/** Runs the sweep and logs what it did; never throws (the next run retries). */
export async function sweepNow(
  d: SweepDeps,
  log: (msg: string, extra?: Record<string, unknown>) => void,
): Promise<SweepRunResult | null> {
  try {
    const r = await runSweep(d);
    if (r.days.length > 0 || r.pending)
      log('lifecycle sweep', {
        days: r.days,
        records: r.records,
        changes: r.changes,
        reminders: r.reminders,
        skippedReminders: r.skippedReminders,
        pending: r.pending,
      });
    return r;
  } catch (error) {
    log('lifecycle sweep failed', { error: String(error) });
    return null;
  }
}

/**
 * P-2: the administrators are told once a day when the sweep could not
 * compute something for want of data ("cannot compute: no 2027 calendar").
 * The (day, kind, year) key of policy_pending_alerts makes it once a day
 * across instances.
 */
export async function alertSweepPending(db: Db, clock: Clock): Promise<number> {
  const day = shanghaiDate(clock.now());
  const rows = await db.query<{ year: number; days: number; since: string }>(
    `SELECT digest_pending_year AS year, count(*)::int AS days, min(day)::text AS since FROM lifecycle_sweep_days
     WHERE digest_pending_year IS NOT NULL GROUP BY digest_pending_year ORDER BY digest_pending_year`,
  );
  let sent = 0;
  for (const r of rows) {
    await db.tx(async (q) => {
      const inserted = await q.execute(
        `INSERT INTO policy_pending_alerts (day, kind, year, applications) VALUES ($1, 'sweep_calendar', $2, $3) ON CONFLICT DO NOTHING`,
        [day, r.year, r.days],
      );
      if (inserted !== 1) return;
      const admins = await q.query<{ id: string }>(`SELECT id FROM users WHERE role = 'admin'`);
      const title = msg('pointsRecords.sweepCalendarAlert.title');
      const body = msg('pointsRecords.sweepCalendarAlert.body', { year: r.year, since: r.since, days: r.days });
      for (const admin of admins) {
        await insertPlainNotification(q, [randomUUID(), admin.id, title.zh, body.zh, title.en, body.en, clock.now()]);
      }
      sent++;
    });
  }
  return sent;
}
