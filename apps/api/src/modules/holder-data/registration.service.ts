import type { RegisterHolderRequest, RegisterHolderResponse } from '@jifen/contracts';
import { addDays, addYears, isIsoDate, maskResidentId, parseMobile, parseResidentId } from '@jifen/domain';
import type { AuthUser } from '../../access.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { denied, fail, text } from '../../errors.ts';
import { appendAudit, type Actor } from '../audit/audit.service.ts';
import { assertEmployerVerified, createHolder, findHolderIdByResidentId, getHolder } from '../holders/holders.service.ts';
import { createAccount } from '../users/users.service.ts';

/**
 * R-3 step 2 and R-4: the HR specialist of a verified employer registers a
 * holder who has no account: the person record (resident ID checked by I-1,
 * stored encrypted with a keyed look-up hash) and the holder's account.
 */
export async function registerHolder(deps: ModuleDeps, user: AuthUser, actor: Actor, req: RegisterHolderRequest): Promise<RegisterHolderResponse> {
  assertEmployerVerified(user);
  const employer = user.employer;
  if (!employer) throw denied.forbidden();
  const today = shanghaiDate(deps.clock.now());
  const checked = parseResidentId(req.residentId, today);
  if (!checked.ok) {
    throw fail('VALIDATION.RESIDENT_ID', checked.error.message, [{ path: 'body.residentId', message: checked.error.message }], { ruleId: 'I-1' });
  }
  const residentId = checked.value.value;
  if (req.permit && !isIsoDate(req.permit.expiresOn)) {
    const m = text(`日期 ${req.permit.expiresOn} 不存在`, `${req.permit.expiresOn} is not a calendar date`);
    throw fail('VALIDATION.INVALID', text('请求参数有误', 'The request is invalid'), [{ path: 'body.permit.expiresOn', message: m }]);
  }
  const normalized = parseMobile(req.mobile);
  const { holderId, accountId } = await deps.db.tx(async (q) => {
    if (await findHolderIdByResidentId(q, deps, residentId)) {
      throw fail(
        'HOLDER.ALREADY_REGISTERED',
        text('该身份证号码的持证人已登记，请勿重复登记', 'A holder with this resident ID number is already registered'),
        [{ path: 'body.residentId', message: text('已登记', 'already registered') }],
      );
    }
    const accountId = await createAccount(q, deps, {
      username: req.username,
      displayName: req.name,
      password: req.initialPassword,
      role: 'holder',
      passwordCheck: { field: 'initialPassword' },
      mustChangePassword: true,
      personal: { residentId, birthDate: checked.value.birthDate },
    });
    const permit = req.permit
      ? { permitNo: req.permit.permitNo, issuedOn: addDays(addYears(req.permit.expiresOn, -1), 1), expiresOn: req.permit.expiresOn }
      : undefined;
    const holderId = await createHolder(q, deps, { name: req.name, residentId, mobile: normalized.ok ? normalized.value : req.mobile, employerId: employer.id, userId: accountId, ...(permit ? { permit } : {}) });
    await appendAudit(q, deps.clock, actor, {
      action: 'holder.register',
      subjectType: 'holder',
      subjectId: holderId,
      after: { residentId: maskResidentId(residentId), username: req.username, employerId: employer.id, permit: req.permit ?? null },
    });
    return { holderId, accountId };
  });
  return { holder: await getHolder(deps, user, holderId), account: { id: accountId, username: req.username } };
}
