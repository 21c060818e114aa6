import { getPolicy } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import { msg } from '@jifen/messages';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError, fail } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { visibleApplication } from '../applications/applications.service.ts';
import type { NoticeContent } from './notice.pdf.ts';
import { findNoticeFacts } from './notice-facts.repository.ts';
import { replayApplication } from '../applications/replay.ts';
import { reviewedTotalDisagreement } from '../applications/reviewed-total.ts';
import { signNoticeCode, surnameOf } from './notice-code.ts';
import { noticeKeysOf } from './notice-key.ts';
import { recordNoticePrinted } from './notices.service.ts';

/** Only a host name with an optional port goes into the QR code; anything else in Host falls back to a relative URL. */
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

/** The public verification page of a signed notice code (/verify/<code>, no login). */
export function verifyUrl(origin: { protocol: string; host: string | undefined }, code: string): string {
  const path = `/verify/${code}`;
  return origin.host && HOST.test(origin.host) ? `${origin.protocol}://${origin.host}${path}` : path;
}

const notApproved = (state: string) =>
  fail('APPLICATION.NOT_APPROVED', msg('notices.notApproved', { state }), [], { ruleId: 'R-3' });

const revokedNotice = (noticeNo: string) =>
  fail('NOTICE.REVOKED', msg('notices.revokedNoPrint', { noticeNo }), [], { ruleId: 'R-3' });

const totalDisagrees = (applicationNo: string, signed: number, decided: number | null) =>
  fail(
    'NOTICE_TOTAL.CONFLICT',
    msg('notices.totalDisagrees', { applicationNo, signed, decided: decided ?? msg('notices.noDecision') }),
    [],
    { ruleId: 'P-3' },
  );

/**
 * Issue 18: a notice signs only the totals that were decided. The reviewed
 * total must be the one the newest audited indicator decision recorded; the
 * claimed total must come out of the submission's replay (P-3) unchanged.
 * An UPDATE by hand of either is refused here, not signed.
 */
async function assertTotalsAsDecided(
  deps: ModuleDeps,
  a: { id: string; number: string; reviewed_total: string | null },
  signed: number,
): Promise<void> {
  const { id, number: applicationNo, reviewed_total: reviewedTotal } = a;
  const reviewed = await reviewedTotalDisagreement(deps.db, id, reviewedTotal);
  if (reviewed) throw totalDisagrees(applicationNo, signed, reviewed.audited);
  const replay = await replayApplication(deps.db, deps.pii, deps.policy.set(), id);
  if (replay && replay.problem !== null && replay.problem !== 'no_input') {
    throw totalDisagrees(applicationNo, signed, (replay.replayed as { total?: number } | null)?.total ?? null);
  }
}

/**
 * step 5: the holder, the employer's HR specialist or the district
 * centre prints the points notice of an approved application. Anyone who may
 * not see the application gets the same 404 as for a missing one. Every
 * print is audited (who printed which notice), in a transaction of its own
 * since printing changes nothing else.
 */
export async function printNotice(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  origin: { protocol: string; host: string | undefined },
): Promise<{ filename: string; pdf: Buffer }> {
  const a = await visibleApplication(deps, user, id);
  // An approved row always has these (the approve transition writes them); a row without them is not printable either.
  if (
    a.state !== 'approved' ||
    a.notice_issued_on === null ||
    a.total === null ||
    a.policy_id === null ||
    a.policy_hash === null
  ) {
    throw notApproved(a.state);
  }
  // The standard score of the version the decision was made under (P-3), not today's.
  const policy = getPolicy(deps.policy.set(), a.policy_id);
  if (!policy.ok) throw new AppError(policy.error);
  const facts = await findNoticeFacts(deps.db, a.id, a.notice_issued_on);
  if (!facts) throw notApproved(a.state);
  // The notice is printed in Chinese; the centre's name is the Chinese one.
  const centreName = facts.centre_name ?? msg('review.receiptCentre.unnamed').zh;
  // Issue #12: the total after the reviewer's indicator decisions, when there were any (R-3 step 3); signed and printed alike.
  const total = Number(a.reviewed_total ?? a.total);
  await assertTotalsAsDecided(deps, a, total);
  // The notice's number is given on its first print (migration 027); a revoked notice is not printed again.
  const { noticeNo, revoked } = await recordNoticePrinted(deps.db, {
    applicationId: a.id,
    issuedOn: a.notice_issued_on,
    at: deps.clock.now(),
  });
  if (revoked) throw revokedNotice(noticeNo);
  const keys = noticeKeysOf(deps);
  // Ed25519 signatures are deterministic: every print of the same notice carries the same code.
  const code = signNoticeCode(
    {
      v: 1,
      k: keys.keyId,
      n: noticeNo,
      s: surnameOf(a.holder_name),
      i: facts.resident_id_masked,
      t: total,
      u: facts.permit_expires_on,
      c: centreName,
      d: a.notice_issued_on,
    },
    keys.privateKey,
  );
  const content: NoticeContent = {
    noticeNo,
    holderName: a.holder_name,
    residentIdMasked: facts.resident_id_masked,
    employerName: a.employer_name,
    total,
    standardScore: policy.value.params.points.standardScore,
    policyName: policy.value.name.zh,
    issuedOn: a.notice_issued_on,
    validUntil: facts.permit_expires_on,
    centreName,
    verifyUrl: verifyUrl(origin, code),
    printedOn: shanghaiDate(deps.clock.now()),
  };
  // pdfkit, fontkit, qrcode and the fonts load with the first print, not with the server (issue 20: idle memory).
  const { renderNoticePdf } = await import('./notice.pdf.ts');
  const pdf = await renderNoticePdf(content);
  await recordAudit(deps.db, deps.clock, actor, {
    action: 'application.notice_printed',
    subjectType: 'application',
    subjectId: a.id,
    after: { noticeNo, total: content.total, policyId: a.policy_id, issuedOn: content.issuedOn },
  });
  return { filename: `points-notice-${noticeNo}.pdf`, pdf };
}
