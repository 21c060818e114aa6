import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { overPglite, PGLITE_START_PARAMS } from './open.ts';
import type { Db } from './sql.ts';

describe('PGlite under node-postgres, one call per statement (issue 20)', () => {
  let lite: PGlite;
  let db: Db;
  beforeAll(async () => {
    lite = await PGlite.create({ startParams: PGLITE_START_PARAMS });
    db = overPglite(lite);
    await db.execute('CREATE TABLE t (id uuid PRIMARY KEY, n int NOT NULL, at date, doc jsonb)');
  });
  afterAll(() => db.close());

  it('hands a prepared statement to PGlite in one call and reads its rows as before', async () => {
    const id = '8db252bc-b994-4abc-94c6-87b5f43114d6';
    await db.execute('INSERT INTO t (id, n, at, doc) VALUES ($1, $2, $3, $4)', [id, 7, '2026-12-07', { a: [1] }]);
    const calls = vi.spyOn(lite, 'execProtocolStream');
    const rows = await db.query('SELECT id, n, at::text AS at, doc FROM t WHERE id = $1', [id]);
    expect(rows).toEqual([{ id, n: 7, at: '2026-12-07', doc: { a: [1] } }]);
    // parse, bind, describe, execute and sync: one call, not five.
    expect(calls).toHaveBeenCalledTimes(1);
    await db.query('SELECT id, n, at::text AS at, doc FROM t WHERE id = $1', [id]);
    expect(calls).toHaveBeenCalledTimes(2);
    calls.mockRestore();
  });

  it('reports a statement error and goes on with the next statement', async () => {
    await expect(db.query('SELECT n FROM t WHERE id = $1', ['not-a-uuid'])).rejects.toMatchObject({ code: '22P02' });
    await expect(
      db.execute('INSERT INTO t (id, n) VALUES ($1, $2)', ['8db252bc-b994-4abc-94c6-87b5f43114d6', 1]),
    ).rejects.toMatchObject({ code: '23505' });
    expect(await db.one<{ c: number }>('SELECT count(*)::int AS c FROM t WHERE n > $1', [0])).toEqual({ c: 1 });
  });

  it('keeps a transaction together and rolls it back on an error', async () => {
    const id = '5dc28ed2-1f9d-418b-bdff-677ae961176d';
    await expect(
      db.tx(async (q) => {
        await q.execute('INSERT INTO t (id, n) VALUES ($1, $2)', [id, 2]);
        await q.execute('INSERT INTO t (id, n) VALUES ($1, $2)', [id, 3]);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(await db.maybeOne('SELECT n FROM t WHERE id = $1', [id])).toBeUndefined();
    await db.tx((q) => q.execute('INSERT INTO t (id, n) VALUES ($1, $2)', [id, 4]));
    expect(await db.one('SELECT n FROM t WHERE id = $1', [id])).toEqual({ n: 4 });
  });
});
