import pg from 'pg';
import type { Db } from '../adapters/db/sql.ts';

/** pg_advisory lock key of the scheduled-work leader ('jifen-leader' as a bigint, unlike every other lock key). */
export const LEADER_LOCK_KEY = 7_234_919_004_211n;

export interface Leadership {
  /** True while this instance holds the leader's lock. */
  readonly isLeader: boolean;
  /** Called with true when this instance becomes the leader, false when it stops being one. */
  onChange(listener: (leader: boolean) => void): () => void;
  stop(): Promise<void>;
}

type Log = (msg: string, extra?: Record<string, unknown>) => void;

/**
 * One leader for scheduled work across instances (issue 21 item 3): the
 * instance whose own connection holds a session advisory lock. PostgreSQL
 * frees the lock when that connection ends, so when the leader dies (kill -9,
 * a crash, a lost network) another instance takes over at its next try, within
 * `tryEveryMs`. The leader checks its connection at the same pace and steps
 * down the moment it is lost (it can no longer know it is the only one).
 * PGlite is one instance: it always leads.
 */
export async function startLeadership(db: Db, opts: { tryEveryMs?: number; log?: Log } = {}): Promise<Leadership> {
  const listeners = new Set<(leader: boolean) => void>();
  let leader = false;
  const become = (value: boolean) => {
    if (leader === value) return;
    leader = value;
    opts.log?.(value ? 'this instance leads the scheduled work' : 'this instance no longer leads the scheduled work');
    for (const l of listeners) l(value);
  };
  // Getters, not spread copies: isLeader is read at the moment of asking.
  const leadership = (stop: () => Promise<void>): Leadership => ({
    get isLeader() {
      return leader;
    },
    onChange(listener: (leader: boolean) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    stop,
  });
  if (db.kind === 'pglite' || !db.clientConfig) {
    become(true);
    return leadership(async () => become(false));
  }
  const config = db.clientConfig;
  let client: pg.Client | undefined;
  let stopped = false;
  let busy = false;
  const drop = () => {
    const c = client;
    client = undefined;
    become(false);
    c?.end().catch(() => undefined);
  };
  const tick = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      if (!client) {
        const c = new pg.Client({ ...config, connectionTimeoutMillis: 3000, keepAlive: true });
        c.on('error', () => undefined);
        c.on('end', () => {
          if (client === c) drop();
        });
        await c.connect();
        client = c;
      }
      if (leader) await client.query('SELECT 1');
      else {
        const r = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [
          LEADER_LOCK_KEY.toString(),
        ]);
        if (r.rows[0]?.ok && !stopped) become(true);
      }
    } catch {
      drop();
    } finally {
      busy = false;
    }
  };
  await tick();
  const timer = setInterval(() => void tick(), opts.tryEveryMs ?? 1000);
  timer.unref();
  return leadership(async () => {
    stopped = true;
    clearInterval(timer);
    const c = client;
    client = undefined;
    become(false);
    // Ending the connection frees the lock: the next instance leads at its next try.
    await c?.end().catch(() => undefined);
  });
}
