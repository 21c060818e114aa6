import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../src/security/password.ts';
import { adminOnly, signedIn, USERNAME, type Ctx, type Rule } from './types.ts';

// scrypt is slow on purpose: hash the matrix's one known password once.
let knownHash: Promise<string> | undefined;
const oldPasswordHash = () => (knownHash ??= hashPassword('Matrix#Old1'));
let demoHash: Promise<string> | undefined;
const demoPasswordHash = () => (demoHash ??= hashPassword('Demo@2026'));
/** The demo account whose password the previous change-password call changed: it gets the demo password back. */
let changedLast: string | undefined;

/** A throwaway consultant account for each call, so that disabling or resetting one changes no demo account. */
async function throwaway(ctx: Ctx, disabled = false): Promise<string> {
  const id = randomUUID();
  await ctx.h.db.execute(
    'INSERT INTO users (id, username, display_name, role, password_hash, created_at, disabled_at) VALUES ($1, $2, $3, $4, $5, now(), $6)',
    [id, `matrix.${id.slice(0, 8)}`, '矩阵测试', 'consultant', await oldPasswordHash(), disabled ? new Date() : null],
  );
  return id;
}

export const ACCOUNT_RULES: Record<string, Rule> = {
  'POST /api/v1/users/:id/disable': {
    row: adminOnly,
    build: async (c) => ({ url: `/api/v1/users/${await throwaway(c)}/disable`, body: { reason: '离职' } }),
  },
  'POST /api/v1/users/:id/enable': {
    row: adminOnly,
    build: async (c) => ({ url: `/api/v1/users/${await throwaway(c, true)}/enable` }),
  },
  'POST /api/v1/users/:id/unlock': {
    row: adminOnly,
    build: async (c) => ({ url: `/api/v1/users/${await throwaway(c)}/unlock` }),
  },
  'POST /api/v1/users/:id/reset-password': {
    row: adminOnly,
    build: async (c) => ({
      url: `/api/v1/users/${await throwaway(c)}/reset-password`,
      body: { password: 'Reset#2026b' },
    }),
  },
  'PATCH /api/v1/users/:id/role': {
    row: adminOnly,
    build: async (c) => ({
      url: `/api/v1/users/${await throwaway(c)}/role`,
      body: { role: 'reviewer', district: '310104' },
    }),
  },
  /** Every signed-in user changes their own password; the caller's password is set to a known one first and changed back to the demo one. */
  'POST /api/v1/auth/change-password': {
    row: signedIn,
    build: async (c, _t, who) => {
      // The new password must pass the policy, so it cannot be the (published, weak) demo one: restore that one on the next call.
      if (changedLast)
        await c.h.db.execute('UPDATE users SET password_hash = $2 WHERE username = $1', [
          changedLast,
          await demoPasswordHash(),
        ]);
      changedLast = undefined;
      if (who !== 'anonymous') {
        await c.h.db.execute('UPDATE users SET password_hash = $2 WHERE username = $1', [
          USERNAME[who],
          await oldPasswordHash(),
        ]);
        changedLast = USERNAME[who];
      }
      return {
        url: '/api/v1/auth/change-password',
        body: { currentPassword: 'Matrix#Old1', newPassword: 'Lujiazui@Ferry-26' },
      };
    },
  },
};
