import type { ChangeRoleRequest, DisableUserRequest, ResetPasswordRequest, UserRecord } from '@jifen/contracts';
import { type LocalizedText, msg } from '@jifen/messages';
import type { Sql } from '../../adapters/db/sql.ts';
import type { ModuleDeps } from '../../deps.ts';
import { denied, fail } from '../../errors.ts';
import { hashPassword } from '../../security/password.ts';
import { assertStrongPassword } from '../../security/password-policy.ts';
import type { Actor } from '../../access.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { lockAccount, setDisabled, setPassword, setRoleAndScope } from './account-lifecycle.repository.ts';
import { findUserRow } from './users.repository.ts';
import { revokeUserSessions } from '../auth/auth.service.ts';
import { clearLock } from '../auth/login-throttle.ts';
import { staffScope, toRecord } from './users.service.ts';

type Account = NonNullable<Awaited<ReturnType<typeof lockAccount>>>;

const notSelf = (message: LocalizedText) => fail('USER.SELF', message);

/**
 * One change to an account, in one transaction with its audit entry; the
 * session cache is cleared afterwards so that a disabled or demoted account
 * loses its access at once (docs/adr/0005-session-cache.md).
 */
async function change(
  deps: ModuleDeps,
  userId: string,
  work: (q: Sql, account: Account) => Promise<void>,
): Promise<UserRecord> {
  await deps.db.tx(async (q) => {
    const account = await lockAccount(q, userId);
    if (!account) throw denied.notFound(msg('nouns.user'));
    await work(q, account);
  });
  await deps.sessionCache.clear();
  const row = await findUserRow(deps.db, userId, deps.clock.now());
  if (!row) throw denied.notFound(msg('nouns.user'));
  return toRecord(row);
}

export function disableUser(
  deps: ModuleDeps,
  actor: Actor,
  userId: string,
  body: DisableUserRequest,
): Promise<UserRecord> {
  if (userId === actor.id) throw notSelf(msg('users.self.disable'));
  return change(deps, userId, async (q, account) => {
    if (account.disabled_at) throw fail('USER.CONFLICT', msg('users.alreadyDisabled'));
    const now = deps.clock.now();
    await setDisabled(q, userId, now);
    const revoked = await revokeUserSessions(q, userId, now);
    await appendAudit(q, deps.clock, actor, {
      action: 'user.disable',
      subjectType: 'user',
      subjectId: userId,
      after: { revokedSessions: revoked },
      reason: body.reason,
    });
  });
}

export function enableUser(deps: ModuleDeps, actor: Actor, userId: string): Promise<UserRecord> {
  return change(deps, userId, async (q, account) => {
    if (!account.disabled_at) throw fail('USER.CONFLICT', msg('users.notDisabled'));
    await setDisabled(q, userId, null);
    await appendAudit(q, deps.clock, actor, {
      action: 'user.enable',
      subjectType: 'user',
      subjectId: userId,
      before: { disabledAt: account.disabled_at.toISOString() },
    });
  });
}

export function unlockUser(deps: ModuleDeps, actor: Actor, userId: string): Promise<UserRecord> {
  return change(deps, userId, async (q, account) => {
    await clearLock(q, userId);
    await appendAudit(q, deps.clock, actor, {
      action: 'user.unlock',
      subjectType: 'user',
      subjectId: userId,
      before: { lockedUntil: account.locked_until ? new Date(account.locked_until).toISOString() : null },
    });
  });
}

/** A new password the administrator hands over: sessions end, the lock is cleared, and the user must change it at the next sign-in. */
export function resetPassword(
  deps: ModuleDeps,
  actor: Actor,
  userId: string,
  body: ResetPasswordRequest,
): Promise<UserRecord> {
  if (userId === actor.id) throw notSelf(msg('users.self.password'));
  return change(deps, userId, async (q, account) => {
    assertStrongPassword(body.password, account.username, 'password');
    await setPassword(q, userId, await hashPassword(body.password), true);
    await clearLock(q, userId);
    const revoked = await revokeUserSessions(q, userId, deps.clock.now());
    await appendAudit(q, deps.clock, actor, {
      action: 'user.password_reset',
      subjectType: 'user',
      subjectId: userId,
      after: { mustChangePassword: true, revokedSessions: revoked },
    });
  });
}

/** A staff account's role and scope; its sessions end so that the new scope applies from the next sign-in. */
export function changeRole(
  deps: ModuleDeps,
  actor: Actor,
  userId: string,
  body: ChangeRoleRequest,
): Promise<UserRecord> {
  if (userId === actor.id) throw notSelf(msg('users.self.role'));
  return change(deps, userId, async (q, account) => {
    if (account.role === 'holder' || account.role === 'hr') {
      throw fail('USER.ROLE_FIXED', msg('users.roleFixed'));
    }
    const scope = await staffScope(q, body);
    await setRoleAndScope(q, userId, body.role, scope.districtCode, scope.centreId);
    const revoked = await revokeUserSessions(q, userId, deps.clock.now());
    await appendAudit(q, deps.clock, actor, {
      action: 'user.role_change',
      subjectType: 'user',
      subjectId: userId,
      before: { role: account.role, districtCode: account.district_code, centreId: account.centre_id },
      after: { role: body.role, ...scope, revokedSessions: revoked },
    });
  });
}
