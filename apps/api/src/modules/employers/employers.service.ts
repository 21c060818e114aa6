import { randomUUID } from 'node:crypto';
import type {
  Employer,
  RegisterEmployerRequest,
  RejectEmployerRequest,
  RegisterEmployerResponse,
} from '@jifen/contracts';
import { parseCreditCode, parseMobile } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import { type LocalizedText, msg } from '@jifen/messages';
import type { ModuleDeps } from '../../deps.ts';
import { denied, fail } from '../../errors.ts';
import { maskIdNumbersInOptionalText, maskIdNumbersInText } from '../../security/free-text.ts';
import { maskMobile } from '../../security/pii.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { createAccountWithSuffix } from '../users/users.service.ts';
import {
  decideEmployer,
  districtExists,
  findEmployerRow,
  insertEmployer,
  listEmployerRows,
  usccTaken,
  type EmployerRow,
  type EmployerStatus,
} from './employers.repository.ts';

export const toEmployer = (r: EmployerRow): Employer => ({
  id: r.id,
  name: r.name,
  uscc: r.uscc,
  usccChecksumOk: r.uscc_checksum_ok,
  district: { code: r.district_code, name: r.district_name },
  status: r.status,
  contactName: r.contact_name,
  contactMobile: r.contact_mobile_masked,
  createdAt: r.created_at.toISOString(),
  decidedAt: r.decided_at ? r.decided_at.toISOString() : null,
  decidedBy: r.decided_by && r.decided_by_name ? { id: r.decided_by, displayName: r.decided_by_name } : null,
  rejectionReason: maskIdNumbersInOptionalText(r.rejection_reason),
});

const field = (path: string, message: LocalizedText) => [{ path, message }];

/**
 * Employer self-registration: the employer starts `pending` with its
 * HR account; the HR specialist can sign in but acts for holders only after
 * the district talent centre verifies the employer in person. A credit code
 * failing the I-2 checksum is refused unless manual verification is asked.
 */
export async function registerEmployer(
  deps: ModuleDeps,
  input: RegisterEmployerRequest,
  requestId: string,
): Promise<RegisterEmployerResponse> {
  const mobile = parseMobile(input.contact.mobile);
  if (!mobile.ok) {
    throw fail(
      'VALIDATION.MOBILE',
      msg('employers.mobileInvalid'),
      field('body.contact.mobile', msg('employers.mobileFormat')),
      { ruleId: 'I-3' },
    );
  }
  const checked = parseCreditCode(input.uscc);
  if (!checked.ok && !input.manualVerification) {
    const m = msg('employers.usccChecksum', { problem: checked.error.message });
    throw fail('VALIDATION.USCC_CHECKSUM', m, field('body.uscc', m), { ruleId: 'I-2' });
  }
  const employerId = randomUUID();
  const now = deps.clock.now();
  const hrUser = await deps.db.tx(async (q) => {
    if (!(await districtExists(q, input.district))) {
      throw fail(
        'VALIDATION.DISTRICT',
        msg('employers.unknownDistrict'),
        field('body.district', msg('employers.chooseDistrict')),
      );
    }
    if (await usccTaken(q, input.uscc)) {
      throw fail('EMPLOYER.CONFLICT', msg('employers.creditCodeTaken'));
    }
    await insertEmployer(q, {
      id: employerId,
      name: input.name,
      uscc: input.uscc,
      usccChecksumOk: checked.ok,
      districtCode: input.district,
      status: 'pending',
      contactName: input.contact.name,
      contactMobileEnc: deps.pii.encrypt('employer.contact_mobile', mobile.value),
      contactMobileMasked: maskMobile(mobile.value),
      createdAt: now,
    });
    // The HR account's name is the requested one plus a random suffix, whether
    // or not the requested name is taken: the answer reveals no username.
    const account = await createAccountWithSuffix(q, deps, {
      ...input.hrAccount,
      role: 'hr',
      employerId,
      passwordCheck: { field: 'hrAccount.password' },
    });
    await appendAudit(
      q,
      deps.clock,
      { id: account.id, role: 'hr', requestId },
      {
        action: 'employer.register',
        subjectType: 'employer',
        subjectId: employerId,
        after: {
          name: input.name,
          uscc: input.uscc,
          district: input.district,
          usccChecksumOk: checked.ok,
          hrUsername: account.username,
        },
      },
    );
    return account;
  });
  const row = await findEmployerRow(deps.db, employerId);
  if (!row) throw new Error('registered employer not found');
  return { employer: toEmployer(row), hrUser: { id: hrUser.id, username: hrUser.username } };
}

/** Reviewers see their district, admins everything (the route admits no one else). */
export async function listEmployers(
  deps: ModuleDeps,
  user: AuthUser,
  status: EmployerStatus | undefined,
): Promise<Employer[]> {
  const districtCode = user.role === 'admin' ? null : (user.district?.code ?? '');
  return (await listEmployerRows(deps.db, { districtCode, status: status ?? null })).map(toEmployer);
}

const notFound = () => denied.notFound(msg('nouns.employer'));

/** A reviewer decides only for employers registered in their own district; others' look absent (404). */
export async function decideOnEmployer(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  employerId: string,
  decision: { verdict: 'verified' } | ({ verdict: 'rejected' } & RejectEmployerRequest),
  note?: string,
): Promise<Employer> {
  await deps.db.tx(async (q) => {
    const before = await findEmployerRow(q, employerId);
    if (!before || user.role !== 'reviewer' || before.district_code !== user.district?.code) throw notFound();
    // PI-1: the reason is free text; an ID number or mobile in it is stored masked (issue 11).
    const reason = decision.verdict === 'rejected' ? maskIdNumbersInText(decision.reason) : null;
    const done = await decideEmployer(q, employerId, {
      status: decision.verdict,
      by: user.id,
      at: deps.clock.now(),
      reason,
    });
    if (!done) {
      throw fail('EMPLOYER.CONFLICT', msg('employers.alreadyDecided', { status: before.status }));
    }
    await appendAudit(q, deps.clock, actor, {
      action: decision.verdict === 'verified' ? 'employer.verify' : 'employer.reject',
      subjectType: 'employer',
      subjectId: employerId,
      before: { status: before.status },
      after: { status: decision.verdict },
      reason: reason ?? note ?? null,
    });
  });
  // The HR accounts of this employer gain or lose access.
  await deps.sessionCache.clear();
  const row = await findEmployerRow(deps.db, employerId);
  if (!row) throw notFound();
  return toEmployer(row);
}
