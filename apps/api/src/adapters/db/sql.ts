import type pg from 'pg';

/** What repositories take: run a parameterised statement and get rows back. */
export interface Sql {
  /** True inside `Db.tx`: transaction-scoped locks only work there. */
  readonly inTransaction: boolean;
  query<R extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Exactly one row, or throws (a bug, not an expected failure). */
  one<R extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R>;
  maybeOne<R extends object = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<R | undefined>;
  /** Number of rows a statement touched. */
  execute(text: string, params?: readonly unknown[]): Promise<number>;
}

export interface Db extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** PostgreSQL: how to open a connection of one's own (LISTEN, the leader's advisory lock). */
  readonly clientConfig?: pg.ClientConfig;
  /** Runs `fn` in one transaction on one connection; rolls back if it throws. */
  tx<T>(fn: (q: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** The pool's connections now (the /metrics gauges, issue 21). */
  poolStats(): { total: number; idle: number; waiting: number; max: number };
}

type Runner = Pick<pg.Pool | pg.PoolClient, 'query'>;

/** How many distinct statements one database keeps prepared, and the longest text it prepares. */
const PREPARED_MAX = 500;
const PREPARED_TEXT_MAX = 4_000;

/**
 * Issue 20: each statement text with parameters is prepared once per
 * connection under a name (PostgreSQL's extended protocol), so a hot read
 * skips parsing and analysing its SQL on every call: 2-3x faster per
 * statement on PGlite, where it all runs on the app's own thread. On
 * PostgreSQL the plan is still made for each call's values
 * (`plan_cache_mode = force_custom_plan`, set when the pool is opened), so a
 * skewed employer never gets a generic plan; PGlite keeps the default (auto),
 * see open.ts `overPglite`. Statements without parameters (BEGIN, migrations with many
 * statements) stay on the simple protocol; texts built with a varying number
 * of placeholders stop being named once PREPARED_MAX are known.
 */
export function statementNamer(): (text: string) => string | undefined {
  const names = new Map<string, string>();
  return (text) => {
    const known = names.get(text);
    if (known !== undefined) return known;
    if (names.size >= PREPARED_MAX || text.length > PREPARED_TEXT_MAX) return undefined;
    const name = `jifen_${names.size}`;
    names.set(text, name);
    return name;
  };
}

function sqlOver(runner: Runner, inTransaction: boolean, nameOf: (text: string) => string | undefined): Sql {
  const run = (text: string, params?: readonly unknown[]) => {
    const name = params && params.length > 0 ? nameOf(text) : undefined;
    return name === undefined
      ? runner.query(text, params as unknown[] | undefined)
      : runner.query({ name, text, values: params as unknown[] });
  };
  const query = async <R extends object>(text: string, params?: readonly unknown[]) =>
    (await run(text, params)).rows as R[];
  return {
    inTransaction,
    query,
    async one<R extends object>(text: string, params?: readonly unknown[]) {
      const rows = await query<R>(text, params);
      if (rows.length !== 1) throw new Error(`expected one row, got ${rows.length}: ${text.slice(0, 80)}`);
      return rows[0] as R;
    },
    async maybeOne<R extends object>(text: string, params?: readonly unknown[]) {
      const rows = await query<R>(text, params);
      if (rows.length > 1) throw new Error(`expected at most one row, got ${rows.length}: ${text.slice(0, 80)}`);
      return rows[0];
    },
    async execute(text: string, params?: readonly unknown[]) {
      return (await run(text, params)).rowCount ?? 0;
    },
  };
}

/** The query layer: a thin typed shell over one pg.Pool (PGlite or PostgreSQL). */
export function createDb(pool: pg.Pool, kind: Db['kind'], onClose?: () => Promise<void>): Db {
  const nameOf = statementNamer();
  return {
    kind,
    ...(kind === 'postgres' ? { clientConfig: { ...pool.options } as pg.ClientConfig } : {}),
    ...sqlOver(pool, false, nameOf),
    async tx<T>(fn: (q: Sql) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      // The connection can be lost between two statements (PostgreSQL restarting, a failover) while the
      // transaction waits on something else (an SMS provider): pg then emits 'error' on the client, which
      // unheard would end the process. The next statement fails instead and the transaction rolls back.
      const lost = () => undefined;
      client.on('error', lost);
      try {
        await client.query('BEGIN');
        const result = await fn(sqlOver(client, true, nameOf));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.off('error', lost);
        client.release();
      }
    },
    poolStats() {
      return {
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
        max: (pool as { options?: { max?: number } }).options?.max ?? 10,
      };
    },
    async close() {
      await pool.end();
      await onClose?.();
    },
  };
}
