import type { Sql } from '../../adapters/db/sql.ts';

/** The newest entry (the chain head), read without taking the append lock. */
export async function chainHead(q: Sql): Promise<{ id: number; hash: string } | undefined> {
  const row = await q.maybeOne<{ id: string; hash: string }>(
    'SELECT id::text AS id, hash FROM audit_log ORDER BY audit_log.id DESC LIMIT 1',
  );
  return row ? { id: Number(row.id), hash: row.hash } : undefined;
}

/** The stored hashes of the given entries (missing ids are simply absent). */
export async function hashesOf(q: Sql, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await q.query<{ id: string; hash: string }>(
    'SELECT id::text AS id, hash FROM audit_log WHERE id = ANY($1::bigint[])',
    [ids.map(String)],
  );
  return new Map(rows.map((r) => [Number(r.id), r.hash]));
}
