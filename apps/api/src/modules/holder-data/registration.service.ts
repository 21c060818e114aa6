import type {
  RegisterHolderRequest,
  RegisterHolderResponse,
  TransferRequestResponse,
  TransferRequestView,
} from '@jifen/contracts';
import { addDays, addYears, isIsoDate, maskResidentId, parseMobile, parseResidentId } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import type { Sql } from '../../adapters/db/sql.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { type AppError, denied, fail } from '../../errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { msg } from '@jifen/messages';
import {
  assertEmployerVerified,
  createHolder,
  findHolderIdByResidentId,
  getHolder,
  holderForTransfer,
} from '../holders/holders.service.ts';
import { createAccount } from '../users/users.service.ts';

/**
 * R-2 (issue 17): how a registration asks for a holder whom someone else
 * employs. The transfers module owns the request; app.ts passes its
 * `requestTransfer` in, so that holder-data does not import transfers (which
 * imports applications, which imports holder-data: issue 23, no cycles).
 */
export type RequestTransfer = (
  q: Sql,
  deps: ModuleDeps,
  actor: Actor,
  input: { holderId: string; toEmployerId: string; requestedName: string; requestedBy: string },
) => Promise<{ ok: true; view: TransferRequestView } | { ok: false; error: AppError }>;

/**
 * R-3 step 2 and R-4: the HR specialist of a verified employer registers a
 * holder who has no account: the person record (resident ID checked by I-1,
 * stored encrypted with a keyed look-up hash) and the holder's account.
 * An ID someone else holds becomes a transfer request (R-2, issue 17):
 * 202 with the request, naming nobody; the holder's consent moves them.
 */
export async function registerHolder(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  req: RegisterHolderRequest,
  requestTransfer: RequestTransfer,
): Promise<RegisterHolderResponse | TransferRequestResponse> {
  assertEmployerVerified(user);
  const employer = user.employer;
  if (!employer) throw denied.forbidden();
  const today = shanghaiDate(deps.clock.now());
  const checked = parseResidentId(req.residentId, today);
  if (!checked.ok) {
    throw fail(
      'VALIDATION.RESIDENT_ID',
      checked.error.message,
      [{ path: 'body.residentId', message: checked.error.message }],
      { ruleId: 'I-1' },
    );
  }
  const residentId = checked.value.value;
  if (req.permit && !isIsoDate(req.permit.expiresOn)) {
    const m = msg('holderData.notCalendarDate', { expiresOn: req.permit.expiresOn });
    throw fail('VALIDATION.INVALID', msg('holderData.requestInvalid'), [{ path: 'body.permit.expiresOn', message: m }]);
  }
  const normalized = parseMobile(req.mobile);
  const { holderId, accountId, transfer, refused } = await deps.db.tx(
    async (
      q,
    ): Promise<{
      holderId: string | null;
      accountId: string | null;
      transfer: TransferRequestView | null;
      refused?: AppError;
    }> => {
      const existingId = await findHolderIdByResidentId(q, deps, residentId);
      if (existingId) {
        const existing = await holderForTransfer(q, existingId, true);
        if (existing?.employer_id === employer.id) {
          throw fail('HOLDER.ALREADY_REGISTERED', msg('holderData.alreadyOnList'), [
            { path: 'body.residentId', message: msg('holderData.alreadyOnListShort') },
          ]);
        }
        // Issue 17 / issue 18 item 10: held by someone else (or no one's): a transfer request awaiting the holder's consent, naming no one.
        const asked = await requestTransfer(q, deps, actor, {
          holderId: existingId,
          toEmployerId: employer.id,
          requestedName: req.name,
          requestedBy: user.id,
        });
        // Past the daily cap: the refusal's audit entry commits with this transaction, the error is thrown after it.
        if (!asked.ok) return { holderId: null, accountId: null, transfer: null, refused: asked.error };
        return { holderId: null, accountId: null, transfer: asked.view };
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
        ? {
            permitNo: req.permit.permitNo,
            issuedOn: addDays(addYears(req.permit.expiresOn, -1), 1),
            expiresOn: req.permit.expiresOn,
          }
        : undefined;
      const holderId = await createHolder(q, deps, {
        name: req.name,
        residentId,
        mobile: normalized.ok ? normalized.value : req.mobile,
        employerId: employer.id,
        userId: accountId,
        ...(permit ? { permit } : {}),
      });
      await appendAudit(q, deps.clock, actor, {
        action: 'holder.register',
        subjectType: 'holder',
        subjectId: holderId,
        after: {
          residentId: maskResidentId(residentId),
          username: req.username,
          employerId: employer.id,
          permit: req.permit ?? null,
        },
      });
      return { holderId, accountId, transfer: null };
    },
  );
  if (refused) throw refused;
  if (transfer || !holderId || !accountId) return { transfer: transfer! };
  return { holder: await getHolder(deps, user, holderId), account: { id: accountId, username: req.username } };
}
