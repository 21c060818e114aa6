import type { Role } from '@jifen/contracts';
import type { Sql } from '../../adapters/db/sql.ts';

export interface UserListRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  employer_id: string | null;
  employer_name: string | null;
  district_code: string | null;
  district_name: string | null;
  centre_id: string | null;
  centre_name: string | null;
  locked_until: Date | null;
  disabled_at: Date | null;
  must_change_password: boolean;
  created_at: Date;
  active_sessions: number;
}

const SELECT = `
  SELECT u.id, u.username, u.display_name, u.role, u.employer_id, e.name AS employer_name,
         d.code AS district_code, d.name AS district_name, c.id AS centre_id, c.name AS centre_name,
         -- the latest sign-in lockout still in force for this name, from any source (docs/adr/0011)
         (SELECT max(t.locked_until) FROM login_throttle t WHERE t.username = u.username AND t.locked_until > $1) AS locked_until,
         u.disabled_at, u.must_change_password, u.created_at,
         (SELECT count(*)::int FROM sessions s WHERE s.user_id = u.id AND s.revoked_at IS NULL) AS active_sessions
  FROM users u
  LEFT JOIN employers e ON e.id = u.employer_id
  LEFT JOIN districts d ON d.code = COALESCE(u.district_code, e.district_code)
  LEFT JOIN service_centres c ON c.id = u.centre_id`;

export function listUserRows(q: Sql, role: Role | undefined, now: Date) {
  return q.query<UserListRow>(`${SELECT} WHERE ($2::text IS NULL OR u.role = $2) ORDER BY u.role, u.username`, [
    now,
    role ?? null,
  ]);
}

export function findUserRow(q: Sql, id: string, now: Date) {
  return q.maybeOne<UserListRow>(`${SELECT} WHERE u.id = $2`, [now, id]);
}

export interface NewUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  employerId: string | null;
  districtCode: string | null;
  centreId: string | null;
  createdAt: Date;
  mustChangePassword: boolean;
}

export async function insertUser(q: Sql, u: NewUser): Promise<void> {
  await q.execute(
    `INSERT INTO users (id, username, display_name, role, password_hash, employer_id, district_code, centre_id, created_at, must_change_password)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      u.id,
      u.username,
      u.displayName,
      u.role,
      u.passwordHash,
      u.employerId,
      u.districtCode,
      u.centreId,
      u.createdAt,
      u.mustChangePassword,
    ],
  );
}

export async function usernameTaken(q: Sql, username: string): Promise<boolean> {
  return (await q.maybeOne('SELECT 1 AS x FROM users WHERE username = $1', [username])) !== undefined;
}

export function findCentre(q: Sql, id: string) {
  return q.maybeOne<{ id: string; kind: 'community' | 'talent'; district_code: string }>(
    'SELECT id, kind, district_code FROM service_centres WHERE id = $1',
    [id],
  );
}

export function findTalentCentre(q: Sql, districtCode: string) {
  return q.maybeOne<{ id: string }>("SELECT id FROM service_centres WHERE district_code = $1 AND kind = 'talent'", [
    districtCode,
  ]);
}
