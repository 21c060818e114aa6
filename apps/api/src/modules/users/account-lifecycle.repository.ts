import type { Sql } from '../../adapters/db/sql.ts';

/** The account row, locked for the change (two administrators acting at once queue). */
export function lockAccount(q: Sql, id: string) {
  return q.maybeOne<{
    id: string;
    username: string;
    role: string;
    disabled_at: Date | null;
    locked_until: Date | null;
    district_code: string | null;
    centre_id: string | null;
  }>(
    `SELECT u.id, u.username, u.role, u.disabled_at, u.district_code, u.centre_id,
       (SELECT max(t.locked_until) FROM login_throttle t WHERE t.username = u.username) AS locked_until
     FROM users u WHERE u.id = $1 FOR UPDATE OF u`,
    [id],
  );
}

export async function setDisabled(q: Sql, id: string, at: Date | null): Promise<void> {
  await q.execute('UPDATE users SET disabled_at = $2 WHERE id = $1', [id, at]);
}

export async function setPassword(q: Sql, id: string, passwordHash: string, mustChange: boolean): Promise<void> {
  await q.execute('UPDATE users SET password_hash = $2, must_change_password = $3 WHERE id = $1', [
    id,
    passwordHash,
    mustChange,
  ]);
}

export async function setRoleAndScope(
  q: Sql,
  id: string,
  role: string,
  districtCode: string | null,
  centreId: string | null,
): Promise<void> {
  await q.execute('UPDATE users SET role = $2, district_code = $3, centre_id = $4 WHERE id = $1', [
    id,
    role,
    districtCode,
    centreId,
  ]);
}
