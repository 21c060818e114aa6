import { queueSlaBounds } from '@jifen/domain';
import type { Db } from '../adapters/db/sql.ts';
import type { Clock } from '../clock.ts';
import { today } from '../modules/applications/applications.view.ts';
import type { LivePolicy } from '../policy/live-policy.ts';
import { slaStatusSql } from '../modules/review/review-queue.repository.ts';
import type { Metrics } from './metrics.ts';

const DAY_MS = 86_400_000;

/**
 * Reads the gauges that live in the database, at scrape time. Read-only:
 * each is one aggregate over an indexed or small set (the outbox's open
 * partial index, the sweep ledger's primary key, the applications under
 * review, counted by SLA status in the statement). A database that does not
 * answer leaves the last values and sets jifen_metrics_database_up to 0, so
 * the scrape itself still succeeds.
 */
export async function readDatabaseGauges(db: Db, clock: Clock, policy: LivePolicy, m: Metrics): Promise<void> {
  const pool = db.poolStats();
  m.poolConnections.set({ state: 'total' }, pool.total);
  m.poolConnections.set({ state: 'idle' }, pool.idle);
  m.poolConnections.set({ state: 'waiting' }, pool.waiting);
  m.poolMax.set(pool.max);
  try {
    const now = clock.now();
    const outbox = await db.query<{ channel: string; depth: string; oldest: Date | null }>(
      `SELECT channel, count(*) AS depth, min(created_at) AS oldest
         FROM outbox WHERE status IN ('pending', 'delivering') GROUP BY channel`,
    );
    for (const channel of ['sms', 'in_app']) {
      const row = outbox.find((r) => r.channel === channel);
      m.outboxDepth.set({ channel }, Number(row?.depth ?? 0));
      m.outboxOldestSeconds.set(
        { channel },
        row?.oldest ? Math.max(0, (now.getTime() - row.oldest.getTime()) / 1000) : 0,
      );
    }
    const failed = await db.one<{ n: string }>(
      "SELECT count(*) AS n FROM outbox WHERE channel = 'sms' AND status = 'failed'",
    );
    m.smsFailedMessages.set(Number(failed.n));

    const t = today({ clock, policy });
    const sweep = await db.maybeOne<{ day: string; finished_at: Date }>(
      "SELECT to_char(day, 'YYYY-MM-DD') AS day, finished_at FROM lifecycle_sweep_days ORDER BY day DESC LIMIT 1",
    );
    m.sweepLagDays.set(sweep ? Math.round((Date.parse(t.today) - Date.parse(sweep.day)) / DAY_MS) : 0);
    m.sweepLastFinishedSeconds.set(sweep ? sweep.finished_at.getTime() / 1000 : 0);

    // The same SLA verdict as the review queue's, counted by the database (issue 20): one row per status, not one per case.
    const values: unknown[] = [];
    const bounds = queueSlaBounds(t.today, policy.set().calendar, t.policy.params.workflow.reviewAtRiskWorkingDays);
    const status = slaStatusSql(bounds, (v) => `$${values.push(v)}`);
    const rows = await db.query<{ sla: string; n: number }>(
      `SELECT ${status} AS sla, count(*)::int AS n FROM applications a WHERE a.state = 'under_review' GROUP BY 1`,
      values,
    );
    const counts = Object.fromEntries(rows.map((r) => [r.sla, r.n]));
    for (const sla of ['on_track', 'at_risk', 'breached', 'pending'] as const) m.reviews.set({ sla }, counts[sla] ?? 0);
    m.scrapeDatabaseUp.set(1);
  } catch {
    m.scrapeDatabaseUp.set(0);
  }
}
