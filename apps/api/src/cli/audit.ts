import type { DomainError } from '@jifen/domain';
import { verifyAuditChain } from '../modules/audit/audit.service.ts';
import { withConfiguredDatabase } from './configured-database.ts';
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
  run: () =>
    withConfiguredDatabase('audit_log', 'AUDIT.NO_SCHEMA', async (db): Promise<CliResult | DomainError> => {
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
    }),
};
