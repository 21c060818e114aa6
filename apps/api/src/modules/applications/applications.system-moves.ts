import { routingCommand, type CheckOutcome, type Command } from '@jifen/domain';
import { msg } from '@jifen/messages';
import type { Actor } from '../../access.ts';
import type { Sql } from '../../adapters/db/sql.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { contextOf, decideOrThrow, persist, type Meta } from './applications.decision.ts';
import { findApplication, type ApplicationRow } from './applications.repository.ts';
import { timelineTarget } from './applications.timeline.ts';
import { domainApplication } from './applications.view.ts';

/** Issue 23 item 8: the moves the system makes on an application (after a publication, P-2; for a transfer, R-2). */

/** The publication that made a case computable (P-2): named in the approval's event and audit entry. */
export interface PublicationCause {
  /** `policy_document:<id>`, as the checks' and due dates' audit entries name it. */
  cause: string;
  documentId: string | null;
  /** calendar, wage or version, and its year or id. */
  kind: string | null;
  key: string | null;
  /** The administrator who published it: the approval's audit entry keeps the request traceable. */
  actor?: Actor;
}

/**
 * P-2 (issue 17): a case in review whose data was missing is routed again,
 * exactly as at submission (the employer and data facts stored then, the
 * checks now computed), once the data is published. An R-1 renewal whose
 * checks now all pass is approved automatically with the publication as
 * its cause; any other case stays in review. Returns the approved row, or
 * null. Runs in the publishing transaction.
 */
export async function rerouteAfterPublication(
  q: Sql,
  deps: ModuleDeps,
  id: string,
  checks: readonly CheckOutcome[],
  publication: PublicationCause,
): Promise<ApplicationRow | null> {
  const row = await findApplication(q, id, true);
  if (!row || row.state !== 'under_review') return null;
  const cmd0 = routingCommand(domainApplication(row), checks, 'system');
  if (cmd0.action !== 'auto_approve') return null;
  // The holder's timeline (issue 17: L-5, L-4, L-7) and one approval per permit period (migration 008): a case either
  // would stop stays with the reviewer, who sees why; a publication is never aborted by it.
  const target = await timelineTarget(q, deps.policy.set(), row, 'approve', shanghaiDate(deps.clock.now()));
  if (!target.ok) return null;
  const permitId = target.period?.id ?? null;
  if (
    permitId &&
    (await q.maybeOne(`SELECT 1 FROM applications WHERE permit_id = $1 AND state = 'approved'`, [permitId]))
  )
    return null;
  const year = String(publication.key);
  const what =
    publication.kind === 'wage'
      ? msg('applications.autoApproved.wage', { year })
      : publication.kind === 'calendar'
        ? msg('applications.autoApproved.calendar', { year })
        : publication.key
          ? msg('applications.autoApproved.policyDataNamed', { key: publication.key })
          : msg('applications.autoApproved.policyData');
  const text = msg('applications.autoApproved.reason', { what, cause: publication.cause });
  // One reason in both languages, as the audit and the timeline store a decision's reason.
  const reason = `${text.zh} / ${text.en}`;
  const cmd: Command = { ...cmd0, reason };
  const ctx = contextOf(deps);
  const d = decideOrThrow(row, cmd, ctx);
  const actor: Actor = publication.actor ?? { id: 'system', role: 'system' };
  const meta: Meta = {
    policyId: row.policy_id,
    policyHash: row.policy_hash,
    checks: [...checks],
    cause: {
      ruleId: 'P-2',
      publication: publication.cause,
      documentId: publication.documentId,
      kind: publication.kind,
      key: publication.key,
    },
  };
  return persist(q, deps, actor, row, cmd, d, meta, ctx.at);
}

/**
 * R-2 (issue 17): a holder who consented to move to another employer
 * leaves the old employer's open application behind; the system withdraws
 * it with the reason. It is decided as the holder's withdrawal (whose
 * consent ends it: the workflow's table allows that move) and stored as the
 * system's, so the history says the system did it and the old HR is told.
 * Returns the withdrawn application's number, or null when none was open.
 */
export async function withdrawOpenForTransfer(
  q: Sql,
  deps: ModuleDeps,
  cause: { holderId: string; employerId: string; requestId?: string },
  reason: string,
): Promise<{ id: string; number: string | null } | null> {
  const open = await q.maybeOne<{ id: string }>(
    "SELECT id FROM applications WHERE holder_id = $1 AND employer_id = $2 AND state NOT IN ('approved', 'rejected', 'withdrawn')",
    [cause.holderId, cause.employerId],
  );
  if (!open) return null;
  const current = await findApplication(q, open.id, true);
  if (!current) return null;
  const ctx = contextOf(deps);
  const d = decideOrThrow(current, { action: 'withdraw', role: 'holder', actorId: 'system', reason }, ctx);
  const actor: Actor = { id: 'system', role: 'system', ...(cause.requestId ? { requestId: cause.requestId } : {}) };
  await persist(
    q,
    deps,
    actor,
    current,
    { action: 'withdraw', role: 'system', actorId: 'system', reason },
    d,
    { policyId: ctx.policyId, policyHash: ctx.policyHash, checks: null },
    ctx.at,
  );
  return { id: current.id, number: current.number };
}
