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
}

type Runner = Pick<pg.Pool | pg.PoolClient, 'query'>;

function sqlOver(runner: Runner, inTransaction: boolean): Sql {
  const query = async <R extends object>(text: string, params?: readonly unknown[]) =>
    (await runner.query(text, params as unknown[] | undefined)).rows as R[];
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
      return (await runner.query(text, params as unknown[] | undefined)).rowCount ?? 0;
    },
  };
}

/** The query layer: a thin typed shell over one pg.Pool (PGlite or PostgreSQL). */
export function createDb(pool: pg.Pool, kind: Db['kind'], onClose?: () => Promise<void>): Db {
  return {
    kind,
    ...(kind === 'postgres' ? { clientConfig: { ...pool.options } as pg.ClientConfig } : {}),
    ...sqlOver(pool, false),
    async tx<T>(fn: (q: Sql) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      // The connection can be lost between two statements (PostgreSQL restarting, a failover) while the
      // transaction waits on something else (an SMS provider): pg then emits 'error' on the client, which
      // unheard would end the process. The next statement fails instead and the transaction rolls back.
      const lost = () => undefined;
      client.on('error', lost);
      try {
        await client.query('BEGIN');
        const result = await fn(sqlOver(client, true));
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
    async close() {
      await pool.end();
      await onClose?.();
    },
  };
}
