import { randomUUID } from 'node:crypto';
import type { EndorseRequest, Endorsement, PermitHistory, PermitLookupResponse } from '@jifen/contracts';
import {
  parseResidentId,
  permitSyncDate,
  selectPolicy,
  type LocalizedText,
  type Policy,
  type PolicySet,
} from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import type { Sql } from '../../adapters/db/sql.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError, denied, fail } from '../../errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { msg } from '@jifen/messages';
import {
  findHolderIdByResidentId,
  findVisibleHolder,
  lifecycleOf,
  type VisibleHolder,
} from '../holders/holders.service.ts';
import { decideEndorsement } from './endorsement-rules.ts';
import {
  holdingSince,
  insertEndorsement,
  listEndorsements,
  listPermits,
  lockCurrentPermit,
  type EndorsementRow,
} from './permits.repository.ts';
import { insertPermit, restartHoldingYears } from '../holders/holder-records.ts';

type Lang = 'zh' | 'en';

export interface SyncAdvice {
  endorsedOn: string;
  expectedSyncDate: string;
  workingDays: number;
  advice: LocalizedText;
}

function policyOn(set: PolicySet, date: string): Policy {
  const policy = selectPolicy(set, date);
  if (!policy.ok) throw new AppError(policy.error);
  return policy.value;
}

/**
 * L-7: advice only, never a block. A year without a calendar gives the advice
 * without its date and names the missing year (P-2): `sync` is null, `note`
 * says why.
 */
function syncAdvice(set: PolicySet, endorsedOn: string): { sync: SyncAdvice | null; note: LocalizedText } {
  const policy = policyOn(set, endorsedOn);
  const advice = permitSyncDate(set.calendar, endorsedOn, policy);
  if (!advice.ok) {
    const workingDays = policy.params.lifecycle.permitSyncWorkingDays;
    return {
      sync: null,
      note: msg('lifecycle.permitSync.adviceWithoutDate', { endorsedOn, workingDays, missing: advice.error.message }),
    };
  }
  const { expectedSyncDate, workingDays } = advice.value;
  const sync = { endorsedOn, expectedSyncDate, workingDays, advice: advice.value.advice };
  return { sync, note: sync.advice };
}

const toEndorsement = (r: EndorsementRow): Endorsement => ({
  id: r.id,
  permitId: r.permit_id,
  centre: { id: r.centre_id, name: r.centre_name },
  endorsedOn: r.endorsed_on,
  previousExpiresOn: r.previous_expires_on,
  newExpiresOn: r.new_expires_on,
  daysOverdue: r.days_overdue,
  lifecycleState: r.lifecycle_state,
  holdingYearsRestart: r.holding_years_restart,
  pointsNeedNewApplication: r.points_need_new_application,
  policyId: r.policy_id,
  createdAt: r.created_at.toISOString(),
});

async function historyOf(deps: ModuleDeps, q: Sql, h: VisibleHolder, lang: Lang): Promise<PermitHistory> {
  const id = h.summary.id;
  const [permits, endorsements, since] = await Promise.all([
    listPermits(q, id),
    listEndorsements(q, id),
    holdingSince(q, id),
  ]);
  const latest = endorsements[0];
  const today = shanghaiDate(deps.clock.now());
  const sync = latest ? syncAdvice(deps.policy.set(), latest.endorsed_on).sync : null;
  return {
    holderId: id,
    holdingSince: since,
    current: h.summary.permit,
    // The clerk decides on the permit: its own state, not the points cycle's (issue 17).
    lifecycle: lifecycleOf(deps.policy.set(), h.summary.permit?.expiresOn ?? null, today),
    permits: permits.map((p) => ({ id: p.id, permitNo: p.permit_no, issuedOn: p.issued_on, expiresOn: p.expires_on })),
    endorsements: endorsements.map(toEndorsement),
    sync: sync && sync.expectedSyncDate >= today ? { ...sync, advice: sync.advice[lang] } : null,
  };
}

/** `GET /holders/:id/permits`: history with endorsements and the L-7 sync advice. */
export async function getPermitHistory(
  deps: ModuleDeps,
  user: AuthUser,
  holderId: string,
  lang: Lang,
): Promise<PermitHistory> {
  const h = await findVisibleHolder(deps, user, holderId, { clerkCityWide: true });
  return historyOf(deps, deps.db, h, lang);
}

/** Clerk look-up by resident ID (keyed hash, city-wide); every look-up that finds someone is audited (PI-1). */
export async function lookupPermit(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  residentId: string,
  lang: Lang,
): Promise<PermitLookupResponse> {
  const checked = parseResidentId(residentId);
  if (!checked.ok) {
    throw fail(
      'VALIDATION.RESIDENT_ID',
      checked.error.message,
      [{ path: 'querystring.residentId', message: checked.error.message }],
      { ruleId: 'I-1' },
    );
  }
  const id = await findHolderIdByResidentId(deps.db, deps, checked.value.value);
  if (!id) throw denied.notFound(msg('nouns.holder'));
  const h = await findVisibleHolder(deps, user, id, { clerkCityWide: true });
  await deps.db.tx((q) =>
    appendAudit(q, deps.clock, actor, {
      action: 'permit.lookup',
      subjectType: 'holder',
      subjectId: id,
      after: { residentId: h.summary.residentId, centreId: user.centre?.id ?? null },
    }),
  );
  return { holder: h.summary, history: await historyOf(deps, deps.db, h, lang) };
}

export interface EndorseResult {
  endorsement: Endorsement;
  notes: LocalizedText[];
  sync: SyncAdvice | null;
  history: PermitHistory;
}

/** L-7 endorsement (签注) at the clerk's community centre, with L-2..L-5 applied on the endorsement date (P-3 audited). */
export async function endorsePermit(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  holderId: string,
  req: EndorseRequest,
  lang: Lang,
): Promise<EndorseResult> {
  if (!user.centre) throw denied.forbidden();
  const centre = user.centre;
  const h = await findVisibleHolder(deps, user, holderId, { clerkCityWide: true });
  const today = shanghaiDate(deps.clock.now());
  const policy = policyOn(deps.policy.set(), req.endorsedOn);
  const endorsementId = await deps.db.tx(async (q) => {
    const current = await lockCurrentPermit(q, holderId);
    if (!current) {
      throw fail('PERMIT.NONE', msg('permits.noPermit'));
    }
    const d = decideEndorsement({ issuedOn: current.issued_on, expiresOn: current.expires_on }, req, today, policy);
    const id = randomUUID();
    const permitId = randomUUID();
    const now = deps.clock.now();
    await insertPermit(q, {
      id: permitId,
      holderId,
      permitNo: current.permit_no,
      issuedOn: d.periodStart,
      expiresOn: req.newExpiresOn,
      createdAt: now,
    });
    if (d.holdingYearsRestart) await restartHoldingYears(q, holderId, d.periodStart);
    const record = {
      endorsedOn: req.endorsedOn,
      previousExpiresOn: current.expires_on,
      newExpiresOn: req.newExpiresOn,
      daysOverdue: d.daysOverdue,
      lifecycleState: d.state,
      holdingYearsRestart: d.holdingYearsRestart,
      pointsNeedNewApplication: d.pointsNeedNewApplication,
      policyId: policy.id,
      policyHash: policy.hash,
    };
    await insertEndorsement(q, {
      id,
      permitId,
      previousPermitId: current.id,
      holderId,
      centreId: centre.id,
      clerkUserId: user.id,
      createdAt: now,
      ...record,
    });
    await appendAudit(q, deps.clock, actor, {
      action: 'permit.endorse',
      subjectType: 'holder',
      subjectId: holderId,
      after: { ...record, centreId: centre.id },
    });
    return { id, notes: d.notes };
  });
  const fresh = await findVisibleHolder(deps, user, h.summary.id, { clerkCityWide: true });
  const history = await historyOf(deps, deps.db, fresh, lang);
  const endorsement = history.endorsements.find((e) => e.id === endorsementId.id);
  if (!endorsement) throw new Error('endorsement not found after insert');
  const { sync, note } = syncAdvice(deps.policy.set(), req.endorsedOn);
  return { endorsement, notes: [...endorsementId.notes, note], sync, history };
}
