import { randomInt, randomUUID } from 'node:crypto';
import type { CreateUserRequest, Role, UserRecord } from '@jifen/contracts';
import { type LocalizedText, msg } from '@jifen/messages';
import type { Sql } from '../../adapters/db/sql.ts';
import type { ModuleDeps } from '../../deps.ts';
import { denied, fail } from '../../errors.ts';
import { hashPassword } from '../../security/password.ts';
import { assertStrongPassword, type PersonalDetails } from '../../security/password-policy.ts';
import type { Actor } from '../../access.ts';
import { appendAudit } from '../audit/audit.service.ts';
import {
  findCentre,
  findTalentCentre,
  findUserRow,
  insertUser,
  listUserRows,
  usernameTaken,
  type UserListRow,
} from './users.repository.ts';
import { revokeUserSessions } from '../auth/auth.service.ts';

export const toRecord = (r: UserListRow): UserRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  employer: r.employer_id && r.employer_name ? { id: r.employer_id, name: r.employer_name } : null,
  district: r.district_code && r.district_name ? { code: r.district_code, name: r.district_name } : null,
  centre: r.centre_id && r.centre_name ? { id: r.centre_id, name: r.centre_name } : null,
  // Locked from at least one source (sign-in lockouts are per name and source).
  lockedUntil: r.locked_until ? r.locked_until.toISOString() : null,
  disabledAt: r.disabled_at ? r.disabled_at.toISOString() : null,
  mustChangePassword: r.must_change_password,
  createdAt: r.created_at.toISOString(),
  activeSessions: r.active_sessions,
});

export async function listUsers(deps: ModuleDeps, role: Role | undefined): Promise<UserRecord[]> {
  return (await listUserRows(deps.db, role, deps.clock.now())).map(toRecord);
}

const usernameConflict = () =>
  fail('USER.CONFLICT', msg('users.usernameTaken'), [{ path: 'username', message: msg('users.usernameTaken') }]);

export interface AccountInput {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  employerId?: string | null;
  districtCode?: string | null;
  centreId?: string | null;
  /**
   * Where a weak password is reported (the request's field) and the name it
   * must not contain, when that is not `username` (a registration's requested
   * name, before its random suffix).
   */
  passwordCheck?: { field: string; name?: string };
  /** The password was set by someone else (an administrator, HR): the user must change it at the first sign-in. */
  mustChangePassword?: boolean;
  /** Demo data only: its password is published test data (README), not chosen by a person. */
  trustedSeed?: boolean;
  /** The person's resident ID and birth date, where known: the password must not be built on them (issue 18 item 9). */
  personal?: Pick<PersonalDetails, 'residentId' | 'birthDate'>;
}

/**
 * Creates an account inside the caller's transaction (staff creation, employer
 * and holder registration, demo data): every password set passes the policy
 * (security/password-policy.ts) here, in one place.
 */
export async function createAccount(q: Sql, deps: Pick<ModuleDeps, 'clock'>, input: AccountInput): Promise<string> {
  // The demo seed's published test password is the one exception (docs/adr/0011); every password a person sets is checked.
  if (!input.trustedSeed) {
    assertStrongPassword(
      input.password,
      input.passwordCheck?.name ?? input.username,
      input.passwordCheck?.field ?? 'password',
      {
        displayName: input.displayName,
        ...input.personal,
      },
    );
  }
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

/** Suffix letters without look-alikes (0/o, 1/l/i), so a name read off the screen is typed right. */
const SUFFIX_LETTERS = 'abcdefghjkmnpqrstuvwxyz23456789';
const SUFFIX_LENGTH = 4;
/** Usernames are at most 40 characters (contracts `username`): room for "-" and the suffix. */
const PREFIX_MAX = 40 - 1 - SUFFIX_LENGTH;

/** `requested` with a random suffix: `hr.delta` -> `hr.delta-k7mq`. */
export function suffixedUsername(requested: string): string {
  let suffix = '';
  while (suffix.length < SUFFIX_LENGTH) suffix += SUFFIX_LETTERS[randomInt(SUFFIX_LETTERS.length)];
  return `${requested.slice(0, PREFIX_MAX)}-${suffix}`;
}

/**
 * Anonymous self-registration: the account gets the requested name plus a
 * random suffix, always, so the answer is the same whether or not the
 * requested name is taken and reveals no username (issue 11, docs/adr/0011).
 * A suffix already in use (about one in 900,000) is drawn again.
 */
export async function createAccountWithSuffix(
  q: Sql,
  deps: Pick<ModuleDeps, 'clock'>,
  input: AccountInput & { passwordCheck: { field: string } },
): Promise<{ id: string; username: string }> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const username = suffixedUsername(input.username);
    if (await usernameTaken(q, username)) continue;
    const id = await createAccount(q, deps, {
      ...input,
      username,
      passwordCheck: { field: input.passwordCheck.field, name: input.username },
    });
    return { id, username };
  }
  throw new Error(`no free suffix for ${input.username} after 8 draws`);
}

const badScope = (path: string, message: LocalizedText) => fail('VALIDATION.SCOPE', message, [{ path, message }]);

/** Scope a staff role carries: a clerk's community centre, a reviewer's district and talent centre. */
export async function staffScope(q: Sql, input: Pick<CreateUserRequest, 'role' | 'district' | 'centreId'>) {
  if (input.role === 'clerk') {
    const centre = input.centreId ? await findCentre(q, input.centreId) : undefined;
    if (!centre || centre.kind !== 'community') {
      throw badScope('centreId', msg('users.scope.clerkCentre'));
    }
    return { districtCode: centre.district_code, centreId: centre.id };
  }
  if (input.role === 'reviewer') {
    const talent = input.district ? await findTalentCentre(q, input.district) : undefined;
    if (!input.district || !talent) throw badScope('district', msg('users.scope.reviewerDistrict'));
    return { districtCode: input.district, centreId: talent.id };
  }
  if (input.district || input.centreId) {
    throw badScope('role', msg('users.scope.none'));
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
  const row = await findUserRow(deps.db, id, deps.clock.now());
  if (!row) throw new Error('created user not found');
  return toRecord(row);
}

export async function revokeSessions(deps: ModuleDeps, actor: Actor, userId: string): Promise<number> {
  const revoked = await deps.db.tx(async (q) => {
    if (!(await findUserRow(q, userId, deps.clock.now()))) throw denied.notFound(msg('nouns.user'));
    const revoked = await revokeUserSessions(q, userId, deps.clock.now());
    await appendAudit(q, deps.clock, actor, {
      action: 'user.sessions_revoke',
      subjectType: 'user',
      subjectId: userId,
      after: { revoked },
    });
    return revoked;
  });
  await deps.sessionCache.clear();
  return revoked;
}
