import type { ApplicationDetail } from '@jifen/contracts';
import { nextStep, type ApplicationStage, type ApplicationState } from '@jifen/domain';
import { findPermitPeriod } from '../holders/holder-timeline.ts';
import { timelineTarget } from './applications.timeline.ts';
import type { AuthUser } from '../../access.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { listEventRows, type ApplicationRow } from './applications.repository.ts';
import { toDetail } from './applications.view.ts';
import { latestPaperConfirmation, openInviteOf } from './paper-confirmation.repository.ts';

/**
 * The full detail of an application: the workflow view plus what it waits
 * for (issue #10: who must act next, and how) and the signed paper
 * confirmation HR recorded, if any.
 */
/** Which step the timeline is asked about in each state: the next one the case can take (none once final). */
const STAGE_OF: Partial<Record<string, ApplicationStage>> = {
  draft: 'submit',
  holder_confirmed: 'submit',
  returned: 'submit',
  submitted: 'approve',
  awaiting_visit: 'approve',
  under_review: 'approve',
};
/**
 * The actions a blocker takes away: a case in review is not approved for a lapsed permit. Submit stays
 * offered: the automatic checks (C-1 ...) and the timeline's rule are both named when HR tries it.
 */
const BLOCKED_ACTIONS: Record<ApplicationStage, readonly string[]> = { create: [], submit: [], approve: ['approve'] };

export async function detailOf(
  deps: Pick<ModuleDeps, 'db' | 'clock' | 'policy'>,
  row: ApplicationRow,
  user: AuthUser,
): Promise<ApplicationDetail> {
  const events = await listEventRows(deps.db, row.id);
  const stage = STAGE_OF[row.state];
  const target = stage
    ? await timelineTarget(deps.db, deps.policy.set(), row, stage, shanghaiDate(deps.clock.now()))
    : null;
  const period = row.permit_id ? await findPermitPeriod(deps.db, row.permit_id) : target?.ok ? target.period : null;
  const blocker =
    target && !target.ok
      ? { code: target.error.code, ruleId: target.error.ruleId ?? 'L-7', message: target.error.message }
      : null;
  const view = toDetail(row, events, user, deps);
  const paper = await latestPaperConfirmation(deps.db, row.id);
  const holderHasAccount = row.holder_user_id !== null;
  const invite =
    row.state === 'draft' && !holderHasAccount
      ? await openInviteOf(deps.db, row.holder_id, deps.clock.now())
      : undefined;
  return {
    ...view,
    allowedActions:
      blocker && stage ? view.allowedActions.filter((a) => !BLOCKED_ACTIONS[stage].includes(a)) : view.allowedActions,
    timeline: {
      permitPeriod: period ? { id: period.id, issuedOn: period.issuedOn, expiresOn: period.expiresOn } : null,
      blocker,
    },
    holderHasAccount,
    nextStep: nextStep({
      state: row.state as ApplicationState,
      holderName: row.holder_name,
      holderHasAccount,
      openInvite: invite ? { mobileMasked: invite.mobile_masked, expiresOn: shanghaiDate(invite.expires_at) } : null,
      slaDue: row.sla_due,
    }),
    paperConfirmation: paper
      ? {
          signedOn: paper.signed_on,
          recordedBy: { id: paper.recorded_by, name: paper.recorded_by_name },
          recordedAt: paper.recorded_at.toISOString(),
          scan: {
            filename: paper.scan_filename,
            contentType: paper.scan_content_type,
            bytes: paper.scan_bytes,
            sha256: paper.scan_sha256,
          },
        }
      : null,
  };
}
