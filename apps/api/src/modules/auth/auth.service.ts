import { createHash, randomBytes } from 'node:crypto';
import type { LoginRequest } from '@jifen/contracts';
import type { AuthContext, AuthUser } from '../../access.ts';
import type { Db } from '../../adapters/db/sql.ts';
import type { Clock } from '../../clock.ts';
import { fail, text } from '../../errors.ts';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../../security/password.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { SessionCache } from './session-cache.ts';
import {
  findCredentials,
  findAuthUser,
  findSession,
  insertSession,
  revokeSession,
  saveFailures,
  toAuthUser,
  touchSession,
} from './auth.repository.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
/** A session ends after this long whatever its activity. */
export const SESSION_MAX_HOURS = 12;
/** last_seen_at is written at most this often, so reads stay reads. */
const TOUCH_EVERY_MS = 60_000;

export interface AuthDeps {
  db: Db;
  clock: Clock;
  sessionIdleMinutes: number;
  sessionCache: SessionCache;
}

export const hashSessionId = (raw: string) => createHash('sha256').update(raw).digest('hex');

const invalidCredentials = () =>
  fail('AUTH.INVALID_CREDENTIALS', text('用户名或密码错误', 'Wrong username or password'));

const accountDisabled = () =>
  fail('AUTH.DISABLED', text('该账号已被管理员停用，请联系系统管理员', 'This account was disabled by an administrator; contact the administrator'));

function locked(until: Date) {
  const shanghai = until.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  return fail(
    'AUTH.LOCKED',
    text(
      `登录失败次数过多，账户已锁定至 ${shanghai}（北京时间）`,
      `Too many failed sign-ins; the account is locked until ${until.toISOString()}`,
    ),
    [{ path: 'lockedUntil', message: text(until.toISOString(), until.toISOString()) }],
  );
}

/**
 * Checks the password (scrypt, timing-safe), counts failures and locks the
 * account for 15 minutes after the 5th; on success opens a server-side
 * session and returns its raw id (only its hash is stored).
 */
export async function login(
  deps: AuthDeps,
  input: LoginRequest,
  requestId: string,
): Promise<{ sessionId: string; user: AuthUser }> {
  const now = deps.clock.now();
  const cred = await findCredentials(deps.db, input.username.trim().toLowerCase());
  if (!cred) {
    await verifyPassword(input.password, DUMMY_PASSWORD_HASH);
    throw invalidCredentials();
  }
  if (cred.locked_until && cred.locked_until > now) throw locked(cred.locked_until);
  const good = await verifyPassword(input.password, cred.password_hash);
  // Only after the right password: a disabled account is not revealed to someone guessing.
  if (good && cred.disabled_at) throw accountDisabled();
  if (!good) {
    const failures = (cred.locked_until ? 0 : cred.failed_logins) + 1;
    if (failures >= MAX_FAILED_LOGINS) {
      const until = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
      await deps.db.tx(async (q) => {
        await saveFailures(q, cred.id, 0, until);
        await appendAudit(q, deps.clock, null, {
          action: 'auth.locked',
          subjectType: 'user',
          subjectId: cred.id,
          after: { lockedUntil: until.toISOString(), failedLogins: failures },
        });
      });
      throw locked(until);
    }
    await saveFailures(deps.db, cred.id, failures, cred.locked_until);
    throw invalidCredentials();
  }
  const sessionId = randomBytes(32).toString('base64url');
  await deps.db.tx(async (q) => {
    await saveFailures(q, cred.id, 0, null);
    await insertSession(q, hashSessionId(sessionId), cred.id, now);
    await appendAudit(q, deps.clock, { id: cred.id, role: cred.role, requestId }, {
      action: 'auth.login',
      subjectType: 'user',
      subjectId: cred.id,
    });
  });
  const row = await findAuthUser(deps.db, cred.id);
  if (!row) throw new Error('user vanished during login');
  return { sessionId, user: toAuthUser(row) };
}

/** The session behind a cookie value, or null when unknown, revoked, idle too long or too old. */
export async function resolveSession(deps: AuthDeps, rawSessionId: string): Promise<AuthContext | null> {
  const idHash = hashSessionId(rawSessionId);
  return cachedSession(deps, idHash) ?? resolveSessionHash(deps, idHash);
}

/**
 * The session from the in-process cache (docs/adr/0005-session-cache.md), or
 * undefined when it must be read from the database. Synchronous, so that the
 * auth hook answers a cached session without a promise.
 */
export function cachedSession(deps: AuthDeps, idHash: string): AuthContext | undefined {
  return deps.sessionCache.get(idHash, deps.clock.now().getTime());
}

/** The database look-up behind `resolveSession`, by the session id's hash. */
export async function resolveSessionHash(deps: AuthDeps, idHash: string): Promise<AuthContext | null> {
  const row = await findSession(deps.db, idHash);
  if (!row || row.revoked_at || row.disabled_at) return null;
  const now = deps.clock.now().getTime();
  const idleFor = now - row.last_seen_at.getTime();
  const age = now - row.created_at.getTime();
  if (idleFor > deps.sessionIdleMinutes * 60_000 || age > SESSION_MAX_HOURS * 3_600_000) {
    await revokeSession(deps.db, idHash, deps.clock.now());
    return null;
  }
  if (idleFor > TOUCH_EVERY_MS) await touchSession(deps.db, idHash, deps.clock.now());
  const auth = { user: toAuthUser(row), sessionHash: idHash };
  deps.sessionCache.set(idHash, auth, now);
  return auth;
}

export async function logout(deps: AuthDeps, auth: AuthContext, requestId: string): Promise<void> {
  await deps.db.tx(async (q) => {
    await revokeSession(q, auth.sessionHash, deps.clock.now());
    await appendAudit(q, deps.clock, { id: auth.user.id, role: auth.user.role, requestId }, {
      action: 'auth.logout',
      subjectType: 'user',
      subjectId: auth.user.id,
    });
  });
  deps.sessionCache.clear();
}
