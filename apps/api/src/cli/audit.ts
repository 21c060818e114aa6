import type { DomainError } from '@jifen/domain';
import { msg } from '@jifen/messages';
import { clockStartingOn, systemClock } from '../clock.ts';
import { checkpointDatabaseId, checkpointFileIn } from '../modules/audit/checkpoint-file.ts';
import { loadCheckpointPublicKey, loadOrCreateCheckpointKey } from '../modules/audit/checkpoint-key.ts';
import { verifyWithCheckpoints, writeCheckpoint } from '../modules/audit/checkpoints.service.ts';
import { withConfiguredDatabase } from './configured-database.ts';
import type { CliCommand, CliResult } from './types.ts';

/**
 * `jifen audit verify`: walks the hash-chained audit log of the configured
 * database (DATABASE_URL, else the embedded PGlite in DATA_DIR), names the
 * first entry that was edited or the gap a deleted entry left, and checks
 * the chain against the signed checkpoints (docs/adr/0010): newest entries
 * removed, or the chain rewritten with recomputed hashes, no longer match.
 * It says how many entries the latest checkpoint covers.
 */
export const auditVerifyCommand: CliCommand = {
  path: ['audit', 'verify'],
  usage: 'jifen audit verify',
  summary: msg('cli.audit.verifySummary'),
  run: () =>
    withConfiguredDatabase('audit_log', 'AUDIT.NO_SCHEMA', async (db, config): Promise<CliResult | DomainError> => {
      const { keyFile, dir } = config.auditCheckpoint;
      const dbId = config.auditCheckpoint.databaseId ?? checkpointDatabaseId(config.databaseUrl, config.pgliteDir);
      const result = await verifyWithCheckpoints(db, checkpointFileIn(dir), loadCheckpointPublicKey(keyFile), dbId);
      const cp = result.checkpoint;
      if (!result.ok) {
        const chainBroken = result.firstBadEntryId !== undefined;
        return {
          code: chainBroken ? 'AUDIT.CHAIN_BROKEN' : 'AUDIT.CHECKPOINT_MISMATCH',
          message: chainBroken
            ? msg('cli.audit.chainBroken', {
                entry: String(result.firstBadEntryId),
                checked: result.checked,
                problem: result.problem ?? '',
              })
            : msg('cli.audit.checkpointMismatch', {
                file: cp.file,
                problems: { zh: cp.problems.join('；'), en: cp.problems.join('; ') },
              }),
          details: { ...result },
        };
      }
      const coverage = cp.latest
        ? `检查点 checkpoint ${cp.latest.at} (key ${cp.latest.keyId}): 第 1-${cp.covered} 条已签名覆盖 entries 1-${cp.covered} covered; ${cp.uncovered} 条较新条目尚未覆盖 newer entries not yet covered`
        : `没有本数据库的签名检查点 no signed checkpoint for ${cp.database} in ${cp.file}: 无法发现最新条目被截断或整链被重算 truncation or a recomputed chain cannot be detected`;
      return {
        json: result,
        text: [`审计日志完好 / audit log intact: ${result.checked} 条 entries checked (${db.kind})`, coverage],
      };
    }),
};

/** `jifen audit checkpoint`: signs the current chain head now (the server also does so on a schedule). */
export const auditCheckpointCommand: CliCommand = {
  path: ['audit', 'checkpoint'],
  usage: 'jifen audit checkpoint',
  summary: msg('cli.audit.checkpointSummary'),
  run: () =>
    withConfiguredDatabase('audit_log', 'AUDIT.NO_SCHEMA', async (db, config): Promise<CliResult | DomainError> => {
      const signer = loadOrCreateCheckpointKey(config.auditCheckpoint.keyFile);
      const file = checkpointFileIn(config.auditCheckpoint.dir);
      const clock = config.businessDate ? clockStartingOn(config.businessDate) : systemClock;
      const result = await writeCheckpoint(
        db,
        clock,
        signer,
        file,
        config.auditCheckpoint.databaseId ?? checkpointDatabaseId(config.databaseUrl, config.pgliteDir),
      );
      if (!result.written && result.reason === 'tampered') {
        return {
          code: 'AUDIT.CHECKPOINT_REFUSED',
          message: msg('cli.audit.checkpointRefused', { problem: result.problem }),
        };
      }
      const line = result.written
        ? `检查点已写入 checkpoint written: entries 1-${result.checkpoint.headId} → ${file}`
        : result.reason === 'empty'
          ? '审计日志为空，无需检查点 the audit log is empty; nothing to sign'
          : `链头未变，最新检查点仍有效 the head is unchanged; the latest checkpoint still covers it (${file})`;
      return { json: result, text: [line] };
    }),
};
