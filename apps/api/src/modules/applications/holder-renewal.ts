import type { CreateApplicationRequest } from '@jifen/contracts';
import { msg } from '@jifen/messages';
import type { AuthUser } from '../../access.ts';
import type { Sql } from '../../adapters/db/sql.ts';
import { denied, fail } from '../../errors.ts';
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
  if (!own || own.id !== body.holderId) throw denied.notFound(msg('nouns.holder'));
  if (!own.employer_id) {
    throw fail('APPLICATION.HOLDER_NO_EMPLOYER', msg('applications.noEmployer'), [], { ruleId: 'R-4' });
  }
  if (own.employer_status !== 'verified') {
    throw fail('EMPLOYER.NOT_VERIFIED', msg('applications.employerNotVerifiedNoApplication'), [], { ruleId: 'R-4' });
  }
  const prev = await lastApproved(q, own.id, NO_APPLICATION);
  if (body.kind === 'first_application' || !prev) {
    throw fail(
      'APPLICATION.HOLDER_RENEWAL_ONLY',
      msg('applications.holderStartsRenewalOnly'),
      [{ path: 'kind', message: msg('applications.chooseRenewal') }],
      { ruleId: 'R-1' },
    );
  }
  // the kind follows the facts, so the holder cannot pick the path that skips the visit.
  const kind = prev.employer_id === own.employer_id ? 'renewal_same_employer' : 'renewal_changed_employer';
  if (body.kind !== kind) {
    const same = kind === 'renewal_same_employer';
    throw fail(
      'APPLICATION.KIND_MISMATCH',
      same ? msg('applications.kindIsSameEmployer') : msg('applications.kindIsChangedEmployer'),
      [{ path: 'kind', message: msg('applications.shouldBeKind', { kind }) }],
      { ruleId: same ? 'R-1' : 'R-2' },
    );
  }
  return own.employer_id;
}
