import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LoginRequest } from '@jifen/contracts';
import { msg, sameInBoth } from '@jifen/messages';
import type { AuthContext, AuthUser } from '../../access.ts';
import type { Db } from '../../adapters/db/sql.ts';
import type { Clock } from '../../clock.ts';
import { fail } from '../../errors.ts';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../../security/password.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { SessionCache } from './session-cache.ts';
import {
  findCredentials,
  findAuthUser,
  findSession,
  insertSession,
  revokeSession,
  toAuthUser,
  touchSession,
} from './auth.repository.ts';
import { clearFailures, pruneThrottle, recordFailure, SPRAY_DELAY_MS, throttleState } from './login-throttle.ts';

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

const invalidCredentials = () => fail('AUTH.INVALID_CREDENTIALS', msg('auth.wrongUsernamePassword'));

const accountDisabled = () => fail('AUTH.DISABLED', msg('auth.accountDisabled'));

export function locked(until: Date) {
  const shanghai = until.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  return fail('AUTH.LOCKED', msg('auth.lockedUntil', { until: { zh: shanghai, en: until.toISOString() } }), [
    { path: 'lockedUntil', message: sameInBoth(until.toISOString()) },
  ]);
}

/**
 * Checks the password (scrypt, timing-safe) and opens a server-side session,
 * returning its raw id (only its hash is stored). Failures are counted per
 * account name and source (login-throttle.ts, docs/adr/0011): five in a row
 * lock that name for that source, each lockout twice as long as the last.
 * Unknown names are counted and locked exactly like known ones, so no answer
 * reveals whether a username exists.
 */
export async function login(
  deps: AuthDeps,
  input: LoginRequest,
  requestId: string,
  source: string,
): Promise<{ sessionId: string; user: AuthUser }> {
  const now = deps.clock.now();
  const username = input.username.trim().toLowerCase();
  const state = await throttleState(deps.db, username, source, now);
  if (state.kind === 'locked') throw locked(state.until);
  // Many names failed from this address: slow it down, but still check the password (issue 18 item 3).
  if (state.kind === 'spraying') await sleep(SPRAY_DELAY_MS);
  const cred = await findCredentials(deps.db, username);
  const good = await verifyPassword(input.password, cred?.password_hash ?? DUMMY_PASSWORD_HASH);
  // Only after the right password: a disabled account is not revealed to someone guessing.
  if (cred && good && cred.disabled_at) throw accountDisabled();
  if (!cred || !good) {
    const lockedUntil = await countFailedPassword(deps, username, source, cred?.id ?? null);
    throw lockedUntil ? locked(lockedUntil) : invalidCredentials();
  }
  const sessionId = randomBytes(32).toString('base64url');
  await deps.db.tx(async (q) => {
    await clearFailures(q, username, source);
    await insertSession(q, hashSessionId(sessionId), cred.id, now);
    await appendAudit(
      q,
      deps.clock,
      { id: cred.id, role: cred.role, requestId },
      {
        action: 'auth.login',
        subjectType: 'user',
        subjectId: cred.id,
      },
    );
  });
  const row = await findAuthUser(deps.db, cred.id);
  if (!row) throw new Error('user vanished during login');
  return { sessionId, user: toAuthUser(row) };
}

/**
 * One more wrong password for (name, source), at sign-in or as the current
 * password of a password change (issue 18 item 9): returns the end of the
 * lockout it started, if it did. Only real accounts get an audit entry
 * (typed junk names are not subjects).
 */
export async function countFailedPassword(
  deps: AuthDeps,
  username: string,
  source: string,
  userId: string | null,
): Promise<Date | null> {
  const now = deps.clock.now();
  return deps.db.tx(async (q) => {
    const result = await recordFailure(q, username, source, now);
    if (result.lockedUntil) {
      await pruneThrottle(q, now);
      if (userId) {
        await appendAudit(q, deps.clock, null, {
          action: 'auth.locked',
          subjectType: 'user',
          subjectId: userId,
          after: { lockedUntil: result.lockedUntil.toISOString(), lockouts: result.lockouts, source },
        });
      }
    }
    return result.lockedUntil;
  });
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
    await appendAudit(
      q,
      deps.clock,
      { id: auth.user.id, role: auth.user.role, requestId },
      {
        action: 'auth.logout',
        subjectType: 'user',
        subjectId: auth.user.id,
      },
    );
  });
  await deps.sessionCache.clear();
}

// For the users module (issue 17: auth owns sessions and the sign-in throttle, users owns the accounts).
export { findAuthUser, revokeOtherSessions, revokeUserSessions, toAuthUser } from './auth.repository.ts';
