import type { Sql } from '../../adapters/db/sql.ts';

export interface InviteRow {
  id: string;
  holder_id: string;
  holder_name: string;
  holder_user_id: string | null;
  application_id: string | null;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
}

export interface NewInvite {
  id: string;
  holderId: string;
  applicationId: string | null;
  tokenHash: string;
  invitedBy: string;
  at: Date;
  expiresAt: Date;
}

/** A newer invitation replaces the holder's open ones: only the latest link works. */
export async function insertInvite(q: Sql, i: NewInvite): Promise<void> {
  await q.execute(
    'UPDATE holder_activation_invites SET revoked_at = $2 WHERE holder_id = $1 AND used_at IS NULL AND revoked_at IS NULL',
    [i.holderId, i.at],
  );
  await q.execute(
    `INSERT INTO holder_activation_invites (id, holder_id, application_id, token_hash, invited_by, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [i.id, i.holderId, i.applicationId, i.tokenHash, i.invitedBy, i.at, i.expiresAt],
  );
}

export function findInviteByHash(q: Sql, tokenHash: string, forUpdate = false) {
  return q.maybeOne<InviteRow>(
    `SELECT i.id, i.holder_id, h.name AS holder_name, h.user_id AS holder_user_id, i.application_id, i.created_at, i.expires_at, i.used_at, i.revoked_at
     FROM holder_activation_invites i JOIN holders h ON h.id = i.holder_id WHERE i.token_hash = $1${forUpdate ? ' FOR UPDATE OF i' : ''}`,
    [tokenHash],
  );
}

/** The holder's latest invitation (for "sent, valid until ..." and the resend pause). */
export function latestInvite(q: Sql, holderId: string) {
  return q.maybeOne<{
    created_at: Date;
    expires_at: Date;
    used_at: Date | null;
    revoked_at: Date | null;
    mobile_masked: string | null;
  }>(
    `SELECT i.created_at, i.expires_at, i.used_at, i.revoked_at, o.recipient_mobile_masked AS mobile_masked
     FROM holder_activation_invites i
     LEFT JOIN outbox o ON o.template = 'activation_invite' AND o.params->>'inviteId' = i.id::text
     WHERE i.holder_id = $1 ORDER BY i.created_at DESC LIMIT 1`,
    [holderId],
  );
}

export async function markInviteUsed(q: Sql, id: string, at: Date): Promise<void> {
  await q.execute('UPDATE holder_activation_invites SET used_at = $2 WHERE id = $1', [id, at]);
}

export function findInviteUse(q: Sql, inviteId: string) {
  return q.maybeOne<{ used_at: Date | null }>('SELECT used_at FROM holder_activation_invites WHERE id = $1', [
    inviteId,
  ]);
}
