import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Db } from './sql.ts';

/**
 * What one instance tells every other at once (issue 21 item 3), over
 * PostgreSQL's LISTEN/NOTIFY: `sessions` (a session was revoked, an account
 * disabled or demoted: drop cached sessions), `policy` (policy data was
 * published: reload it), `audit` (entries were appended: the leader signs the
 * chain head). PGlite is one instance, so there the events stay in-process.
 */
export type ClusterEvent = 'sessions' | 'policy' | 'audit';

export interface ClusterEvents {
  /**
   * Runs this instance's handlers now and tells every other instance;
   * resolves once PostgreSQL has the notification (never rejects: a lost
   * notice is logged, and the caches' own expiry is the fallback).
   */
  publish(event: ClusterEvent): Promise<void>;
  on(event: ClusterEvent, handler: () => void): () => void;
  /**
   * True while a notification from another instance is sure to arrive: the
   * LISTEN connection is up. While it is down, caches must not be trusted.
   */
  readonly live: boolean;
  close(): Promise<void>;
}

export const CLUSTER_CHANNEL = 'jifen_cluster';
const EVENTS: readonly ClusterEvent[] = ['sessions', 'policy', 'audit'];
const isEvent = (s: string): s is ClusterEvent => (EVENTS as readonly string[]).includes(s);

type Log = (msg: string, extra?: Record<string, unknown>) => void;

function handlers() {
  const byEvent = new Map<ClusterEvent, Set<() => void>>();
  return {
    on(event: ClusterEvent, handler: () => void) {
      const set = byEvent.get(event) ?? new Set();
      byEvent.set(event, set);
      set.add(handler);
      return () => void set.delete(handler);
    },
    run(event: ClusterEvent, log: Log) {
      for (const h of byEvent.get(event) ?? []) {
        try {
          h();
        } catch (error) {
          log('cluster event handler failed', { event, error: String(error) });
        }
      }
    },
  };
}

/** One process, one database (PGlite): every instance is this one. */
export function localClusterEvents(log: Log = () => undefined): ClusterEvents {
  const h = handlers();
  return {
    publish: async (event) => h.run(event, log),
    on: h.on,
    live: true,
    close: async () => undefined,
  };
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other
 * work). When it drops (PostgreSQL restarted, a failover), it reconnects with
 * backoff and then runs every handler once: notifications sent meanwhile are
 * lost, so whatever they would have refreshed is refreshed now.
 */
export async function postgresClusterEvents(
  db: Db,
  connection: pg.ClientConfig,
  log: Log = () => undefined,
): Promise<ClusterEvents> {
  const self = randomUUID();
  const h = handlers();
  let client: pg.Client | undefined;
  let live = false;
  let closed = false;
  let retryMs = 100;
  let retryTimer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ ...connection, connectionTimeoutMillis: 3000 });
    c.on('error', () => undefined);
    c.on('notification', (n) => {
      const [event = '', from] = (n.payload ?? '').split('|');
      if (isEvent(event) && from !== self) h.run(event, log);
    });
    c.on('end', () => {
      if (client !== c) return;
      live = false;
      client = undefined;
      if (!closed) schedule();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CLUSTER_CHANNEL}`);
    } catch (error) {
      c.end().catch(() => undefined);
      throw error;
    }
    client = c;
    live = true;
    retryMs = 100;
  };
  const schedule = () => {
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      connect().then(
        () => {
          log('cluster events reconnected; refreshing what notifications may have missed');
          for (const e of EVENTS) h.run(e, log);
        },
        () => {
          retryMs = Math.min(retryMs * 2, 5000);
          if (!closed) schedule();
        },
      );
    }, retryMs);
    retryTimer.unref();
  };
  await connect().catch((error: unknown) => {
    log('cluster events could not listen yet; retrying', { error: String(error) });
    schedule();
  });

  return {
    async publish(event) {
      h.run(event, log);
      // After the change committed (the callers publish after their transaction): another instance
      // that reads the old state before the notice arrives caches nothing the notice will not drop.
      await db
        .execute('SELECT pg_notify($1, $2)', [CLUSTER_CHANNEL, `${event}|${self}`])
        .catch((error: unknown) => log('cluster event not sent', { event, error: String(error) }));
    },
    on: h.on,
    get live() {
      return live;
    },
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      const c = client;
      client = undefined;
      live = false;
      await c?.end().catch(() => undefined);
    },
  };
}

const localByDb = new WeakMap<Db, ClusterEvents>();

/**
 * The events for this database: LISTEN/NOTIFY on PostgreSQL, in-process on
 * PGlite (one set per database, so two apps over one PGlite hear each other).
 */
export async function clusterEventsFor(db: Db, log?: Log): Promise<ClusterEvents> {
  if (db.kind === 'postgres' && db.clientConfig) return postgresClusterEvents(db, db.clientConfig, log);
  const known = localByDb.get(db);
  if (known) return known;
  const made = localClusterEvents(log);
  localByDb.set(db, made);
  return made;
}
