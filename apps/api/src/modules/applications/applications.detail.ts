import type { ApplicationDetail } from '@jifen/contracts';
import { nextStep, type ApplicationState } from '@jifen/domain';
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
export async function detailOf(deps: Pick<ModuleDeps, 'db' | 'clock'>, row: ApplicationRow, user: AuthUser): Promise<ApplicationDetail> {
  const events = await listEventRows(deps.db, row.id);
  const paper = await latestPaperConfirmation(deps.db, row.id);
  const holderHasAccount = row.holder_user_id !== null;
  const invite = row.state === 'draft' && !holderHasAccount ? await openInviteOf(deps.db, row.holder_id, deps.clock.now()) : undefined;
  return {
    ...toDetail(row, events, user, deps.clock),
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
          scan: { filename: paper.scan_filename, contentType: paper.scan_content_type, bytes: paper.scan_bytes, sha256: paper.scan_sha256 },
        }
      : null,
  };
}
