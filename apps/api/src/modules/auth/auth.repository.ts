import type { Sql } from '../../adapters/db/sql.ts';
import type { AuthUser } from '../../access.ts';

export interface CredentialRow {
  id: string;
  role: string;
  password_hash: string;
  disabled_at: Date | null;
}

export function findCredentials(q: Sql, username: string) {
  return q.maybeOne<CredentialRow>('SELECT id, role, password_hash, disabled_at FROM users WHERE username = $1', [
    username,
  ]);
}

export async function insertSession(q: Sql, idHash: string, userId: string, now: Date) {
  await q.execute('INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)', [
    idHash,
    userId,
    now,
  ]);
}

interface SessionUserRow {
  created_at: Date;
  last_seen_at: Date;
  revoked_at: Date | null;
  id: string;
  username: string;
  display_name: string;
  role: AuthUser['role'];
  employer_id: string | null;
  employer_name: string | null;
  employer_status: 'pending' | 'verified' | 'rejected' | null;
  district_code: string | null;
  district_name: string | null;
  centre_id: string | null;
  centre_name: string | null;
  must_change_password: boolean;
  disabled_at: Date | null;
}

const USER_JOINS = `
  LEFT JOIN employers e ON e.id = u.employer_id
  LEFT JOIN districts d ON d.code = COALESCE(u.district_code, e.district_code)
  LEFT JOIN service_centres c ON c.id = u.centre_id`;
const USER_COLUMNS = `u.id, u.username, u.display_name, u.role, u.employer_id, e.name AS employer_name,
  e.status AS employer_status, d.code AS district_code, d.name AS district_name, c.id AS centre_id, c.name AS centre_name,
  u.must_change_password, u.disabled_at`;

export function toAuthUser(
  r: Omit<SessionUserRow, 'created_at' | 'last_seen_at' | 'revoked_at' | 'disabled_at'>,
): AuthUser {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    employer:
      r.employer_id && r.employer_name && r.employer_status
        ? { id: r.employer_id, name: r.employer_name, status: r.employer_status }
        : null,
    district: r.district_code && r.district_name ? { code: r.district_code, name: r.district_name } : null,
    centre: r.centre_id && r.centre_name ? { id: r.centre_id, name: r.centre_name } : null,
    mustChangePassword: r.must_change_password,
  };
}

export function findAuthUser(q: Sql, userId: string) {
  return q.maybeOne<SessionUserRow>(
    `SELECT NULL AS created_at, ${USER_COLUMNS} FROM users u ${USER_JOINS} WHERE u.id = $1`,
    [userId],
  );
}

export function findSession(q: Sql, idHash: string) {
  return q.maybeOne<SessionUserRow>(
    `SELECT s.created_at, s.last_seen_at, s.revoked_at, ${USER_COLUMNS}
     FROM sessions s JOIN users u ON u.id = s.user_id ${USER_JOINS}
     WHERE s.id_hash = $1`,
    [idHash],
  );
}

export async function touchSession(q: Sql, idHash: string, now: Date) {
  await q.execute('UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1 AND revoked_at IS NULL', [idHash, now]);
}

export async function revokeSession(q: Sql, idHash: string, now: Date) {
  await q.execute('UPDATE sessions SET revoked_at = $2 WHERE id_hash = $1 AND revoked_at IS NULL', [idHash, now]);
}

/** Every open session of a user ends (the administrators disable, reset or change a role: users module). */
export function revokeUserSessions(q: Sql, userId: string, now: Date): Promise<number> {
  return q.execute('UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [userId, now]);
}

/** The user's other sessions end (a change of password: someone who knew the old one is signed out). */
export function revokeOtherSessions(q: Sql, userId: string, keepIdHash: string, now: Date): Promise<number> {
  return q.execute('UPDATE sessions SET revoked_at = $3 WHERE user_id = $1 AND id_hash <> $2 AND revoked_at IS NULL', [
    userId,
    keepIdHash,
    now,
  ]);
}
