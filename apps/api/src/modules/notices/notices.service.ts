import type { NoticeRevocationRequest, NoticeVerification } from '@jifen/contracts';
import type { AuthUser, Actor } from '../../access.ts';
import { msg } from '@jifen/messages';
import type { Sql } from '../../adapters/db/sql.ts';
import type { Clock } from '../../clock.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { fail } from '../../errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { verifyNoticeCode } from './notice-code.ts';
import { noticeKeysOf } from './notice-key.ts';
import {
  findNoticeApplication,
  findNoticeStatus,
  recordNoticePrint,
  revokeNoticeRow,
  type RevocationReason,
} from './notices.repository.ts';

/**
 * The number notices carried before migration 027, derived from the
 * application id: "JF" and its first 16 hex digits, upper case. Codes printed
 * then still carry it; the verification page finds their notice by it.
 */
export function legacyNoticeNumber(applicationId: string): string {
  return `JF${applicationId.replace(/-/g, '').slice(0, 16).toUpperCase()}`;
}

/**
 * Records a notice on its first print (later prints change nothing): its
 * number (JFTZ2026-000123, given on the first print or revocation) and
 * whether it has been revoked.
 */
export async function recordNoticePrinted(
  q: Sql,
  n: { applicationId: string; issuedOn: string; at: Date },
): Promise<{ noticeNo: string; revoked: boolean }> {
  const row = await recordNoticePrint(q, n);
  return { noticeNo: row.notice_no, revoked: row.revoked };
}

/**
 * The public verification (no login). The signature is checked first with
 * the public key alone: an altered or forged code is refused without any
 * database look-up. Only a code that verifies is looked up, by its notice
 * number, for a revocation; what the page shows comes from the signed code
 * (masked already: surname, masked ID, total, valid-until, centre).
 */
export async function verifyNotice(
  deps: Pick<ModuleDeps, 'db' | 'clock' | 'noticeKeys'>,
  code: string,
): Promise<NoticeVerification> {
  const checked = verifyNoticeCode(code, noticeKeysOf(deps).verifyKeys);
  if (!checked.ok) return { status: 'forged' };
  const c = checked.claims;
  const notice = {
    noticeNo: c.n,
    surname: c.s,
    residentIdMasked: c.i,
    total: c.t,
    validUntil: c.u,
    issuedOn: c.d,
    centreName: c.c,
  };
  const row = await findNoticeStatus(deps.db, c.n);
  if (row?.revoked_at) {
    return {
      status: 'revoked',
      notice,
      revokedOn: shanghaiDate(row.revoked_at),
      revokedReason: row.revoked_reason ?? 'correction',
    };
  }
  if (row?.superseded_on) return { status: 'superseded', notice, supersededOn: row.superseded_on };
  // L-1: the points end with the permit; the day itself is still valid.
  if (c.u !== null && c.u < shanghaiDate(deps.clock.now())) return { status: 'expired', notice };
  return { status: 'valid', notice };
}

/**
 * Revokes an application's points notice in the caller's transaction, for
 * other modules to call when the points are cleared, a false-material
 * finding is recorded (C-5) or a decision is corrected. The public page
 * shows it revoked at once (it reads the row on every check). Audited; an
 * application without an issued notice has nothing to revoke (returns null).
 */
export async function revokeNotice(
  q: Sql,
  clock: Clock,
  actor: Actor | null,
  r: { applicationId: string; reason: RevocationReason; note?: string | null },
): Promise<{ noticeNo: string; changed: boolean } | null> {
  const a = await findNoticeApplication(q, r.applicationId);
  if (!a?.notice_issued_on) return null;
  const at = clock.now();
  const { noticeNo, changed } = await revokeNoticeRow(q, {
    applicationId: a.id,
    issuedOn: a.notice_issued_on,
    reason: r.reason,
    note: r.note ?? null,
    by: actor?.id ?? null,
    at,
  });
  if (changed) {
    await appendAudit(q, clock, actor, {
      action: 'notice.revoked',
      subjectType: 'application',
      subjectId: a.id,
      after: { noticeNo, reason: r.reason },
      reason: r.note ?? null,
    });
  }
  return { noticeNo, changed };
}

const noNotice = () => fail('NOTICE.NOT_ISSUED', msg('notices.noneIssued'), [], { ruleId: 'R-3' });
const notFound = () => fail('APPLICATION.NOT_FOUND', msg('notices.applicationNotVisible'));

/** The API: a reviewer of the application's district (or an administrator) revokes its notice with a reason. */
export async function revokeNoticeFor(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  applicationId: string,
  body: NoticeRevocationRequest,
): Promise<{ noticeNo: string; revoked: true }> {
  return deps.db.tx(async (q) => {
    const a = await findNoticeApplication(q, applicationId);
    if (!a || (user.role === 'reviewer' && a.district_code !== user.district?.code)) throw notFound();
    const result = await revokeNotice(q, deps.clock, actor, { applicationId, reason: body.reason, note: body.note });
    if (!result) throw noNotice();
    return { noticeNo: result.noticeNo, revoked: true as const };
  });
}
