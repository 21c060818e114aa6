import type { DomainError } from '@jifen/domain';
import { openDatabase } from '../../adapters/db/open.ts';
import { systemClock } from '../../clock.ts';
import { loadConfig } from '../../config.ts';
import type { CliCommand, CliResult } from '../../cli/types.ts';
import { purgeExpiredConsultations } from './consultations.purge.ts';

/**
 * `jifen consultations purge`: deletes consultation requests older than
 * CONSULTATION_RETENTION_DAYS in the configured database (PI-3), the same
 * function the server's hourly job runs; for cron or a one-off clean-up.
 */
export const consultationsPurgeCommand: CliCommand = {
  path: ['consultations', 'purge'],
  usage: 'jifen consultations purge',
  summary: { zh: '删除超过保存期限的咨询申请（PI-3）', en: 'Delete consultation requests past the retention period (PI-3)' },
  async run(): Promise<CliResult | DomainError> {
    const loaded = loadConfig();
    if (!loaded.ok) {
      return { code: 'CLI.CONFIG', message: { zh: `配置无效：${loaded.errors.join('；')}`, en: `invalid configuration: ${loaded.errors.join('; ')}` } };
    }
    const { config } = loaded;
    const db = await openDatabase(config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dir: config.pgliteDir });
    try {
      if (!(await db.one<{ t: string | null }>("SELECT to_regclass('consultations')::text AS t")).t) {
        return { code: 'CONSULTATIONS.NO_SCHEMA', message: { zh: '数据库尚未初始化（请先启动一次服务）', en: 'the database is not initialised (start the server once)' } };
      }
      const r = await purgeExpiredConsultations({ db, clock: systemClock }, { retentionDays: config.consultationRetentionDays });
      return {
        json: { ...r, retentionDays: config.consultationRetentionDays },
        text: [`已删除 ${r.deleted} 条超过 ${config.consultationRetentionDays} 天的咨询申请 / deleted ${r.deleted} request(s) made before ${r.cutoff}`],
      };
    } finally {
      await db.close();
    }
  },
};
