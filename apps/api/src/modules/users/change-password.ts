import type { ChangePasswordRequest } from '@jifen/contracts';
import { msg } from '@jifen/messages';
import type { AuthContext, AuthUser } from '../../access.ts';
import { fail } from '../../errors.ts';
import { hashPassword, verifyPassword } from '../../security/password.ts';
import type { PiiCipher } from '../../security/pii.ts';
import { holderDetailsForPasswordCheck } from '../holders/holders.service.ts';
import { assertStrongPassword } from '../../security/password-policy.ts';
import { appendAudit } from '../audit/audit.service.ts';
import {
  countFailedPassword,
  findAuthUser,
  locked,
  revokeOtherSessions,
  toAuthUser,
  type AuthDeps,
} from '../auth/auth.service.ts';
import { clearFailures, throttleState } from '../auth/login-throttle.ts';
import { setPassword } from './account-lifecycle.repository.ts';

/**
 * The user's own password change: the current password first, then the new
 * one is stored, the "must change" mark cleared, and every other session of
 * the account ended (someone who knew the old password is signed out).
 */
export async function changePassword(
  deps: AuthDeps & { pii?: PiiCipher },
  auth: AuthContext,
  body: ChangePasswordRequest,
  requestId: string,
  source: string,
): Promise<AuthUser> {
  // A wrong current password is a guess like a failed sign-in: it counts
  // toward the same lockout of (name, source), so a borrowed session cannot
  // be used to try passwords without limit (issue 18 items 3 and 9).
  const username = auth.user.username.trim().toLowerCase();
  const state = await throttleState(deps.db, username, source, deps.clock.now());
  if (state.kind === 'locked') throw locked(state.until);
  const row = await deps.db.maybeOne<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [
    auth.user.id,
  ]);
  if (!row || !(await verifyPassword(body.currentPassword, row.password_hash))) {
    const lockedUntil = await countFailedPassword(deps, username, source, auth.user.id);
    if (lockedUntil) throw locked(lockedUntil);
    const message = msg('users.currentPasswordWrong');
    throw fail('AUTH.WRONG_PASSWORD', message, [{ path: 'currentPassword', message }]);
  }
  // The same policy as every other password a person sets (issue #11 item 8, docs/adr/0011).
  // The holder's own resident ID and birth date are known to anyone who knows them: not a password (issue 18 item 9).
  const holder = deps.pii
    ? await holderDetailsForPasswordCheck(deps.db, { pii: deps.pii }, { userId: auth.user.id })
    : null;
  assertStrongPassword(body.newPassword, auth.user.username, 'newPassword', {
    displayName: auth.user.displayName,
    ...holder,
  });
  const hash = await hashPassword(body.newPassword);
  await deps.db.tx(async (q) => {
    await setPassword(q, auth.user.id, hash, false);
    await clearFailures(q, username, source);
    const ended = await revokeOtherSessions(q, auth.user.id, auth.sessionHash, deps.clock.now());
    await appendAudit(
      q,
      deps.clock,
      { id: auth.user.id, role: auth.user.role, requestId },
      {
        action: 'auth.password_change',
        subjectType: 'user',
        subjectId: auth.user.id,
        after: { wasRequired: auth.user.mustChangePassword, otherSessionsEnded: ended },
      },
    );
  });
  await deps.sessionCache.clear();
  const user = await findAuthUser(deps.db, auth.user.id);
  if (!user) throw new Error('user vanished during a password change');
  return toAuthUser(user);
}
