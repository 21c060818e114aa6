import { isIP } from 'node:net';
import type { Sql } from '../../adapters/db/sql.ts';

/**
 * Sign-in throttling per account name AND source (docs/adr/0011): a run of
 * MAX_FAILED_LOGINS failures locks that name for that source only; each
 * lockout of a streak lasts twice as long as the one before. Names are
 * counted whether or not an account has them, so a locked answer never tells
 * a caller that a username exists.
 */
export const MAX_FAILED_LOGINS = 5;
export const FIRST_LOCKOUT_MINUTES = 15;
export const MAX_LOCKOUT_MINUTES = 24 * 60;
/** A streak of lockouts is forgotten this long after its last failure or lockout ended. */
export const STREAK_RESET_MINUTES = 24 * 60;
/**
 * Password spraying: a source failing on more than this many different names
 * inside SPRAY_WINDOW_MINUTES is slowed down, never refused: each of its
 * sign-ins waits SPRAY_DELAY_MS before the password is checked, and a right
 * password still signs in (issue 18 item 3: junk names typed at an office
 * address must not lock out the colleagues behind it). Guessing stays bounded
 * by the per-name lockout and the per-name sign-in rate limit.
 */
export const SPRAY_MAX_NAMES = 20;
export const SPRAY_WINDOW_MINUTES = 15;
export const SPRAY_DELAY_MS = 2000;

const MINUTE = 60_000;

/** The lockout of the n-th run of failures in a streak (1-based): 15, 30, 60 … minutes, at most a day. */
export function lockoutMinutes(lockoutNumber: number): number {
  return Math.min(FIRST_LOCKOUT_MINUTES * 2 ** Math.max(0, lockoutNumber - 1), MAX_LOCKOUT_MINUTES);
}

/**
 * The source a request counts against: its IP, an IPv4-mapped IPv6 address as
 * IPv4, and other IPv6 addresses by their /64 (one subscriber's usual share).
 */
export function sourceOf(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (isIP(ip) !== 6) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

interface ThrottleRow {
  failures: number;
  lockouts: number;
  locked_until: Date | null;
  last_failure_at: Date;
}

export type ThrottleState = { kind: 'open' } | { kind: 'locked'; until: Date } | { kind: 'spraying' };

/** Whether `username` may be tried from `source` now, and whether the source is slowed (checked before the password, so a lock costs no scrypt). */
export async function throttleState(db: Sql, username: string, source: string, now: Date): Promise<ThrottleState> {
  const row = await db.maybeOne<{ locked_until: Date | null; recent_names: number }>(
    `SELECT (SELECT locked_until FROM login_throttle WHERE username = $1 AND source = $2) AS locked_until,
            (SELECT count(*)::int FROM login_throttle WHERE source = $2 AND last_failure_at > $3) AS recent_names`,
    [username, source, new Date(now.getTime() - SPRAY_WINDOW_MINUTES * MINUTE)],
  );
  if (row?.locked_until && row.locked_until > now) return { kind: 'locked', until: row.locked_until };
  if ((row?.recent_names ?? 0) >= SPRAY_MAX_NAMES) return { kind: 'spraying' };
  return { kind: 'open' };
}

/** The next state of a (name, source) pair after one more failure at `now`. */
export function afterFailure(row: ThrottleRow | undefined, now: Date): ThrottleRow & { lockedNow: boolean } {
  const nowMs = now.getTime();
  let failures = row?.failures ?? 0;
  let lockouts = row?.lockouts ?? 0;
  const lastActivity = Math.max(row?.last_failure_at.getTime() ?? 0, row?.locked_until?.getTime() ?? 0);
  if (nowMs - lastActivity > STREAK_RESET_MINUTES * MINUTE) {
    failures = 0;
    lockouts = 0;
  } else if (row?.locked_until && row.locked_until.getTime() <= nowMs) {
    // The previous lockout is over: a new run of failures starts (the streak goes on).
    failures = 0;
  }
  failures += 1;
  if (failures >= MAX_FAILED_LOGINS) {
    lockouts += 1;
    return {
      failures: 0,
      lockouts,
      locked_until: new Date(nowMs + lockoutMinutes(lockouts) * MINUTE),
      last_failure_at: now,
      lockedNow: true,
    };
  }
  const stillLocked = row?.locked_until && row.locked_until.getTime() > nowMs ? row.locked_until : null;
  return { failures, lockouts, locked_until: stillLocked, last_failure_at: now, lockedNow: false };
}

/**
 * Counts one failure for (name, source) inside the caller's transaction; the
 * row is locked first so that parallel failures all count.
 */
export async function recordFailure(
  q: Sql,
  username: string,
  source: string,
  now: Date,
): Promise<{ lockedUntil: Date | null; lockouts: number }> {
  await q.execute(
    `INSERT INTO login_throttle (username, source, last_failure_at) VALUES ($1, $2, $3)
     ON CONFLICT (username, source) DO NOTHING`,
    [username, source, now],
  );
  // A row just inserted (0 failures, last failure now) steps like no row at all.
  const row = await q.one<ThrottleRow>(
    'SELECT failures, lockouts, locked_until, last_failure_at FROM login_throttle WHERE username = $1 AND source = $2 FOR UPDATE',
    [username, source],
  );
  const next = afterFailure(row, now);
  await q.execute(
    `UPDATE login_throttle SET failures = $3, lockouts = $4, locked_until = $5, last_failure_at = $6
     WHERE username = $1 AND source = $2`,
    [username, source, next.failures, next.lockouts, next.locked_until, next.last_failure_at],
  );
  return { lockedUntil: next.lockedNow ? next.locked_until : null, lockouts: next.lockouts };
}

/** A successful sign-in from a source forgets that source's failures for the name. */
export async function clearFailures(q: Sql, username: string, source: string): Promise<void> {
  await q.execute('DELETE FROM login_throttle WHERE username = $1 AND source = $2', [username, source]);
}

/** Rows nobody needs any more (no lock in force and the streak forgotten), so junk names do not pile up. */
export async function pruneThrottle(q: Sql, now: Date): Promise<number> {
  return q.execute(
    `DELETE FROM login_throttle
     WHERE last_failure_at < $1 AND (locked_until IS NULL OR locked_until < $1)`,
    [new Date(now.getTime() - STREAK_RESET_MINUTES * MINUTE)],
  );
}

/** Sign-in lockouts are kept per name and source (login_throttle, migration 006): unlocking forgets them for every source. */
export async function clearLock(q: Sql, id: string): Promise<void> {
  await q.execute('DELETE FROM login_throttle WHERE username = (SELECT username FROM users WHERE id = $1)', [id]);
}
