import type { CreateApplicationRequest } from '@jifen/contracts';
import type { AuthUser } from '../../access.ts';
import type { Sql } from '../../adapters/db/sql.ts';
import { denied, fail, text } from '../../errors.ts';
import { findHolderOfUser, lastApproved } from './applications.repository.ts';

/** No application is excluded from "the last approved one" (a nil UUID, as the column is uuid). */
const NO_APPLICATION = '00000000-0000-0000-0000-000000000000';

/**
 * Issue 17 (R-1: "the holder or the employer logs in… and submits"; seed
 * steps 2-3): a holder with an account starts their own renewal, updates
 * and confirms their data, and it goes to their employer, whose HR reviews
 * and submits it (R-4: an individual never submits alone). Returns the
 * employer the draft belongs to; every refusal says why and what to do.
 */
export async function employerForHolderRenewal(
  q: Sql,
  user: AuthUser,
  body: CreateApplicationRequest,
): Promise<string> {
  const own = await findHolderOfUser(q, user.id);
  // Another holder's record answers as if absent (docs/adr/0003), like HR's other tenant.
  if (!own || own.id !== body.holderId) throw denied.notFound(text('持证人', 'holder'));
  if (!own.employer_id) {
    throw fail(
      'APPLICATION.HOLDER_NO_EMPLOYER',
      text(
        '您目前没有登记的用人单位。积分申请须经用人单位办理，个人不能单独申请（R-4）。请现用人单位的人事专员在系统中登记您为本单位员工，之后您或人事专员即可发起续办。',
        'No employer is on record for you. A points application goes through an employer; an individual cannot apply alone (R-4). Ask the HR specialist of your current employer to register you as their employee; then you or they can start the renewal.',
      ),
      [],
      { ruleId: 'R-4' },
    );
  }
  if (own.employer_status !== 'verified') {
    throw fail(
      'EMPLOYER.NOT_VERIFIED',
      text(
        '您的用人单位尚未通过区人才服务中心认证，暂不能办理积分申请（R-4）。请联系单位人事专员完成单位认证后再发起续办。',
        'Your employer is not yet verified by the district talent centre, so no points application can be made yet (R-4). Ask your HR specialist to complete the verification, then start the renewal.',
      ),
      [],
      { ruleId: 'R-4' },
    );
  }
  const prev = await lastApproved(q, own.id, NO_APPLICATION);
  if (body.kind === 'first_application' || !prev) {
    throw fail(
      'APPLICATION.HOLDER_RENEWAL_ONLY',
      text(
        '持证人本人只能发起续办（系统中须有您已核准的积分申请）；首次申请请由用人单位人事专员发起（R-4）。',
        "A holder can start only a renewal (jifen must hold an approved points application of yours); a first application is started by your employer's HR specialist (R-4).",
      ),
      [{ path: 'kind', message: text('请选择续办', 'Choose a renewal') }],
      { ruleId: 'R-1' },
    );
  }
  // the kind follows the facts, so the holder cannot pick the path that skips the visit.
  const kind = prev.employer_id === own.employer_id ? 'renewal_same_employer' : 'renewal_changed_employer';
  if (body.kind !== kind) {
    const same = kind === 'renewal_same_employer';
    throw fail(
      'APPLICATION.KIND_MISMATCH',
      text(
        same
          ? '您的用人单位与上次核准时相同，请选择“续办（单位未变更）”（R-1）'
          : '您的用人单位与上次核准时不同，请选择“续办（单位变更）”，须现场核验材料（R-2）',
        same
          ? 'Your employer is the same as when last approved: choose "renewal, employer unchanged" (R-1)'
          : 'Your employer changed since the last approval: choose "renewal, employer changed", with materials checked in person (R-2)',
      ),
      [{ path: 'kind', message: text(`应为 ${kind}`, `Should be ${kind}`) }],
      { ruleId: same ? 'R-1' : 'R-2' },
    );
  }
  return own.employer_id;
}
