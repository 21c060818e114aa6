import type { ClusterEvents } from '../adapters/db/cluster-events.ts';
import { onAuditAppended } from '../modules/audit/audit.service.ts';
import type { CheckpointRunner } from './audit-checkpoint-runner.ts';
import type { Leadership } from './leader.ts';

/** How often the leader runs the lifecycle sweep (its digests included); the sweep catches up missed days itself. */
export const SWEEP_EVERY_MS = 10 * 60_000;
/** How often the leader tells the administrators about missing data (once a day each, kept in the database). */
export const ALERTS_EVERY_MS = 60_000;

export interface ScheduledWork {
  /** The daily lifecycle sweep with the reviewers' digests (catch-up included). */
  sweep(): Promise<unknown>;
  /** P-2 alerts about unpublished data. */
  alerts(): Promise<unknown>;
  /** Starts the audit checkpoints and the head (hourly, and a second after entries are appended). */
  startCheckpoints(): CheckpointRunner;
  log(level: 'info' | 'error', msg: string, extra?: Record<string, unknown>): void;
}

/**
 * Scheduled work runs on the leader only (issue 21 item 3): the sweep and its
 * digests, the audit checkpoints and head, the daily alerts. An instance that
 * becomes the leader (at start, or when the leader died) catches up at once;
 * one that stops leading stops its timers without a last write, since another
 * instance leads now. Every instance that appends audit entries tells the
 * leader (a NOTIFY), so the head it signs is the cluster's, within a second.
 */
export function runScheduledWorkWhileLeading(
  leadership: Leadership,
  events: ClusterEvents,
  work: ScheduledWork,
): { stop(): Promise<void> } {
  let running: { timers: NodeJS.Timeout[]; checkpoints: CheckpointRunner; stopAudit: () => void } | undefined;
  const guard = (what: string, job: () => Promise<unknown>) => () => {
    job().catch((error: unknown) => work.log('error', `${what} failed`, { error: String(error) }));
  };
  const sweep = guard('lifecycle sweep', work.sweep);
  const alerts = guard('pending-data alerts', work.alerts);
  const start = () => {
    if (running) return;
    const checkpoints = work.startCheckpoints();
    const stopAudit = events.on('audit', () => checkpoints.headSoon());
    const timers = [setInterval(sweep, SWEEP_EVERY_MS), setInterval(alerts, ALERTS_EVERY_MS)];
    for (const t of timers) t.unref();
    running = { timers, checkpoints, stopAudit };
    sweep();
    alerts();
  };
  const halt = async (final: boolean) => {
    const r = running;
    running = undefined;
    if (!r) return;
    for (const t of r.timers) clearInterval(t);
    r.stopAudit();
    await r.checkpoints.stop(final);
  };
  // A follower's own appends reach the leader as a notice (debounced: one per second at most).
  let told: NodeJS.Timeout | undefined;
  const stopTelling = onAuditAppended(() => {
    if (leadership.isLeader) return;
    told ??= setTimeout(() => {
      told = undefined;
      void events.publish('audit');
    }, 200);
  });
  const unsubscribe = leadership.onChange((leader) => {
    if (leader) start();
    else void halt(false);
  });
  if (leadership.isLeader) start();
  return {
    async stop() {
      unsubscribe();
      stopTelling();
      if (told) clearTimeout(told);
      await halt(true);
    },
  };
}
