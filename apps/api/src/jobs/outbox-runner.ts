import PgBoss from 'pg-boss';
import { drainOutbox, type OutboxDeps } from './outbox-worker.ts';
import { RETIRED_SWEEP_QUEUE } from './lifecycle-sweep.ts';

export interface OutboxRunnerOptions {
  /** How often the in-process loop looks for due rows (ms). */
  pollMs: number;
  /** pg-boss also wakes the worker every minute from its own schedule (docs/adr/0008); off in unit tests. */
  pgBoss: boolean;
  /** PostgreSQL: pg-boss opens its own small pool; PGlite: it runs over our one connection. */
  databaseUrl?: string;
  log: (msg: string, extra?: Record<string, unknown>) => void;
  /** Other scheduled jobs on the same pg-boss (issue 13: the daily lifecycle sweep). */
  schedules?: { queue: string; cron: string; run: () => Promise<unknown> }[];
}

export interface OutboxRunner {
  stop(): Promise<void>;
}

const QUEUE = 'outbox-sweep';

/**
 * Starts outbox delivery. The outbox table is the source of truth: the loop
 * and pg-boss only decide when `drainOutbox` runs; a row is claimed under a
 * row lock either way, so running both never delivers twice.
 */
export async function startOutboxRunner(d: OutboxDeps, opts: OutboxRunnerOptions): Promise<OutboxRunner> {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const drain = () => {
    running = drainOutbox(d).catch((error: unknown) => opts.log('outbox delivery failed', { error: String(error) }));
    return running;
  };
  let timer: NodeJS.Timeout | undefined;
  const loop = () => {
    if (stopped) return;
    void drain().finally(() => {
      if (!stopped) timer = setTimeout(loop, opts.pollMs);
    });
  };
  loop();
  let boss: PgBoss | undefined;
  if (opts.pgBoss) {
    const db = d.db;
    boss = opts.databaseUrl
      ? new PgBoss({ connectionString: opts.databaseUrl, schema: 'pgboss', max: 2 })
      : new PgBoss({
          schema: 'pgboss',
          db: { executeSql: async (text: string, values: unknown[]) => ({ rows: await db.query(text, values) }) },
        });
    boss.on('error', (error: unknown) => opts.log('pg-boss error', { error: String(error) }));
    await boss.start();
    // The sweep's old schedule (issue 21: the leader runs it now); a database from before keeps it otherwise.
    await boss.unschedule(RETIRED_SWEEP_QUEUE).catch(() => undefined);
    await boss.createQueue(QUEUE);
    await boss.schedule(QUEUE, '* * * * *');
    await boss.work(QUEUE, async () => {
      await drainOutbox(d);
    });
    for (const job of opts.schedules ?? []) {
      await boss.createQueue(job.queue);
      await boss.schedule(job.queue, job.cron);
      await boss.work(job.queue, async () => {
        await job.run();
      });
    }
  }
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      await boss?.stop({ graceful: true, wait: true });
    },
  };
}
