import type { Sql } from '../../adapters/db/sql.ts';

export interface PaperRow {
  id: string;
  signed_on: string;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
  scan_filename: string;
  scan_content_type: string;
  scan_bytes: number;
  scan_sha256: string;
}

export interface NewPaperConfirmation {
  id: string;
  applicationId: string;
  holderId: string;
  signedOn: string;
  recordedBy: string;
  at: Date;
  filename: string;
  contentType: string;
  bytes: number;
  sha256: string;
  scanEnc: string;
}

export async function insertPaperConfirmation(q: Sql, p: NewPaperConfirmation): Promise<void> {
  await q.execute(
    `INSERT INTO paper_confirmations (id, application_id, holder_id, signed_on, recorded_by, recorded_at, scan_filename, scan_content_type, scan_bytes, scan_sha256, scan_enc)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      p.id,
      p.applicationId,
      p.holderId,
      p.signedOn,
      p.recordedBy,
      p.at,
      p.filename,
      p.contentType,
      p.bytes,
      p.sha256,
      p.scanEnc,
    ],
  );
}

const COLUMNS = `p.id, to_char(p.signed_on, 'YYYY-MM-DD') AS signed_on, p.recorded_by, u.display_name AS recorded_by_name, p.recorded_at,
  p.scan_filename, p.scan_content_type, p.scan_bytes, p.scan_sha256`;

/** The latest paper confirmation of an application (a reopened draft may be confirmed on paper again). */
export function latestPaperConfirmation(q: Sql, applicationId: string) {
  return q.maybeOne<PaperRow>(
    `SELECT ${COLUMNS} FROM paper_confirmations p JOIN users u ON u.id = p.recorded_by
     WHERE p.application_id = $1 ORDER BY p.recorded_at DESC, p.id LIMIT 1`,
    [applicationId],
  );
}

export function paperScan(q: Sql, id: string) {
  return q.one<{ scan_enc: string }>('SELECT scan_enc FROM paper_confirmations WHERE id = $1', [id]);
}

/** The holder's open activation invitation (holder-activation's table), for the next step on the draft. */
export function openInviteOf(q: Sql, holderId: string, now: Date) {
  return q.maybeOne<{ expires_at: Date; mobile_masked: string | null }>(
    `SELECT i.expires_at, o.recipient_mobile_masked AS mobile_masked
     FROM holder_activation_invites i
     LEFT JOIN outbox o ON o.template = 'activation_invite' AND o.params->>'inviteId' = i.id::text
     WHERE i.holder_id = $1 AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $2
     ORDER BY i.created_at DESC LIMIT 1`,
    [holderId, now],
  );
}
