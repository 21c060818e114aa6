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
  return q.maybeOne<{ created_at: Date; expires_at: Date; used_at: Date | null; revoked_at: Date | null; mobile_masked: string | null }>(
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

/**
 * Links the new account to the holder record. Written here rather than
 * through the holders module: that module has no "link an account" use,
 * and this statement only succeeds while the holder still has none.
 */
export async function linkHolderAccount(q: Sql, holderId: string, userId: string): Promise<boolean> {
  return (await q.execute('UPDATE holders SET user_id = $2 WHERE id = $1 AND user_id IS NULL', [holderId, userId])) === 1;
}

export interface InviteSms {
  id: string;
  applicationId: string | null;
  inviteId: string;
  mobileEnc: string;
  mobileMasked: string;
  params: Record<string, string>;
  textZh: string;
  textEn: string;
  secretEnc: string;
  at: Date;
  /** R-2's transfer invitation (issue 17); by default R-3's activation for an application. */
  template?: 'activation_invite' | 'transfer_invite';
  ruleId?: string;
}

/** The activation SMS as a pending outbox row: the worker sends it (the SMS seam), putting the link in. */
export async function insertInviteSms(q: Sql, m: InviteSms): Promise<void> {
  await q.execute(
    `INSERT INTO outbox (id, application_id, event_id, intent_index, channel, rule_id, recipient_user_id, recipient_mobile_enc,
       recipient_mobile_masked, template, params, text_zh, text_en, status, created_at, secret_enc)
     VALUES ($1, $2, NULL, 0, 'sms', $10, NULL, $3, $4, $11, $5, $6, $7, 'pending', $8, $9)`,
    [m.id, m.applicationId, m.mobileEnc, m.mobileMasked, JSON.stringify({ ...m.params, inviteId: m.inviteId }), m.textZh, m.textEn, m.at, m.secretEnc, m.ruleId ?? 'R-3', m.template ?? 'activation_invite'],
  );
}

export function findInviteUse(q: Sql, inviteId: string) {
  return q.maybeOne<{ used_at: Date | null }>('SELECT used_at FROM holder_activation_invites WHERE id = $1', [inviteId]);
}
