import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db, Sql } from '../adapters/db/sql.ts';
import type { ModuleDeps } from '../deps.ts';

/** The signed cookie that remembers the WAL position of this browser's last write. */
export const LAST_WRITE_COOKIE = 'jifen_lw';
/** How long a write is remembered; a replica further behind than this is broken, not late. */
const REMEMBER_SECONDS = 300;
const LSN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/;
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    /** Where this request's lists and reports read: the replica when it has this browser's last write. */
    readDb: Db | null;
  }
}

/** A connection fault (not a SQL error): the replica is down or restarting. */
function unreachable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return true;
  return code.startsWith('08') || code.startsWith('57P') || code === '53300' || !/^[0-9A-Z]{5}$/.test(code);
}

/**
 * The replica, falling back to the primary for any statement the replica
 * cannot answer because it is unreachable (a list never fails because the
 * replica restarted).
 */
export function replicaWithFallback(replica: Db, primary: Db): Db {
  const either =
    <A extends unknown[], R>(f: (db: Sql, ...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      try {
        return await f(replica, ...a);
      } catch (error) {
        if (!unreachable(error)) throw error;
        return f(primary, ...a);
      }
    };
  return {
    kind: replica.kind,
    inTransaction: false,
    query: either((db, text: string, params?: readonly unknown[]) => db.query(text, params)) as Db['query'],
    one: either((db, text: string, params?: readonly unknown[]) => db.one(text, params)) as Db['one'],
    maybeOne: either((db, text: string, params?: readonly unknown[]) => db.maybeOne(text, params)) as Db['maybeOne'],
    execute: either((db, text: string, params?: readonly unknown[]) => db.execute(text, params)),
    // The metrics report the replica's own pool (issue 21 item 4).
    poolStats: () => replica.poolStats(),
    tx: async (fn) => {
      try {
        return await replica.tx(fn);
      } catch (error) {
        if (!unreachable(error)) throw error;
        return primary.tx(fn);
      }
    },
    close: () => replica.close(),
  };
}

/**
 * Lists and reports may read from a streaming replica (issue 21 item 2);
 * what a person just wrote is read from the primary. After every successful
 * write the primary's WAL position goes back in a signed cookie; a later
 * read-only request reads the replica only once the replica has replayed
 * that position (pg_last_wal_replay_lsn), else the primary. Read-your-writes
 * holds per browser, on whichever instance the proxy picks. Without a
 * replica everything reads the primary, as before.
 */
export function registerReadReplica(
  app: FastifyInstance,
  primary: Db,
  replica: Db | undefined,
  secureCookies: boolean,
): void {
  app.decorateRequest('readDb', null);
  if (!replica) return;
  const reads = replicaWithFallback(replica, primary);
  app.addHook('preHandler', async (req) => {
    if (!SAFE.has(req.method)) return;
    const raw = req.cookies[LAST_WRITE_COOKIE];
    const lsn = raw ? req.unsignCookie(raw) : undefined;
    if (!lsn?.valid || !lsn.value || !LSN.test(lsn.value)) {
      req.readDb = reads;
      return;
    }
    const caughtUp = await replica
      .maybeOne<{ ok: boolean | null }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok', [lsn.value])
      .catch(() => undefined);
    // Null: the "replica" is not replaying (it was promoted); read the primary.
    if (caughtUp?.ok === true) req.readDb = reads;
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (SAFE.has(req.method) || reply.statusCode >= 400) return payload;
    const at = await primary
      .maybeOne<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')
      .catch(() => undefined);
    if (at)
      reply.setCookie(LAST_WRITE_COOKIE, at.lsn, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        signed: true,
        secure: secureCookies,
        maxAge: REMEMBER_SECONDS,
      });
    return payload;
  });
}

/** The services' dependencies for a list or report: reading the replica when this request may. */
export function readingDeps<D extends ModuleDeps>(req: FastifyRequest, deps: D): D {
  return req.readDb ? { ...deps, db: req.readDb } : deps;
}
