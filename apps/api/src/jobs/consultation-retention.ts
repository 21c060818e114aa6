import type { FastifyBaseLogger } from 'fastify';
import type { ModuleDeps } from '../deps.ts';
import { appendAudit } from '../modules/audit/audit.service.ts';
import { deleteCreatedBefore } from '../modules/consultations/consultations.repository.ts';
import { purgeThreadsCreatedBefore } from '../modules/online-consult/online-consult.service.ts';
import type { ConsultationPolicy } from '../modules/consultations/consultations.service.ts';

const DAY_MS = 86_400_000;

/**
 * PI-3 retention of both consultation modules (call-back requests and online
 * threads share one period). It lives here, above both, so neither module
 * imports the other's deletions (issue 23: no pair of modules importing each
 * other).
 *
 * PI-3 retention: deletes every consultation request made more than
 * `retentionDays` ago (by the injected clock) and audits the count. The
 * periodic job below and `jifen consultations purge` both call this.
 */
export async function purgeExpiredConsultations(
  deps: Pick<ModuleDeps, 'db' | 'clock'>,
  policy: ConsultationPolicy,
): Promise<{ deleted: number; cutoff: string }> {
  const cutoff = new Date(deps.clock.now().getTime() - policy.retentionDays * DAY_MS);
  const deleted = await deps.db.tx(async (q) => {
    // Call-back requests and online consultation threads (issue #14) share the retention period.
    const n = (await deleteCreatedBefore(q, cutoff)) + (await purgeThreadsCreatedBefore(q, cutoff));
    if (n > 0) {
      await appendAudit(q, deps.clock, null, {
        action: 'consultation.purged',
        subjectType: 'consultation',
        after: { deleted: n, createdBefore: cutoff.toISOString(), retentionDays: policy.retentionDays },
      });
    }
    return n;
  });
  return { deleted, cutoff: cutoff.toISOString() };
}

export interface PurgeJob {
  /** Runs one purge now (also what the timer does). */
  runOnce(): Promise<void>;
  /** Stops the timer and waits for a purge in flight. */
  stop(): Promise<void>;
}

/** The periodic purge inside the server: once at start, then every `intervalMs` (an hour by default). */
export function startPurgeJob(
  deps: Pick<ModuleDeps, 'db' | 'clock'>,
  policy: ConsultationPolicy,
  log: FastifyBaseLogger,
  intervalMs = 3_600_000,
): PurgeJob {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const runOnce = () => {
    if (stopped) return running;
    running = running
      .then(() => purgeExpiredConsultations(deps, policy))
      .then(
        (r) => {
          if (r.deleted > 0) log.info({ deleted: r.deleted, cutoff: r.cutoff }, 'consultations purged');
        },
        (error: unknown) => log.error({ err: error }, 'consultation purge failed'),
      );
    return running;
  };
  const timer = setInterval(() => void runOnce(), intervalMs);
  timer.unref();
  const first = setTimeout(() => void runOnce(), 0);
  first.unref();
  return {
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}
