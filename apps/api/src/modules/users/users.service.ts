import { randomUUID } from 'node:crypto';
import type { CreateUserRequest, Role, UserRecord } from '@jifen/contracts';
import type { Sql } from '../../adapters/db/sql.ts';
import type { ModuleDeps } from '../../deps.ts';
import { denied, fail, text } from '../../errors.ts';
import { hashPassword } from '../../security/password.ts';
import { appendAudit, type Actor } from '../audit/audit.service.ts';
import {
  findCentre,
  findTalentCentre,
  findUserRow,
  insertUser,
  listUserRows,
  revokeUserSessions,
  usernameTaken,
  type UserListRow,
} from './users.repository.ts';

export const toRecord = (r: UserListRow): UserRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  employer: r.employer_id && r.employer_name ? { id: r.employer_id, name: r.employer_name } : null,
  district: r.district_code && r.district_name ? { code: r.district_code, name: r.district_name } : null,
  centre: r.centre_id && r.centre_name ? { id: r.centre_id, name: r.centre_name } : null,
  lockedUntil: r.locked_until ? r.locked_until.toISOString() : null,
  disabledAt: r.disabled_at ? r.disabled_at.toISOString() : null,
  mustChangePassword: r.must_change_password,
  createdAt: r.created_at.toISOString(),
  activeSessions: r.active_sessions,
});

export async function listUsers(deps: ModuleDeps, role: Role | undefined): Promise<UserRecord[]> {
  return (await listUserRows(deps.db, role)).map(toRecord);
}

const usernameConflict = () => fail('USER.CONFLICT', text('用户名已被使用', 'The username is already taken'), [
  { path: 'username', message: text('用户名已被使用', 'The username is already taken') },
]);

export interface AccountInput {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  employerId?: string | null;
  districtCode?: string | null;
  centreId?: string | null;
  /** The password was set by someone else (an administrator, HR): the user must change it at the first sign-in. */
  mustChangePassword?: boolean;
}

/** Creates an account inside the caller's transaction (used by staff creation and employer registration). */
export async function createAccount(q: Sql, deps: Pick<ModuleDeps, 'clock'>, input: AccountInput): Promise<string> {
  if (await usernameTaken(q, input.username)) throw usernameConflict();
  const id = randomUUID();
  await insertUser(q, {
    id,
    username: input.username,
    displayName: input.displayName,
    role: input.role,
    passwordHash: await hashPassword(input.password),
    employerId: input.employerId ?? null,
    districtCode: input.districtCode ?? null,
    centreId: input.centreId ?? null,
    createdAt: deps.clock.now(),
    mustChangePassword: input.mustChangePassword ?? false,
  });
  return id;
}

const badScope = (path: string, zh: string, en: string) => fail('VALIDATION.SCOPE', text(zh, en), [{ path, message: text(zh, en) }]);

/** Scope a staff role carries: a clerk's community centre, a reviewer's district and talent centre. */
export async function staffScope(q: Sql, input: Pick<CreateUserRequest, 'role' | 'district' | 'centreId'>) {
  if (input.role === 'clerk') {
    const centre = input.centreId ? await findCentre(q, input.centreId) : undefined;
    if (!centre || centre.kind !== 'community') {
      throw badScope('centreId', '请选择经办人所在的社区事务受理服务中心', "Choose the clerk's community affairs acceptance centre");
    }
    return { districtCode: centre.district_code, centreId: centre.id };
  }
  if (input.role === 'reviewer') {
    const talent = input.district ? await findTalentCentre(q, input.district) : undefined;
    if (!input.district || !talent) throw badScope('district', '请选择审核人员所在的区', "Choose the reviewer's district");
    return { districtCode: input.district, centreId: talent.id };
  }
  if (input.district || input.centreId) {
    throw badScope('role', '该角色不限定区或中心', 'This role takes no district or centre');
  }
  return { districtCode: null, centreId: null };
}

export async function createStaffUser(deps: ModuleDeps, actor: Actor, input: CreateUserRequest): Promise<UserRecord> {
  const id = await deps.db.tx(async (q) => {
    const scope = await staffScope(q, input);
    const userId = await createAccount(q, deps, { ...input, ...scope, mustChangePassword: true });
    await appendAudit(q, deps.clock, actor, {
      action: 'user.create',
      subjectType: 'user',
      subjectId: userId,
      after: { username: input.username, role: input.role, ...scope },
    });
    return userId;
  });
  const row = await findUserRow(deps.db, id);
  if (!row) throw new Error('created user not found');
  return toRecord(row);
}

export async function revokeSessions(deps: ModuleDeps, actor: Actor, userId: string): Promise<number> {
  const revoked = await deps.db.tx(async (q) => {
    if (!(await findUserRow(q, userId))) throw denied.notFound(text('用户', 'user'));
    const revoked = await revokeUserSessions(q, userId, deps.clock.now());
    await appendAudit(q, deps.clock, actor, {
      action: 'user.sessions_revoke',
      subjectType: 'user',
      subjectId: userId,
      after: { revoked },
    });
    return revoked;
  });
  deps.sessionCache.clear();
  return revoked;
}
