import { insertPlainNotification } from '../modules/notifications/messages.service.ts';
import { randomUUID } from 'node:crypto';
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
          ? { zh: `${item.year}年工作日历`, en: `the ${item.year} working-day calendar` }
          : { zh: `上海市${item.year}年职工月平均工资`, en: `Shanghai's ${item.year} average wage` };
      const admins = await q.query<{ id: string }>(`SELECT id FROM users WHERE role = 'admin'`);
      for (const admin of admins) {
        await insertPlainNotification(q, [
          randomUUID(),
          admin.id,
          '政策数据待发布（P-2）',
          `${item.applications}件申请正在等待${what.zh}（最早自${item.since ?? day}）。请在“政策数据”中录入并由另一位管理员发布，发布后系统即自动计算并通知当事人。`,
          'Policy data awaited (P-2)',
          `${item.applications} application(s) wait for ${what.en} (since ${item.since ?? day}). Enter it under Policy data and have another administrator publish it; jifen then computes everything pending and tells the people concerned.`,
          clock.now(),
        ]);
      }
      sent++;
    });
  }
  return sent;
}
