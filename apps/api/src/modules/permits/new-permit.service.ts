import { randomUUID } from 'node:crypto';
import type { NewPermitRequest, PermitHistory } from '@jifen/contracts';
import { addDays, newPermitAllowed, periodLastDay, selectPolicy, type LocalizedText } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError, denied, fail } from '../../errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { msg } from '@jifen/messages';
import { loadHolderTimeline } from '../holders/holder-timeline.ts';
import { findVisibleHolder } from '../holders/holders.service.ts';
import { insertPermit, restartHoldingYears } from '../holders/holder-records.ts';
import { getPermitHistory } from './permits.service.ts';

const dateProblem = (path: 'issuedOn' | 'expiresOn', message: LocalizedText) =>
  fail('VALIDATION.NEW_PERMIT_DATE', message, [{ path: `body.${path}`, message }]);

/**
 * L-5 (issue 17): the clerk records a newly issued residence permit
 * (新办居住证) for a holder whose permit lapsed (more than 90 days overdue)
 * or who has none on file. The permit period is a new `permits` row; the
 * holding years restart from its issue day (L-3/L-4); the points stay as
 * the timeline says (cleared) until a first application is approved.
 * Audited; an endorsable permit is refused with the rule (endorse instead).
 */
export async function recordNewPermit(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  holderId: string,
  req: NewPermitRequest,
  lang: 'zh' | 'en',
): Promise<{ notes: string[]; history: PermitHistory }> {
  if (!user.centre) throw denied.forbidden();
  const h = await findVisibleHolder(deps, user, holderId, { clerkCityWide: true });
  const today = shanghaiDate(deps.clock.now());
  const policy = selectPolicy(deps.policy.set(), today);
  if (!policy.ok) throw new AppError(policy.error);
  const months = policy.value.params.lifecycle.permitPeriodMonths;
  if (req.issuedOn > today) {
    throw dateProblem('issuedOn', msg('permits.issuedAfterToday', { issuedOn: req.issuedOn, today }));
  }
  if (req.issuedOn < addDays(today, -30)) {
    throw dateProblem('issuedOn', msg('permits.issuedTooLongAgo'));
  }
  const latest = periodLastDay(req.issuedOn, months);
  if (req.expiresOn <= req.issuedOn || req.expiresOn > latest) {
    throw dateProblem('expiresOn', msg('permits.expiresOnRange', { latest }));
  }
  const notes: LocalizedText[] = [];
  await deps.db.tx(async (q) => {
    await q.query('SELECT id FROM holders WHERE id = $1 FOR UPDATE', [holderId]);
    const allowed = newPermitAllowed(await loadHolderTimeline(q, holderId), today, policy.value);
    if (!allowed.ok) throw new AppError(allowed.error);
    const permitId = randomUUID();
    await insertPermit(q, {
      id: permitId,
      holderId,
      permitNo: req.permitNo,
      issuedOn: req.issuedOn,
      expiresOn: req.expiresOn,
      createdAt: deps.clock.now(),
    });
    await restartHoldingYears(q, holderId, req.issuedOn);
    await appendAudit(q, deps.clock, actor, {
      action: 'permit.issue_new',
      subjectType: 'holder',
      subjectId: holderId,
      after: {
        permitId,
        issuedOn: req.issuedOn,
        expiresOn: req.expiresOn,
        centreId: user.centre?.id ?? null,
        ruleId: 'L-5',
        holdingSince: req.issuedOn,
      },
    });
  });
  notes.push(msg('permits.newPermitRecorded', { expiresOn: req.expiresOn, issuedOn: req.issuedOn }));
  notes.push(msg('permits.pointsClearedFirstApplication'));
  return { notes: notes.map((n) => n[lang]), history: await getPermitHistory(deps, user, h.summary.id, lang) };
}
