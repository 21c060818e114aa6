import type { DomainError } from '@jifen/domain';
import { openDatabase } from '../adapters/db/open.ts';
import { loadConfig } from '../config.ts';
import { verifyAuditChain } from '../modules/audit/audit.service.ts';
import type { CliCommand, CliResult } from './types.ts';

/**
 * `jifen audit verify`: walks the hash-chained audit log of the configured
 * database (DATABASE_URL, else the embedded PGlite in DATA_DIR) and names
 * the first entry that was edited, or the gap a deleted entry left.
 */
export const auditVerifyCommand: CliCommand = {
  path: ['audit', 'verify'],
  usage: 'jifen audit verify',
  summary: { zh: '校验审计日志哈希链是否被篡改或删除', en: 'Check the hash-chained audit log for edited or deleted entries' },
  async run(): Promise<CliResult | DomainError> {
    const loaded = loadConfig();
    if (!loaded.ok) {
      return { code: 'CLI.CONFIG', message: { zh: `配置无效：${loaded.errors.join('；')}`, en: `invalid configuration: ${loaded.errors.join('; ')}` } };
    }
    const { config } = loaded;
    const db = await openDatabase(config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dir: config.pgliteDir });
    try {
      if (!(await db.one<{ t: string | null }>("SELECT to_regclass('audit_log')::text AS t")).t) {
        return { code: 'AUDIT.NO_SCHEMA', message: { zh: '数据库尚未初始化（请先启动一次服务）', en: 'the database is not initialised (start the server once)' } };
      }
      const result = await verifyAuditChain(db);
      if (!result.ok) {
        return {
          code: 'AUDIT.CHAIN_BROKEN',
          message: {
            zh: `审计日志校验失败：第 ${result.firstBadEntryId} 条（已检查 ${result.checked} 条完好）：${result.problem ?? ''}`,
            en: `audit log check failed at entry ${result.firstBadEntryId} (${result.checked} intact before it): ${result.problem ?? ''}`,
          },
          details: { ...result },
        };
      }
      return {
        json: result,
        text: [`审计日志完好 / audit log intact: ${result.checked} 条 entries checked (${db.kind})`],
      };
    } finally {
      await db.close();
    }
  },
};
