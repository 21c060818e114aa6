import { insertPlainNotification } from '../modules/notifications/messages.service.ts';
import { randomUUID } from 'node:crypto';
import { msg } from '@jifen/messages';
import type { Db } from '../adapters/db/sql.ts';
import { shanghaiDate, type Clock } from '../clock.ts';
import { pendingData } from '../modules/applications/pending-data.ts';

/**
 * P-2: once a day, every administrator is told which calendar or wage year
 * holds up applications, and how many. The (day, kind, year) key makes the
 * alert go once a day however often this runs and however many instances run it.
 */
export async function alertPendingData(db: Db, clock: Clock): Promise<number> {
  const day = shanghaiDate(clock.now());
  const items = await pendingData(db);
  let sent = 0;
  for (const item of items) {
    await db.tx(async (q) => {
      const inserted = await q.execute(
        `INSERT INTO policy_pending_alerts (day, kind, year, applications) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [day, item.kind, item.year, item.applications],
      );
      if (inserted !== 1) return;
      const what =
        item.kind === 'calendar'
          ? msg('policyData.pendingAlert.calendar', { year: item.year })
          : msg('policyData.pendingAlert.wage', { year: item.year });
      const title = msg('policyData.pendingAlert.title');
      const body = msg('policyData.pendingAlert.body', {
        applications: item.applications,
        what,
        since: item.since ?? day,
      });
      const admins = await q.query<{ id: string }>(`SELECT id FROM users WHERE role = 'admin'`);
      for (const admin of admins) {
        await insertPlainNotification(q, [randomUUID(), admin.id, title.zh, body.zh, title.en, body.en, clock.now()]);
      }
      sent++;
    });
  }
  return sent;
}
