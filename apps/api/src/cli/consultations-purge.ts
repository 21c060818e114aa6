import type { DomainError } from '@jifen/domain';
import { msg } from '@jifen/messages';
import { systemClock } from '../clock.ts';
import { withConfiguredDatabase } from './configured-database.ts';
import type { CliCommand, CliResult } from './types.ts';
import { purgeExpiredConsultations } from '../jobs/consultation-retention.ts';

/**
 * `jifen consultations purge`: deletes consultation requests older than
 * CONSULTATION_RETENTION_DAYS in the configured database (PI-3), the same
 * function the server's hourly job runs; for cron or a one-off clean-up.
 */
export const consultationsPurgeCommand: CliCommand = {
  path: ['consultations', 'purge'],
  usage: 'jifen consultations purge',
  summary: msg('cli.consultations.purgeSummary'),
  run: () =>
    withConfiguredDatabase(
      'consultations',
      'CONSULTATIONS.NO_SCHEMA',
      async (db, config): Promise<CliResult | DomainError> => {
        const r = await purgeExpiredConsultations(
          { db, clock: systemClock },
          { retentionDays: config.consultationRetentionDays },
        );
        return {
          json: { ...r, retentionDays: config.consultationRetentionDays },
          text: [
            `已删除 ${r.deleted} 条超过 ${config.consultationRetentionDays} 天的咨询申请 / deleted ${r.deleted} request(s) made before ${r.cutoff}`,
          ],
        };
      },
    ),
};
